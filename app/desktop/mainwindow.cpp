#include "mainwindow.h"

#include "checklists/checklistadminpanel.h"
#include "dialogs/facilityimportdialog.h"
#include "dialogs/helpdialogs.h"
#include "dialogs/newvisitdialog.h"
#include "dialogs/officedatabasedialog.h"
#include "dialogs/officedialog.h"
#include "dialogs/sharesettingsdialog.h"
#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "office/officepage.h"
#include "pages/checklistspage.h"
#include "pages/facilitiespage.h"
#include "pages/planningpage.h"
#include "pages/visitrunnerpage.h"
#include "pages/visitspage.h"
#include "reference/importer.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "sync/syncui.h"
#include "util/error.h"
#include "visit/visitsession.h"
#include "widgets/lazywidget.h"
#include "widgets/plainmessage.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace tillsyn::desktop {

MainWindow::MainWindow(storage::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_facilities(new FacilitiesPage(db, this))
    , m_checklists(new ChecklistsPage(db, this))
    , m_visits(new VisitsPage(db, this))
    , m_planning(new PlanningPage(db, this))
    , m_sync(new SyncUi(db, this, statusBar()))
{
    // Merging moves files out of the share's inbox: only the office's database may do it, so a
    // field laptop has no Office tab at all (File → Open… switches to another database).
    if (db.role() == storage::Database::Role::Office)
        m_office = new LazyWidget(
            [this](QWidget *parent) {
                auto *page = new OfficePage(m_db, parent);
                connect(page->checklistsPanel(), &ChecklistAdminPanel::checklistsChanged,
                        m_checklists, &ChecklistsPage::reload);
                return page;
            },
            this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    setWindowTitle(tr("Tillsyn"));
    setWindowIcon(QIcon(QStringLiteral(":/tillsyn/icons/tillsyn.svg")));
    m_tabs->addTab(m_facilities, tr("&Facilities"));
    m_tabs->addTab(m_visits, tr("&Visits"));
    m_tabs->addTab(m_checklists, tr("&Checklists"));
    m_tabs->addTab(m_planning, tr("&Planning"));
    if (m_office)
        m_tabs->addTab(m_office, tr("&Office"));
    m_tabs->setTabsClosable(false);
    connect(m_facilities, &FacilitiesPage::newVisitRequested, this, &MainWindow::newVisit);
    connect(m_planning, &PlanningPage::newVisitRequested, this, &MainWindow::newVisit);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_planning)
            m_planning->reload();
    });
    connect(this, &MainWindow::firstShown, m_facilities, &FacilitiesPage::updateCount,
            Qt::QueuedConnection);
    connect(m_visits, &VisitsPage::openRequested, this, &MainWindow::openVisit);
    connect(m_visits, &VisitsPage::deleteDraftRequested, this, &MainWindow::deleteDraft);
    connect(m_sync, &SyncUi::dataChanged, this, &MainWindow::reloadAfterSync);
    setCentralWidget(m_tabs);
    createMenus();

    auto *dbLabel = new QLabel(db.path(), this);
    dbLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(dbLabel);

    fitWindowToScreen(this, QStringLiteral("main"), QSize(1200, 760));
}

