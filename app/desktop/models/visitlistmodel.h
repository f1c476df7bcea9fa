#pragma once

#include "storage/visitstore.h"

#include <QAbstractTableModel>

namespace tillsyn::desktop {

// The visits of this database (newest revision of each), newest first.
class VisitListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Facility,
        Checklist,
        Kind,
        Started,
        Status,
        Progress,
        Deviations,
        Sync,
        ColumnCount
    };
    enum Role { VisitIdRole = Qt::UserRole + 1, SortRole, IsDraftRole, RevisionRole };

    explicit VisitListModel(storage::Database &db, QObject *parent = nullptr);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    storage::Database &m_db;
    std::vector<storage::VisitSummary> m_rows;
};

} // namespace tillsyn::desktop
