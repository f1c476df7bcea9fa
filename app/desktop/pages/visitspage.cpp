#include "visitspage.h"

#include "models/visitlistmodel.h"
#include "widgets/listnavigation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
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
    , m_deleteDraft(new QPushButton(tr("&Delete draft…"), this))
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
    // The facility and the checklist share the room; the short columns fit their contents.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(VisitListModel::Facility,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(VisitListModel::Checklist,
                                                     QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_deleteDraft->setObjectName(QStringLiteral("deleteDraft"));
    m_deleteDraft->setToolTip(tr("Delete a draft started by mistake (Delete). Finished "
                                 "revisions are never deleted."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_deleteDraft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_deleteDraft, &QPushButton::clicked, this, &VisitsPage::requestDeleteDraft);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VisitsPage::updateButtons);
    updateButtons();
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(VisitListModel::VisitIdRole).toString());
    });
    moveIntoListFromField(m_search, m_view);
    setFocusProxy(m_search);
}

void VisitsPage::updateButtons()
{
    m_deleteDraft->setEnabled(
        m_view->currentIndex().data(VisitListModel::IsDraftRole).toBool());
}

void VisitsPage::requestDeleteDraft()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.data(VisitListModel::IsDraftRole).toBool())
        emit deleteDraftRequested(current.data(VisitListModel::VisitIdRole).toString(),
                                  current.data(VisitListModel::RevisionRole).toInt());
}

bool VisitsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        requestDeleteDraft();
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
