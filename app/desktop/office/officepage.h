#pragma once

#include <QTabWidget>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class ConflictsPanel;
class MergePanel;
class OfficeVisitsPanel;
class RejectedPanel;

// The office's work with merged visits: merge, conflicts, rejected files, all visits.
class OfficePage : public QTabWidget
{
    Q_OBJECT

public:
    explicit OfficePage(storage::Database &db, QWidget *parent = nullptr);
    MergePanel *mergePanel() const { return m_merge; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    OfficeVisitsPanel *visitsPanel() const { return m_visits; }
    void reload();

private:
    MergePanel *m_merge;
    ConflictsPanel *m_conflicts;
    RejectedPanel *m_rejected;
    OfficeVisitsPanel *m_visits;
};

} // namespace tillsyn::desktop
