#pragma once

#include <QWidget>

#include <functional>

namespace tillsyn::desktop {

// A tab's content made the first time it is shown (or asked for), not when the window is built:
// the office's panels and charts are not needed to start an inspector's day.
class LazyWidget : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *(QWidget *parent)>;
    explicit LazyWidget(Factory factory, QWidget *parent = nullptr);

    // The content, made now if it was not yet.
    QWidget *widget();
    bool isMade() const { return m_widget != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_widget = nullptr;
};

} // namespace tillsyn::desktop