OfficePage *MainWindow::officePage() const
{
    return m_office ? static_cast<OfficePage *>(m_office->widget()) : nullptr;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openDb = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    openDb->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open o&ffice database…"), this, &MainWindow::chooseOfficeDatabase);
    file->addSeparator();
    file->addAction(tr("Import &facilities…"), this, &MainWindow::importFacilities);
    file->addAction(tr("Import &checklists…"), this, &MainWindow::importChecklists);
    QAction *sync = file->addAction(tr("S&ync now"), this, [this] { m_sync->syncNow(true); });
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_searchFacilities = go->addAction(tr("&Search facilities"), this, [this] {
        m_tabs->setCurrentWidget(m_facilities);
        m_facilities->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_facilities->searchField()->selectAll();
    });
    // Ctrl+F finds in what is in front: in the runner it filters the checklist's items (the
    // runner's own shortcut), elsewhere it searches facilities. Two enabled Ctrl+F shortcuts
    // are ambiguous and Qt then runs neither, so this one steps aside while the runner is in
    // front; Ctrl+Shift+F reaches the facility search from everywhere.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSearchShortcut);
    updateSearchShortcut();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Inspector…"), this, &MainWindow::editInspector);
    settings->addAction(tr("&Office letterhead…"), this, &MainWindow::editOffice);
    settings->addAction(tr("&Share…"), this, &MainWindow::editShare);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { HelpDialogs::shortcuts(this)->show(); });
    help->addAction(tr("&Handbook"), this, [this] { HelpDialogs::handbook(this)->show(); });
    help->addSeparator();
    help->addAction(tr("&About Tillsyn"), this, &MainWindow::about);
}

void MainWindow::updateSearchShortcut()
{
    const QKeySequence everywhere(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    if (m_runner && m_tabs->currentWidget() == m_runner)
        m_searchFacilities->setShortcuts({everywhere});
    else
        m_searchFacilities->setShortcuts({QKeySequence(QKeySequence::Find), everywhere});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // Typing at start searches facilities (the tab bar would otherwise take the focus).
        m_facilities->searchField()->setFocus(Qt::OtherFocusReason);
        // After this event the window system paints the first frame.
        QTimer::singleShot(0, this, &MainWindow::firstShown);
    }
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QFileInfo(m_db.path()).absolutePath(),
        tr("Tillsyn databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::chooseOfficeDatabase()
{
    OfficeDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.rememberPassword();
    const QString locator = dialog.locator();
    QString error;
    if (!openOfficeDatabase(locator, &error)) {
        showPlainMessage(this, QMessageBox::Warning, tr("Open office database"), error);
        return;
    }
    OfficeDatabaseDialog::addRecent(locator);
    // Into the keychain only once the server took it.
    QString keychainProblem;
    dialog.keepPassword(&keychainProblem);
    if (!keychainProblem.isEmpty())
        statusBar()->showMessage(keychainProblem, 15000);
}

bool MainWindow::openOfficeDatabase(const QString &locator, QString *error)
{
    std::unique_ptr<storage::OfficeRepository> office;
    try {
        office = storage::OfficeRepository::open(locator);
        office->requireOffice();
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    auto *page = new OfficePage(std::move(office), locator);
    if (page->checklistsPanel())
        connect(page->checklistsPanel(), &ChecklistAdminPanel::checklistsChanged, m_checklists,
                &ChecklistsPage::reload);
    auto *tab = new LazyWidget(
        [page](QWidget *parent) {
            page->setParent(parent);
            return page;
        },
        this);
    tab->widget(); // the page belongs to the tab from now on
    int index = m_tabs->count();
    if (m_office) {
        index = m_tabs->indexOf(m_office);
        m_tabs->removeTab(index);
        // The old page's panels may run background work: it goes once control returns.
        m_office->deleteLater();
    }
    m_office = tab;
    m_tabs->insertTab(index, m_office, tr("&Office"));
    m_tabs->setCurrentWidget(m_office);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Text typed a moment ago is saved before the window (and perhaps its database) goes.
    if (m_runner)
        m_runner->commitEdits();
    event->accept();
}

void MainWindow::importFacilities()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import facilities"), {},
                                     tr("Facility lists (*.json *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        FacilityImportDialog preview(m_db, reference::Importer::readFacilities(path),
                                     QFileInfo(path).fileName(), this);
        if (preview.exec() == QDialog::Accepted) {
            m_facilities->reload();
            statusBar()->showMessage(
                tr("Facilities imported from %1").arg(QFileInfo(path).fileName()), 10000);
        }
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Import failed"), e.message(),
                         e.details().join(u'\n'));
    }
}

