#include "officepage.h"

#include "checklists/checklistadminpanel.h"
#include "conflictspanel.h"
#include "feespanel.h"
#include "followuppanel.h"
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
    : OfficePage(std::make_unique<storage::SqliteOfficeRepository>(db), db.path(), parent)
{}

OfficePage::OfficePage(std::unique_ptr<storage::OfficeRepository> office, const QString &locator,
                       QWidget *parent)
    : QTabWidget(parent)
    , m_office(std::move(office))
    , m_locator(locator)
    , m_merge(new MergePanel(locator, this))
    , m_conflicts(new ConflictsPanel(*m_office, this))
    , m_rejected(new RejectedPanel(*m_office, m_merge->shareField(), this))
    , m_visits(new OfficeVisitsPanel(*m_office, locator, this))
    , m_checklists(new ChecklistAdminPanel(*m_office, this))
    , m_publish(new PublishPanel(*m_office, m_merge->shareField(), this))
    , m_statistics(new StatisticsPanel(*m_office, locator, this))
    , m_compare(new ComparePanel(this))
    , m_fees(new FeesPanel(*m_office, this))
    , m_followUp(new FollowUpPanel(*m_office, this))
{
    addTab(m_merge, tr("Merge"));
    addTab(m_conflicts, tr("Conflicts"));
    addTab(m_rejected, tr("Rejected files"));
    addTab(m_visits, tr("All visits"));
    addTab(m_followUp, tr("Follow-up"));
    addTab(m_checklists, tr("Checklist editor"));
    addTab(m_publish, tr("Publish to the field"));
    addTab(m_statistics, tr("Statistics"));
    addTab(m_compare, tr("Compare offices"));
    addTab(m_fees, tr("Fees"));
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
    else if (page == m_fees)
        m_fees->reload();
    else if (page == m_publish)
        m_publish->refresh();
    else if (page == m_statistics)
        m_statistics->refresh();
    else if (page == m_followUp)
        m_followUp->reload();
}

void OfficePage::reload()
{
    m_conflicts->reload();
    m_rejected->reload();
    m_visits->reload();
}

} // namespace tillsyn::desktop
