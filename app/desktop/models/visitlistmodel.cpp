#include "visitlistmodel.h"

#include "util/displaytext.h"

#include <QLocale>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

VisitListModel::VisitListModel(storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void VisitListModel::reload()
{
    beginResetModel();
    m_rows = storage::VisitStore(m_db).list();
    endResetModel();
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const storage::VisitSummary &s = m_rows[size_t(index.row())];
    if (role == VisitIdRole)
        return s.visitId;
    if (role == IsDraftRole)
        return s.status == domain::VisitStatus::Draft;
    if (role == RevisionRole)
        return s.revision;
    if (role == SortRole && index.column() == Started)
        return s.startedAt;
    if (role == Qt::ToolTipRole && index.column() == Sync)
        return plainToolTip(s.syncError);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Facility:
        return inertBidi(s.facilityName);
    case Checklist:
        return inertBidi(s.checklistTitle);
    case Kind:
        return displayName(s.kind);
    case Started:
        return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Status:
        return tr("%1, revision %2").arg(displayName(s.status)).arg(s.revision);
    case Progress:
        return role == SortRole ? QVariant(s.answered)
                                : QVariant(tr("%1/%2").arg(s.answered).arg(s.items));
    case Deviations:
        return s.deviations;
    case Sync:
        switch (s.sync) {
        case storage::VisitSummary::Sync::None:
            return QString();
        case storage::VisitSummary::Sync::Waiting:
            return tr("waiting");
        case storage::VisitSummary::Sync::Sent:
            return tr("sent");
        case storage::VisitSummary::Sync::Failed:
            return tr("failed: %1").arg(s.syncError);
        }
        return {};
    default:
        return {};
    }
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Facility:
        return tr("Facility");
    case Checklist:
        return tr("Checklist");
    case Kind:
        return tr("Kind");
    case Started:
        return tr("Started");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Answered");
    case Deviations:
        return tr("Deviations");
    case Sync:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace tillsyn::desktop