void MainWindow::importChecklists()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import checklists"), {},
                                                      tr("Checklists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const auto counts = reference::Importer(m_db).importChecklists(path);
        m_checklists->reload();
        statusBar()->showMessage(tr("Checklists imported: %1 added, %2 already present")
                                     .arg(counts.added)
                                     .arg(counts.unchanged),
                                 10000);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Import failed"), e.message());
    }
}

void MainWindow::newVisit(const QString &facilityId)
{
    if (!ensureInspector())
        return;
    NewVisitDialog dialog(m_db, facilityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const QString visitId = field::VisitLifecycle(m_db).start(dialog.request());
        m_visits->reload();
        openVisit(visitId);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("New visit"), e.message());
    }
}

void MainWindow::openVisit(const QString &visitId)
{
    closeRunner();
    try {
        m_runner = new VisitRunnerPage(m_db, visitId, this);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Open visit"), e.message());
        return;
    }
    const QString title = m_runner->session()->visit().facility.name;
    m_tabs->addTab(m_runner, title.size() > 28 ? title.left(27) + u'…' : title);
    m_tabs->setCurrentWidget(m_runner);
    updateSearchShortcut();
    m_runner->setFocus();
    for (const auto changed : {&VisitSession::visitChanged, &VisitSession::minutesChanged})
        connect(m_runner->session(), changed, m_visits, &VisitsPage::reload);
    connect(m_runner->session(), &VisitSession::answerChanged, m_visits, &VisitsPage::reload);
    connect(m_runner, &VisitRunnerPage::visitFinished, this, [this] {
        m_sync->refreshWaiting();
        statusBar()->showMessage(tr("Visit finished. It is saved as a locked revision."), 10000);
    });
}

void MainWindow::deleteDraft(const QString &visitId, int revision)
{
    const QString question =
        revision > 1 ? tr("Delete the draft of revision %1? Revision %2 stays as it was "
                          "finished.")
                           .arg(revision)
                           .arg(revision - 1)
                     : tr("Delete this visit? It was never finished: its answers, comments and "
                          "photos are deleted and cannot be brought back.");
    QMessageBox box(QMessageBox::Question, tr("Delete draft"), question,
                    QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Delete draft"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel); // Enter does not delete
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (m_runner && m_runner->session()->visit().visitId == visitId)
        closeRunner();
    try {
        field::VisitLifecycle(m_db).deleteDraft(visitId);
        statusBar()->showMessage(tr("Draft deleted."), 10000);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Delete draft"), e.message());
    }
    m_visits->reload();
}

void MainWindow::closeRunner()
{
    if (!m_runner)
        return;
    m_runner->commitEdits();
    m_tabs->removeTab(m_tabs->indexOf(m_runner));
    m_runner->deleteLater();
    m_runner = nullptr;
}

void MainWindow::editInspector()
{
    // No login name as a suggestion: it is what ended up on official reports unasked.
    const QString current =
        field::CurrentInspector::isSet() ? field::CurrentInspector::get().name : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Inspector"),
                                               tr("Your name as it appears on visits and reports:"),
                                               QLineEdit::Normal, current, &ok);
    if (ok && !name.trimmed().isEmpty())
        field::CurrentInspector::set(field::CurrentInspector::fromName(name.trimmed()));
}

bool MainWindow::ensureInspector()
{
    if (!field::CurrentInspector::isSet())
        editInspector();
    return field::CurrentInspector::isSet();
}

void MainWindow::editOffice()
{
    OfficeDialog(m_db, this).exec();
}

void MainWindow::editShare()
{
    ShareSettingsDialog(m_db, this).exec();
}

void MainWindow::reloadAfterSync()
{
    m_visits->reload();
    m_facilities->reload();
    m_checklists->reload();
    if (m_tabs->currentWidget() == m_planning)
        m_planning->reload();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Tillsyn"),
                       tr("<h3>Tillsyn %1</h3><p>Offline-first inspections for municipal "
                          "environmental, health and food control.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace tillsyn::desktop
