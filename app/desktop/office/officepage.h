#pragma once

#include <QTabWidget>

#include <memory>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::desktop {

class ChecklistAdminPanel;
class ComparePanel;
class StatisticsPanel;
class ConflictsPanel;
class FeesPanel;
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
    // The office database of the window's own file.
    explicit OfficePage(storage::Database &db, QWidget *parent = nullptr);
    // An office database chosen with File → Open office database…: a file or a PostgreSQL
    // server (`locator` names it for the background work).
    OfficePage(std::unique_ptr<storage::OfficeRepository> office, const QString &locator,
               QWidget *parent = nullptr);
    ~OfficePage() override;
    storage::OfficeRepository &office() const { return *m_office; }
    const QString &locator() const { return m_locator; }
    MergePanel *mergePanel() const { return m_merge; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    OfficeVisitsPanel *visitsPanel() const { return m_visits; }
    // None on a server.
    ChecklistAdminPanel *checklistsPanel() const { return m_checklists; }
    PublishPanel *publishPanel() const { return m_publish; }
    // None on a server.
    StatisticsPanel *statisticsPanel() const { return m_statistics; }
    ComparePanel *comparePanel() const { return m_compare; }
    FeesPanel *feesPanel() const { return m_fees; }
    FollowUpPanel *followUpPanel() const { return m_followUp; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCurrent();

    // The office database behind its interface; made before the panels that use it.
    std::unique_ptr<storage::OfficeRepository> m_office;
    QString m_locator;
    MergePanel *m_merge;
    ConflictsPanel *m_conflicts;
    RejectedPanel *m_rejected;
    OfficeVisitsPanel *m_visits;
    ChecklistAdminPanel *m_checklists;
    PublishPanel *m_publish;
    StatisticsPanel *m_statistics;
    ComparePanel *m_compare;
    FeesPanel *m_fees;
    FollowUpPanel *m_followUp;
};

} // namespace tillsyn::desktop
