#pragma once

#include <QTabWidget>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class ChecklistAdminPanel;
class ComparePanel;
class StatisticsPanel;
class ConflictsPanel;
class FollowUpPanel;
class MergePanel;
class OfficeVisitsPanel;
class PublishPanel;
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
    ChecklistAdminPanel *checklistsPanel() const { return m_checklists; }
    PublishPanel *publishPanel() const { return m_publish; }
    StatisticsPanel *statisticsPanel() const { return m_statistics; }
    ComparePanel *comparePanel() const { return m_compare; }
    FollowUpPanel *followUpPanel() const { return m_followUp; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCurrent();

    MergePanel *m_merge;
    ConflictsPanel *m_conflicts;
    RejectedPanel *m_rejected;
    OfficeVisitsPanel *m_visits;
    ChecklistAdminPanel *m_checklists;
    PublishPanel *m_publish;
    StatisticsPanel *m_statistics;
    ComparePanel *m_compare;
    FollowUpPanel *m_followUp;
};

} // namespace tillsyn::desktop
