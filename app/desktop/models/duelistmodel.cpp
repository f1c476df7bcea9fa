#include "duelistmodel.h"

#include "util/displaytext.h"

#include <QLocale>

namespace tillsyn::desktop {

void DueListModel::setRows(std::vector<planning::DueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const planning::DueRow &r = m_rows[size_t(index.row())];
    const auto hours = [](double h) {
        return QLocale().toString(planning::DueList::rounded(h), 'f', 2);
    };
    if (role == Qt::TextAlignmentRole && index.column() >= ControlHours &&
        index.column() <= Remaining)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return r.facilityId;
    if (role == Qt::ToolTipRole) {
        // Texts a narrow column may elide, in full (data: shown as plain text).
        const QString text = index.column() == Facility   ? r.name
                             : index.column() == Category ? r.category
                             : index.column() == Area     ? r.locality
                                                          : QString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Facility:
        return inertBidi(r.name);
    case Category:
        return inertBidi(r.category);
    case Area:
        return inertBidi(r.locality);
    case ControlHours:
        return hours(r.controlHours);
    case Spent:
        return hours(r.spentHours);
    case Remaining:
        return hours(r.remainingHours);
    case LastVisit:
        return r.lastVisit ? QLocale().toString(*r.lastVisit, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Facility:
        return tr("Facility");
    case Category:
        return tr("Category");
    case Area:
        return tr("Area");
    case ControlHours:
        return tr("Control time (h)");
    case Spent:
        return tr("Spent (h)");
    case Remaining:
        return tr("Remaining (h)");
    case LastVisit:
        return tr("Last visit");
    default:
        return {};
    }
}

} // namespace tillsyn::desktop
