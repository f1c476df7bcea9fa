#include "newvisitdialog.h"

#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "reference/checklistsuggestion.h"
#include "storage/checkliststore.h"
#include "storage/facilitystore.h"
#include "storage/visitcasestore.h"
#include "widgets/casenumberedit.h"
#include "widgets/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

NewVisitDialog::NewVisitDialog(storage::Database &db, const QString &facilityId, QWidget *parent)
    : QDialog(parent)
    , m_facilityId(facilityId)
    , m_checklist(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_announced(new QCheckBox(tr("Announced in advance"), this))
    , m_colleagues(new QLineEdit(this))
{
    setWindowTitle(tr("New visit"));
    const auto facility = storage::FacilityStore(db).find(facilityId);
    const auto checklists = storage::ChecklistStore(db).latestVersions();
    for (const Checklist &c : checklists)
        m_checklist->addItem(tr("%1 (version %2)").arg(c.title).arg(c.version),
                             QVariant::fromValue(std::pair(c.id, c.version)));
    // Most food controls are unannounced; health and environmental visits usually are announced.
    connect(m_checklist, &QComboBox::currentIndexChanged, this, [this, checklists](int i) {
        if (i >= 0 && i < int(checklists.size()))
            m_announced->setChecked(checklists[size_t(i)].area != Area::Food);
    });
    // The office's reference data says which checklist is meant for the facility's category.
    if (facility)
        m_checklist->setCurrentIndex(qMax(0, reference::suggestChecklist(checklists, *facility)));
    if (!checklists.empty())
        m_announced->setChecked(checklists[size_t(m_checklist->currentIndex())].area != Area::Food);
    for (VisitKind k : {VisitKind::Planned, VisitKind::FollowUp, VisitKind::Complaint,
                        VisitKind::Incident, VisitKind::Other})
        m_kind->addItem(displayName(k), int(k));
    m_colleagues->setPlaceholderText(tr("Names, separated by commas"));
    // A facility with open deviations gets a follow-up visit suggested (issue 17).
    const int open = int(field::VisitLifecycle(db).openDeviations(facilityId).size());
    if (open > 0)
        m_kind->setCurrentIndex(m_kind->findData(int(VisitKind::FollowUp)));

    QLabel *title = makePlainLabel(this);
    title->setText(facility ? facility->name : facilityId);
    auto *form = new QFormLayout;
    form->addRow(tr("Facility:"), title);
    QLabel *inspector = makePlainLabel(this);
    inspector->setText(field::CurrentInspector::get().name);
    form->addRow(tr("Inspector:"), inspector);
    form->addRow(tr("&Checklist:"), m_checklist);
    form->addRow(tr("&Kind:"), m_kind);
    if (open > 0) {
        QLabel *note = makePlainLabel(this);
        note->setText(tr("%n open deviation(s) from earlier visits to follow up.", nullptr, open));
        form->addRow(QString(), note);
    }
    form->addRow(QString(), m_announced);
    form->addRow(tr("C&olleagues:"), m_colleagues);
    m_caseNumber = new CaseNumberEdit(
        [&db, facilityId] { return storage::VisitCaseStore(db).lastCaseNumber(facilityId, {}); },
        this);
    form->addRow(tr("Case &number:"), m_caseNumber);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start visit"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!checklists.empty());
}

field::StartRequest NewVisitDialog::request() const
{
    field::StartRequest r;
    r.facilityId = m_facilityId;
    const auto key = m_checklist->currentData().value<std::pair<QString, int>>();
    r.checklistId = key.first;
    r.checklistVersion = key.second;
    r.kind = VisitKind(m_kind->currentData().toInt());
    r.announced = m_announced->isChecked();
    r.caseNumber = m_caseNumber->text();
    r.inspectors.push_back(field::CurrentInspector::get());
    for (const QString &name : m_colleagues->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            r.inspectors.push_back(field::CurrentInspector::fromName(name));
    }
    return r;
}

} // namespace tillsyn::desktop
