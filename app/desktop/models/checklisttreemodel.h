#pragma once

#include "domain/checklist.h"

#include <QAbstractItemModel>

#include <vector>

namespace tillsyn::desktop {

// Checklists as a tree: checklist → section → item. The internal id of an index encodes its
// place, so no parent pointers are needed.
class ChecklistTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { GuidanceRole = Qt::UserRole + 1, LegalReferenceRole, ItemIdRole, ChecklistIdRole };

    explicit ChecklistTreeModel(QObject *parent = nullptr);
    void setChecklists(std::vector<domain::Checklist> checklists);
    const domain::Checklist *checklistAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 = checklist row; (c+1) = section row under checklist c;
    // ((c+1) << 16 | (s+1)) = item row under section s of checklist c.
    static quintptr sectionParentId(int checklist) { return quintptr(checklist + 1); }
    static quintptr itemParentId(int checklist, int section)
    {
        return (quintptr(checklist + 1) << 16) | quintptr(section + 1);
    }

    std::vector<domain::Checklist> m_checklists;
};

} // namespace tillsyn::desktop
