#pragma once

#include "domain/visitcase.h"

#include <QWidget>

#include <map>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QSpinBox;

namespace tillsyn::desktop {

class VisitSession;

// Time per activity (förberedelse, resa, inspektion, provtagning, rapportskrivning, övrigt):
// minutes and whether they are charged, each corrected by hand, and which activity the running
// clock counts into (the inspection unless chosen otherwise).
class ActivityTimeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTimeWidget(VisitSession *session, QWidget *parent = nullptr);

    domain::Activity clockActivity() const;
    void setClockActivity(domain::Activity activity);
    // The running clock's minute: one more minute for the clock's activity (unless its box is
    // being edited).
    void tick();
    // Commits a value still being typed.
    void commitEdits();
    QSpinBox *minutesBox(domain::Activity activity) const { return m_rows.at(activity).minutes; }
    QCheckBox *chargeableBox(domain::Activity activity) const
    {
        return m_rows.at(activity).chargeable;
    }

private:
    struct Row
    {
        QSpinBox *minutes = nullptr;
        QCheckBox *chargeable = nullptr;
    };
    void refresh();
    void commit(domain::Activity activity);

    VisitSession *m_session;
    std::map<domain::Activity, Row> m_rows;
    QButtonGroup *m_clock;
    QLabel *m_total;
};

} // namespace tillsyn::desktop
