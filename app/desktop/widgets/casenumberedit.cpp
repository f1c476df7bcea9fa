#include "casenumberedit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace tillsyn::desktop {

CaseNumberEdit::CaseNumberEdit(std::function<QString()> lastNumber, QWidget *parent)
    : QWidget(parent)
    , m_lastNumber(std::move(lastNumber))
    , m_edit(new QLineEdit(this))
    , m_fromLast(new QPushButton(tr("From last visit (F4)"), this))
{
    m_edit->setObjectName(QStringLiteral("caseNumber"));
    m_edit->setMaxLength(64);
    m_edit->setPlaceholderText(tr("Case number (Dnr)"));
    m_fromLast->setObjectName(QStringLiteral("caseFromLastVisit"));
    m_fromLast->setToolTip(tr("Take the case number of this facility's last visit"));
    m_fromLast->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_fromLast);
    connect(m_fromLast, &QPushButton::clicked, this, &CaseNumberEdit::takeFromLastVisit);
    // One key wherever the focus is in the window that shows this field.
    auto *key = new QShortcut(QKeySequence(Qt::Key_F4), this);
    key->setContext(Qt::WindowShortcut);
    connect(key, &QShortcut::activated, this, [this] {
        if (isVisible() && !m_edit->isReadOnly())
            takeFromLastVisit();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &CaseNumberEdit::editingFinished);
}

QString CaseNumberEdit::text() const
{
    return m_edit->text().trimmed();
}

void CaseNumberEdit::setText(const QString &text)
{
    if (!m_edit->hasFocus())
        m_edit->setText(text);
}

void CaseNumberEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_fromLast->setEnabled(!readOnly);
}

bool CaseNumberEdit::takeFromLastVisit()
{
    const QString last = m_lastNumber ? m_lastNumber() : QString();
    if (last.isEmpty()) {
        m_edit->setPlaceholderText(tr("No earlier visit of this facility has a case number"));
        return false;
    }
    m_edit->setText(last);
    emit editingFinished();
    return true;
}

} // namespace tillsyn::desktop
