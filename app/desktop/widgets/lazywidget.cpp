#include "lazywidget.h"

#include <QVBoxLayout>

namespace tillsyn::desktop {

LazyWidget::LazyWidget(Factory factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyWidget::widget()
{
    if (!m_widget) {
        m_widget = m_factory(this);
        layout()->addWidget(m_widget);
        // At once, not when the layout gets round to it: it is asked for because it is needed.
        m_widget->show();
    }
    return m_widget;
}

void LazyWidget::showEvent(QShowEvent *event)
{
    widget();
    QWidget::showEvent(event);
}

} // namespace tillsyn::desktop
