#include "checklistspage.h"

#include "models/checklisttreemodel.h"
#include "storage/checkliststore.h"

#include "widgets/plainlabel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace tillsyn::desktop {

ChecklistsPage::ChecklistsPage(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ChecklistTreeModel(this))
    , m_view(new QTreeView(this))
    , m_itemText(makePlainLabel(this))
    , m_guidance(makePlainLabel(this))
    , m_legalReference(makePlainLabel(this))
{
    m_view->setObjectName(QStringLiteral("checklistTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 520);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("Item"), m_itemText);
    form->addRow(tr("Guidance"), m_guidance);
    form->addRow(tr("Legal reference"), m_legalReference);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistsPage::showCurrent);
    reload();
}

void ChecklistsPage::reload()
{
    m_model->setChecklists(storage::ChecklistStore(m_db).latestVersions());
}

void ChecklistsPage::showCurrent(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const bool isItem = first.data(ChecklistTreeModel::ItemIdRole).isValid();
    m_itemText->setText(isItem ? first.data().toString() : QString());
    m_guidance->setText(first.data(ChecklistTreeModel::GuidanceRole).toString());
    m_legalReference->setText(first.data(ChecklistTreeModel::LegalReferenceRole).toString());
}

} // namespace tillsyn::desktop
