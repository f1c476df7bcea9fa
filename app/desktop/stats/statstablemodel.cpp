#include "statstablemodel.h"

#include "util/displaytext.h"

#include <QLocale>

namespace tillsyn::desktop {

StatsTableModel::StatsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StatsTableModel::setRows(stats::Grouping grouping, std::vector<stats::GroupRow> rows)
{
    beginResetModel();
    m_grouping = grouping;
    m_rows = std::move(rows);
    endResetModel();
}

QString StatsTableModel::keyOf(const stats::GroupRow &r) const
{
    switch (m_grouping) {
    case stats::Grouping::Item:
        return r.text.isEmpty() ? r.itemId : r.text;
    case stats::Grouping::Section:
        return r.section;
    case stats::Grouping::Checklist:
        return r.title.isEmpty() ? r.checklistId : r.title;
    case stats::Grouping::Category:
        return r.category.isEmpty() ? tr("(no category)") : r.category;
    case stats::Grouping::Month:
        return r.month;
    case stats::Grouping::Kind: {
        domain::VisitKind kind;
        return domain::fromString(r.kind, &kind) ? domain::displayName(kind) : r.kind;
    }
    case stats::Grouping::ControlArea:
        return r.text.isEmpty() ? r.controlArea : r.controlArea + u' ' + r.text;
    }
    return {};
}

int StatsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const stats::GroupRow &r = m_rows[size_t(index.row())];
    const bool sort = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sort) {
        if (role == Qt::TextAlignmentRole && index.column() != Key)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == Key)
            return plainToolTip(r.checklistId + u' ' + r.itemId);
        return {};
    }
    switch (index.column()) {
    case Key:
        return keyOf(r);
    case Visits:
        return r.counts.visits;
    case Checked:
        return r.counts.checked;
    case Deviations:
        return r.counts.deviations;
    case Rate: {
        const auto rate = r.counts.rate();
        if (sort)
            return rate ? *rate : -1.0;
        return rate ? QLocale().toString(*rate * 100, 'f', 1) + QStringLiteral(" %")
                    : QStringLiteral("–");
    }
    case NotChecked:
        return r.counts.notChecked;
    case NotApplicable:
        return r.counts.notApplicable;
    case MedianMinutes:
        if (!r.time.median)
            return sort ? QVariant(-1.0) : QVariant(QString());
        return sort ? QVariant(*r.time.median)
                    : QVariant(QLocale().toString(*r.time.median, 'f', 0));
    default:
        return {};
    }
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("Group"),          tr("Visits"),        tr("Checked"),
                             tr("Deviations"),     tr("Rate"),          tr("Not checked"),
                             tr("Not applicable"), tr("Median minutes")};
    return section >= 0 && section < ColumnCount ? names[section] : QString();
}

} // namespace tillsyn::desktop
