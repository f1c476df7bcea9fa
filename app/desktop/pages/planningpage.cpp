#include "planningpage.h"

#include "models/duelistmodel.h"
#include "planning/duevisits.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tillsyn::desktop {

PlanningPage::PlanningPage(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DueListModel(this))
    , m_year(new QSpinBox(this))
    , m_category(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_summary(makePlainLabel(this))
    , m_newVisit(new QPushButton(tr("&New visit"), this))
{
    m_year->setRange(2000, 9999);
    m_year->setValue(QDate::currentDate().year());
    m_year->setObjectName(QStringLiteral("planningYear"));
    m_category->setObjectName(QStringLiteral("planningCategory"));
    m_area->setObjectName(QStringLiteral("planningArea"));
    m_view->setObjectName(QStringLiteral("planningList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The facility takes what is left; a category or an area is shown whole (the tooltip has
    // it too, for a name longer than the window).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DueListModel::Facility,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_newVisit->setEnabled(false);

    auto *filters = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    auto *categoryLabel = new QLabel(tr("Cate&gory:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category, 1);
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    filters->addWidget(areaLabel);
    filters->addWidget(m_area, 1);
    filters->addWidget(m_newVisit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_year, &QSpinBox::valueChanged, this, &PlanningPage::reload);
    connect(m_category, &QComboBox::currentIndexChanged, this, &PlanningPage::applyFilters);
    connect(m_area, &QComboBox::currentIndexChanged, this, &PlanningPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_newVisit->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_newVisit, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit newVisitRequested(m_model->row(rows.first().row()).facilityId);
    });
    // Computed when asked for (MainWindow: when the tab is shown): an office's list reads every
    // merged visit.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit newVisitRequested(m_model->row(index.row()).facilityId);
    });
}

void PlanningPage::fillChoices(QComboBox *box, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("All"), QString());
    for (const QString &v : values)
        box->addItem(v.isEmpty() ? tr("(none)") : v, v.isEmpty() ? QStringLiteral("\x01") : v);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void PlanningPage::reload()
{
    try {
        if (m_db.role() == storage::Database::Role::Office) {
            storage::SqliteOfficeRepository office(m_db);
            m_all = planning::DueVisits::officeList(office, m_year->value());
        } else {
            m_all = planning::DueVisits::fieldList(m_db, m_year->value());
        }
    } catch (const Error &e) {
        m_all.clear();
        m_summary->setText(e.message());
        m_model->setRows({});
        return;
    }
    std::set<QString> categories, areas;
    for (const auto &r : m_all) {
        categories.insert(r.category);
        areas.insert(r.locality);
    }
    fillChoices(m_category, QStringList(categories.begin(), categories.end()));
    fillChoices(m_area, QStringList(areas.begin(), areas.end()));
    applyFilters();
}

void PlanningPage::applyFilters()
{
    // "\x01" stands for "none" in the choices (an empty value means "all").
    const auto matches = [](const QComboBox *box, const QString &value) {
        const QString wanted = box->currentData().toString();
        return wanted.isEmpty() || wanted == (value.isEmpty() ? QStringLiteral("\x01") : value);
    };
    std::vector<planning::DueRow> shown;
    double remaining = 0;
    for (const auto &r : m_all) {
        if (matches(m_category, r.category) && matches(m_area, r.locality)) {
            shown.push_back(r);
            remaining += std::max(0.0, r.remainingHours);
        }
    }
    m_summary->setText(tr("%n facilities, %1 hours remaining in %2.", nullptr, int(shown.size()))
                           .arg(QLocale().toString(planning::DueList::rounded(remaining), 'f', 2))
                           .arg(m_year->value()));
    m_model->setRows(std::move(shown));
    m_newVisit->setEnabled(false);
}

} // namespace tillsyn::desktop
