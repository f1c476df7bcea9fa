#include "officepage.h"

#include "checklists/checklistadminpanel.h"
#include "conflictspanel.h"
#include "mergepanel.h"
#include "officevisitspanel.h"
#include "publishpanel.h"
#include "rejectedpanel.h"
#include "stats/comparepanel.h"
#include "stats/statisticspanel.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"

namespace tillsyn::desktop {

OfficePage::OfficePage(storage::Database &db, QWidget *parent)
    : QTabWidget(parent)
    , m_office(std::make_unique<storage::SqliteOfficeRepository>(db))
    , m_merge(new MergePanel(db.path(), this))
    , m_conflicts(new ConflictsPanel(*m_office, this))
    , m_rejected(new RejectedPanel(*m_office, m_merge->shareField(), this))
    , m_visits(new OfficeVisitsPanel(db, *m_office, this))
    , m_checklists(new ChecklistAdminPanel(db, this))
    , m_publish(new PublishPanel(*m_office, m_merge->shareField(), this))
    , m_statistics(new StatisticsPanel(db, this))
    , m_compare(new ComparePanel(this))
{
    addTab(m_merge, tr("Merge"));
    addTab(m_conflicts, tr("Conflicts"));
    addTab(m_rejected, tr("Rejected files"));
    addTab(m_visits, tr("All visits"));
    addTab(m_checklists, tr("Checklist editor"));
    addTab(m_publish, tr("Publish"));
    addTab(m_statistics, tr("Statistics"));
    addTab(m_compare, tr("Compare offices"));
    connect(m_checklists, &ChecklistAdminPanel::checklistsChanged, m_publish,
            &PublishPanel::refresh);
    connect(m_merge, &MergePanel::merged, this, &OfficePage::reload);
    connect(m_conflicts, &ConflictsPanel::resolved, m_visits, &OfficeVisitsPanel::reload);
    // Each panel reads the database when it is looked at, not when the application starts:
    // with a large register the office's views are not free.
    connect(this, &QTabWidget::currentChanged, this, &OfficePage::loadCurrent);
}

// The panels (children) go first, while the repository they use still stands.
OfficePage::~OfficePage()
{
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        delete w;
    }
}

void OfficePage::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    loadCurrent();
}

void OfficePage::loadCurrent()
{
    QWidget *page = currentWidget();
    if (page == m_conflicts)
        m_conflicts->reload();
    else if (page == m_rejected)
        m_rejected->reload();
    else if (page == m_visits)
        m_visits->reload();
    else if (page == m_checklists)
        m_checklists->reload();
    else if (page == m_publish)
        m_publish->refresh();
    else if (page == m_statistics)
        m_statistics->refresh();
}

void OfficePage::reload()
{
    m_conflicts->reload();
    m_rejected->reload();
    m_visits->reload();
}

} // namespace tillsyn::desktop
