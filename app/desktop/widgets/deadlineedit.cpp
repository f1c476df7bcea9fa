#include "deadlineedit.h"

#include "visit/visitsession.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tillsyn::desktop {

using domain::Result;

DeadlineEdit::DeadlineEdit(VisitSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_date(new QDateEdit(this))
    , m_none(new QToolButton(this))
{
    m_date->setObjectName(QStringLiteral("deadlineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The empty minimum shows as "–": no deadline.
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setSpecialValueText(tr("No deadline"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("To be corrected by:"), this));
    layout->addWidget(m_date);
    const struct
    {
        QString label;
        int days;
        int months;
        const char *name;
    } quick[] = {{tr("2 weeks"), 14, 0, "deadline2w"},
                 {tr("1 month"), 0, 1, "deadline1m"},
                 {tr("3 months"), 0, 3, "deadline3m"}};
    for (const auto &q : quick) {
        auto *b = new QToolButton(this);
        b->setText(q.label);
        b->setObjectName(QLatin1String(q.name));
        const int days = q.days, months = q.months;
        connect(b, &QToolButton::clicked, this, [this, days, months] { choose(days, months); });
        layout->addWidget(b);
    }
    m_none->setText(tr("None"));
    m_none->setObjectName(QStringLiteral("deadlineNone"));
    connect(m_none, &QToolButton::clicked, this, [this] { choose(0, 0); });
    layout->addWidget(m_none);
    layout->addStretch(1);

    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_showing)
            return;
        m_session->setDeadline(m_itemId,
                               date == m_date->minimumDate() ? std::nullopt : std::optional(date));
    });
    connect(session, &VisitSession::answerChanged, this, [this](const QString &itemId) {
        if (itemId == m_itemId)
            refresh();
    });
    connect(session, &VisitSession::visitChanged, this, &DeadlineEdit::refresh);
}

void DeadlineEdit::setItem(const QString &itemId)
{
    m_itemId = itemId;
    refresh();
}

void DeadlineEdit::choose(int days, int months)
{
    if (days == 0 && months == 0) {
        m_session->setDeadline(m_itemId, std::nullopt);
        return;
    }
    const QDate start = m_session->visit().startedAt.toLocalTime().date();
    m_session->setDeadline(m_itemId, start.addDays(days).addMonths(months));
}

void DeadlineEdit::refresh()
{
    const domain::Answer *a = m_session->visit().answer(m_itemId);
    setVisible(a && a->result == Result::Deviation);
    setEnabled(m_session->isDraft());
    m_showing = true;
    m_date->setDate(a && a->deadline ? *a->deadline : m_date->minimumDate());
    m_showing = false;
}

} // namespace tillsyn::desktop
