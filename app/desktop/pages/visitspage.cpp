#include "visitspage.h"

#include "models/visitlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tillsyn::desktop {

VisitsPage::VisitsPage(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new VisitListModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(VisitListModel::SortRole);
    m_search->setPlaceholderText(tr("Filter visits by facility, checklist or status"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("visitList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VisitListModel::Started, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(VisitListModel::Facility,
                                                     QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(VisitListModel::VisitIdRole).toString());
    });
    setFocusProxy(m_search);
}

void VisitsPage::reload()
{
    m_stale = !isVisible();
    if (!m_stale)
        m_model->reload();
}

void VisitsPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        m_model->reload();
    }
    QWidget::showEvent(event);
}

} // namespace tillsyn::desktop
