#include "facilitiespage.h"

#include "dialogs/facilitydialog.h"
#include "models/facilitylistmodel.h"
#include "widgets/facilitydetailsview.h"
#include "widgets/listnavigation.h"
#include "storage/visitstore.h"
#include "util/displaytext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tillsyn::desktop {

FacilitiesPage::FacilitiesPage(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new FacilityListModel(db, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new FacilityDetailsView(this))
    , m_newVisit(new QPushButton(tr("&New visit…"), this))
    , m_edit(new QPushButton(tr("&Edit facility…"), this))
    , m_history(new QTableWidget(0, 5, this))
    , m_db(db)
{
    m_history->setObjectName(QStringLiteral("facilityHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Deviations"), tr("Inspector"), tr("Status")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_newVisit->setObjectName(QStringLiteral("newVisitButton"));
    m_newVisit->setToolTip(tr("Start a visit at the selected facility (Ctrl+N)"));
    m_newVisit->setEnabled(false);
    m_search->setObjectName(QStringLiteral("facilitySearch"));
    m_count->setObjectName(QStringLiteral("facilityCount"));
    m_search->setPlaceholderText(tr("Search by name, operator, org. number, address or city"));
    m_search->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("facilityList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(FacilityListModel::Name,
                                                     QHeaderView::Interactive);
    m_view->setColumnWidth(FacilityListModel::Name, 260);
    m_view->setColumnWidth(FacilityListModel::OrgNumber, 110);
    m_view->setColumnWidth(FacilityListModel::Address, 200);
    m_view->setColumnWidth(FacilityListModel::City, 120);
    m_view->setColumnWidth(FacilityListModel::Category, 140);
    // Sortable by any column (by name it pages through the index; the last visit finds the
    // facilities not seen for longest).
    m_view->horizontalHeader()->setSortIndicator(FacilityListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(new QLabel(tr("Visits here:"), this));
    rightLayout->addWidget(m_history, 1);
    auto *add = new QPushButton(tr("&Add facility…"), this);
    auto *showInactive = new QCheckBox(tr("Show deactivated"), this);
    auto *registerRow = new QHBoxLayout;
    registerRow->addWidget(add);
    registerRow->addWidget(m_edit);
    registerRow->addWidget(showInactive);
    rightLayout->addLayout(registerRow);
    rightLayout->addWidget(m_newVisit);
    m_edit->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] { editFacility({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editFacility(currentFacilityId()); });
    connect(showInactive, &QCheckBox::toggled, m_model, &FacilityListModel::setIncludeInactive);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_model, &FacilityListModel::setSearchText);
    // The count waits until the event loop is idle: typing and the first window come first.
    connect(m_model, &FacilityListModel::searchChanged, this,
            [this] { QTimer::singleShot(0, this, &FacilitiesPage::updateCount); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FacilitiesPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FacilitiesPage::showCurrent);
    moveIntoListFromField(m_search, m_view);
    connect(m_newVisit, &QPushButton::clicked, this, [this] {
        if (!currentFacilityId().isEmpty())
            emit newVisitRequested(currentFacilityId());
    });
    auto *newVisit = new QShortcut(QKeySequence::New, this);
    newVisit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newVisit, &QShortcut::activated, m_newVisit, &QPushButton::click);
    setFocusProxy(m_search);
}

QString FacilitiesPage::currentFacilityId() const
{
    const domain::Facility *f = m_model->facilityAt(m_view->currentIndex().row());
    return f ? f->id : QString();
}

void FacilitiesPage::editFacility(const QString &id)
{
    FacilityDialog dialog(m_db, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FacilitiesPage::reload()
{
    m_model->reload();
}

void FacilitiesPage::updateCount()
{
    m_count->setText(tr("Facilities: %1").arg(m_model->totalCount()));
}

void FacilitiesPage::showHistory(const QString &facilityId)
{
    // The visits on this laptop, newest first: when the facility was last seen and what was found.
    std::vector<storage::VisitSummary> visits;
    if (!facilityId.isEmpty())
        visits = storage::VisitStore(m_db).list(facilityId);
    std::sort(visits.begin(), visits.end(),
              [](const auto &a, const auto &b) { return a.startedAt > b.startedAt; });
    m_history->setRowCount(int(visits.size()));
    storage::VisitStore store(m_db);
    for (int r = 0; r < int(visits.size()); ++r) {
        const auto &v = visits[size_t(r)];
        QStringList inspectors;
        if (const auto visit = store.load(v.visitId, v.revision))
            for (const auto &i : visit->inspectors)
                inspectors << i.name;
        const QStringList cells = {
            QLocale().toString(v.startedAt.toLocalTime().date(), QLocale::ShortFormat),
            domain::displayName(v.kind), QString::number(v.deviations),
            inertBidi(inspectors.join(QStringLiteral(", "))),
            tr("%1, revision %2").arg(domain::displayName(v.status)).arg(v.revision)};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_history->item(r, 0)->setData(Qt::UserRole, v.visitId);
    }
}

void FacilitiesPage::showCurrent()
{
    const domain::Facility *f = m_model->facilityAt(m_view->currentIndex().row());
    m_details->setFacility(f);
    showHistory(f ? f->id : QString());
    m_newVisit->setEnabled(f != nullptr && f->active);
    m_edit->setEnabled(f != nullptr);
    emit currentFacilityChanged(f ? f->id : QString());
}

} // namespace tillsyn::desktop
