#pragma once

#include <QMainWindow>

class QAction;
class QTabWidget;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class ChecklistsPage;
class OfficePage;
class SyncUi;
class FacilitiesPage;
class LazyWidget;
class VisitRunnerPage;
class VisitsPage;
class PlanningPage;

// Hosts the pages and the application-wide actions; the work happens in the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(storage::Database &db, QWidget *parent = nullptr);

    FacilitiesPage *facilitiesPage() const { return m_facilities; }
    ChecklistsPage *checklistsPage() const { return m_checklists; }
    VisitsPage *visitsPage() const { return m_visits; }
    PlanningPage *planningPage() const { return m_planning; }
    // Made when first shown or asked for; null on a field database, which has no Office tab.
    OfficePage *officePage() const;
    // The open checklist runner, if any.
    VisitRunnerPage *runnerPage() const { return m_runner; }

    void newVisit(const QString &facilityId);
    // Asks for the inspector's name when none is set; false if it is still not set.
    bool ensureInspector();
    void openVisit(const QString &visitId);
    // Asks, then deletes the draft revision (never a finished one).
    void deleteDraft(const QString &visitId, int revision);
    // Puts the office database a locator names (a file or a PostgreSQL server) behind the
    // Office tab, in place of what was there; false with *error (translated, never a password)
    // when it cannot be opened or is not an office's, leaving the tab as it was.
    bool openOfficeDatabase(const QString &locator, QString *error = nullptr);

signals:
    // Emitted once, when the window is first on screen (used by the start-up benchmark).
    void firstShown();
    // File → Open…: the user chose another database (DatabaseSession switches to it).
    void openDatabaseRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseDatabase();
    void chooseOfficeDatabase();
    void importFacilities();
    void importChecklists();
    void about();
    void editInspector();
    void editOffice();
    void editShare();
    void reloadAfterSync();
    void closeRunner();
    void updateSearchShortcut();

    storage::Database &m_db;
    QTabWidget *m_tabs;
    QAction *m_searchFacilities = nullptr;
    FacilitiesPage *m_facilities;
    ChecklistsPage *m_checklists;
    VisitsPage *m_visits;
    PlanningPage *m_planning; // computed when shown: an office's list reads every merged visit
    VisitRunnerPage *m_runner = nullptr;
    SyncUi *m_sync;
    LazyWidget *m_office = nullptr; // only on an office database
    bool m_shown = false;
};

} // namespace tillsyn::desktop
