#pragma once

#include <QTabWidget>

#include <memory>

namespace tillsyn::storage {
class Database;
class SqliteOfficeRepository;
}

namespace tillsyn::desktop {

class ChecklistAdminPanel;
class ComparePanel;
class StatisticsPanel;
class ConflictsPanel;
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
    ~OfficePage() override;
    MergePanel *mergePanel() const { return m_merge; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    OfficeVisitsPanel *visitsPanel() const { return m_visits; }
    ChecklistAdminPanel *checklistsPanel() const { return m_checklists; }
    PublishPanel *publishPanel() const { return m_publish; }
    StatisticsPanel *statisticsPanel() const { return m_statistics; }
    ComparePanel *comparePanel() const { return m_compare; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCurrent();

    // The office database behind its interface, over the window's connection; made before the
    // panels that use it.
    std::unique_ptr<storage::SqliteOfficeRepository> m_office;
    MergePanel *m_merge;
    ConflictsPanel *m_conflicts;
    RejectedPanel *m_rejected;
    OfficeVisitsPanel *m_visits;
    ChecklistAdminPanel *m_checklists;
    PublishPanel *m_publish;
    StatisticsPanel *m_statistics;
    ComparePanel *m_compare;
};

} // namespace tillsyn::desktop
