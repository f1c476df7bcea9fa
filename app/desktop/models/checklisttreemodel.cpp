#include "checklisttreemodel.h"

#include "util/displaytext.h"

namespace tillsyn::desktop {

ChecklistTreeModel::ChecklistTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ChecklistTreeModel::setChecklists(std::vector<domain::Checklist> checklists)
{
    beginResetModel();
    m_checklists = std::move(checklists);
    endResetModel();
}

const domain::Checklist *ChecklistTreeModel::checklistAt(const QModelIndex &index) const
{
    QModelIndex top = index;
    while (top.parent().isValid())
        top = top.parent();
    return top.isValid() ? &m_checklists[size_t(top.row())] : nullptr;
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, sectionParentId(parent.row()));
    const int checklist = int(parent.internalId()) - 1;
    return createIndex(row, column, itemParentId(checklist, parent.row()));
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (id < (quintptr(1) << 16))
        return createIndex(int(id) - 1, 0, quintptr(0));
    const int checklist = int(id >> 16) - 1;
    const int section = int(id & 0xFFFF) - 1;
    return createIndex(section, 0, sectionParentId(checklist));
}

int ChecklistTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_checklists.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_checklists[size_t(parent.row())].sections.size());
    if (id < (quintptr(1) << 16))
        return int(m_checklists[size_t(id - 1)].sections[size_t(parent.row())].items.size());
    return 0;
}

int ChecklistTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ChecklistTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const auto &c = m_checklists[size_t(index.row())];
        if (role == ChecklistIdRole)
            return c.id;
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0
                   ? c.title
                   : tr("version %1 · %2").arg(c.version).arg(domain::areaDisplayName(c.area));
    }
    if (id < (quintptr(1) << 16)) {
        const auto &s = m_checklists[size_t(id - 1)].sections[size_t(index.row())];
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? inertBidi(s.title) : tr("items: %1").arg(s.items.size());
    }
    const auto &c = m_checklists[size_t((id >> 16) - 1)];
    const auto &item = c.sections[size_t((id & 0xFFFF) - 1)].items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return inertBidi(index.column() == 0 ? item.text : item.legalReference);
    case Qt::ToolTipRole:
        return plainToolTip(item.guidance);
    case GuidanceRole:
        return item.guidance;
    case LegalReferenceRole:
        return item.legalReference;
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant ChecklistTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Checklist / item") : tr("Legal reference");
}

} // namespace tillsyn::desktop
