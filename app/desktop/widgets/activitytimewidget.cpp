#include "activitytimewidget.h"

#include "visit/visitsession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

ActivityTimeWidget::ActivityTimeWidget(VisitSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(new QButtonGroup(this))
    , m_total(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Clock"), this), 0, 0);
    int r = 1;
    for (Activity a : allActivities()) {
        auto *clock = new QRadioButton(displayName(a), this);
        clock->setObjectName(QStringLiteral("clock-") + toString(a));
        clock->setToolTip(tr("The running clock counts into this activity"));
        m_clock->addButton(clock, int(a));
        Row row;
        row.minutes = new QSpinBox(this);
        row.minutes->setObjectName(QStringLiteral("minutes-") + toString(a));
        row.minutes->setRange(0, 1440);
        row.minutes->setSuffix(tr(" min"));
        row.chargeable = new QCheckBox(tr("chargeable"), this);
        row.chargeable->setObjectName(QStringLiteral("chargeable-") + toString(a));
        row.chargeable->setChecked(true);
        grid->addWidget(clock, r, 0);
        grid->addWidget(row.minutes, r, 1);
        grid->addWidget(row.chargeable, r, 2);
        m_rows[a] = row;
        connect(row.minutes, &QSpinBox::editingFinished, this, [this, a] { commit(a); });
        connect(row.minutes, &QSpinBox::valueChanged, this, [this, a, box = row.minutes] {
            if (!box->hasFocus())
                commit(a);
        });
        connect(row.chargeable, &QCheckBox::toggled, this, [this, a] { commit(a); });
        ++r;
    }
    m_total->setObjectName(QStringLiteral("timeTotal"));
    grid->addWidget(m_total, r, 0, 1, 3);
    setClockActivity(Activity::Inspection);
    connect(m_session, &VisitSession::minutesChanged, this, &ActivityTimeWidget::refresh);
    connect(m_session, &VisitSession::visitChanged, this, &ActivityTimeWidget::refresh);
    refresh();
}

Activity ActivityTimeWidget::clockActivity() const
{
    return Activity(m_clock->checkedId());
}

void ActivityTimeWidget::setClockActivity(Activity activity)
{
    m_clock->button(int(activity))->setChecked(true);
}

void ActivityTimeWidget::tick()
{
    const Activity a = clockActivity();
    const Row &row = m_rows.at(a);
    if (!m_session->isDraft() || row.minutes->hasFocus())
        return;
    const TimeEntry *entry = m_session->visit().caseInfo.entry(a);
    const int minutes = entry ? entry->minutes : 0;
    if (minutes < 1440)
        m_session->setTime(a, minutes + 1, entry ? entry->chargeable : row.chargeable->isChecked());
}

void ActivityTimeWidget::commitEdits()
{
    for (Activity a : allActivities())
        commit(a);
}

void ActivityTimeWidget::commit(Activity a)
{
    if (!m_session->isDraft())
        return;
    const Row &row = m_rows.at(a);
    const TimeEntry *entry = m_session->visit().caseInfo.entry(a);
    // An activity without time and never recorded stays out of the visit file.
    if (!entry && row.minutes->value() == 0)
        return;
    m_session->setTime(a, row.minutes->value(), row.chargeable->isChecked());
}

void ActivityTimeWidget::refresh()
{
    const Visit &v = m_session->visit();
    const bool draft = m_session->isDraft();
    for (auto &[a, row] : m_rows) {
        const TimeEntry *entry = v.caseInfo.entry(a);
        const QSignalBlocker blockMinutes(row.minutes);
        const QSignalBlocker blockChargeable(row.chargeable);
        if (!row.minutes->hasFocus())
            row.minutes->setValue(entry ? entry->minutes : 0);
        row.chargeable->setChecked(entry ? entry->chargeable : true);
        row.minutes->setEnabled(draft);
        row.chargeable->setEnabled(draft);
    }
    const int chargeable = v.caseInfo.timeEntries.empty() ? v.minutesSpent
                                                          : v.caseInfo.chargeableMinutes();
    m_total->setText(tr("In all %1 min, chargeable %2 h")
                         .arg(v.minutesSpent)
                         .arg(QLocale().toString(chargeable / 60.0, 'f', 2)));
}

} // namespace tillsyn::desktop
