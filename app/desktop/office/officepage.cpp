#include "officepage.h"

#include "checklists/checklistadminpanel.h"
#include "conflictspanel.h"
#include "mergepanel.h"
#include "officevisitspanel.h"
#include "publishpanel.h"
#include "rejectedpanel.h"
#include "storage/database.h"

namespace tillsyn::desktop {

OfficePage::OfficePage(storage::Database &db, QWidget *parent)
    : QTabWidget(parent)
    , m_merge(new MergePanel(db.path(), this))
    , m_conflicts(new ConflictsPanel(db, this))
    , m_rejected(new RejectedPanel(db, m_merge->shareField(), this))
    , m_visits(new OfficeVisitsPanel(db, this))
    , m_checklists(new ChecklistAdminPanel(db, this))
    , m_publish(new PublishPanel(db, m_merge->shareField(), this))
{
    addTab(m_merge, tr("Merge"));
    addTab(m_conflicts, tr("Conflicts"));
    addTab(m_rejected, tr("Rejected files"));
    addTab(m_visits, tr("All visits"));
    addTab(m_checklists, tr("Checklist editor"));
    addTab(m_publish, tr("Publish"));
    connect(m_checklists, &ChecklistAdminPanel::checklistsChanged, m_publish,
            &PublishPanel::refresh);
    connect(m_merge, &MergePanel::merged, this, &OfficePage::reload);
    connect(m_conflicts, &ConflictsPanel::resolved, m_visits, &OfficeVisitsPanel::reload);
}

void OfficePage::reload()
{
    m_conflicts->reload();
    m_rejected->reload();
    m_visits->reload();
}

} // namespace tillsyn::desktop
