#include "statstablemodel.h"

#include "util/displaytext.h"

#include <QLocale>

namespace tillsyn::desktop {

namespace {

QString statsTablePercent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100, 'f', 1) + QStringLiteral(" %")
                 : QStringLiteral("–");
}

QVariant statsTableValue(const std::optional<double> &value, bool sort, int decimals)
{
    if (!value)
        return sort ? QVariant(-1.0) : QVariant(QString());
    return sort ? QVariant(*value) : QVariant(QLocale().toString(*value, 'f', decimals));
}

} // namespace

StatsTableModel::StatsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setRows(m_grouping, {});
}

void StatsTableModel::setRows(stats::Grouping grouping, std::vector<stats::GroupRow> rows)
{
    beginResetModel();
    m_grouping = grouping;
    m_rows = std::move(rows);
    m_columns.clear();
    for (int c = Key; c <= NotApplicable; ++c)
        m_columns.push_back(Column(c));
    const bool office = grouping == stats::Grouping::Office;
    if (office || grouping == stats::Grouping::Kind || grouping == stats::Grouping::Category) {
        for (int c = MedianMinutes; c <= LastActivity; ++c)
            m_columns.push_back(Column(c));
    }
    if (office || grouping == stats::Grouping::Item) {
        m_columns.push_back(ShareByDeadline);
        m_columns.push_back(MedianDaysToCorrection);
    }
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
    case stats::Grouping::Office:
        return tr("The whole office");
    }
    return {};
}

int StatsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const stats::GroupRow &r = m_rows[size_t(index.row())];
    const Column column = m_columns[size_t(index.column())];
    const bool sort = role == Qt::UserRole;
    if (role == Qt::DisplayRole || sort)
        return value(r, column, sort);
    if (role == Qt::TextAlignmentRole && column != Key)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Key)
        return plainToolTip(r.checklistId + u' ' + r.itemId);
    if (role == Qt::ToolTipRole && column == ShareByDeadline)
        return tr("%1 of %2 deviations with a deadline were corrected by it; %3 of %4 "
                  "deviations corrected in all.")
            .arg(r.followUp.correctedByDeadline)
            .arg(r.followUp.withDeadline)
            .arg(r.followUp.corrected)
            .arg(r.followUp.deviations);
    if (role == Qt::ToolTipRole && column >= FirstActivity && column <= LastActivity)
        return tr("Median / mean minutes per visit of the %1 visits with time recorded "
                  "(0 for a visit that spent none on it).")
            .arg(r.activityTime.timedVisits);
    return {};
}

QVariant StatsTableModel::value(const stats::GroupRow &r, Column column, bool sort) const
{
    switch (column) {
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
        return statsTablePercent(rate);
    }
    case NotChecked:
        return r.counts.notChecked;
    case NotApplicable:
        return r.counts.notApplicable;
    case MedianMinutes:
        return statsTableValue(r.time.median, sort, 0);
    case ChargeableShare: {
        const auto share = r.activityTime.chargeableShare();
        return sort ? QVariant(share.value_or(-1.0)) : QVariant(statsTablePercent(share));
    }
    case ShareByDeadline: {
        const auto share = r.followUp.shareByDeadline();
        return sort ? QVariant(share.value_or(-1.0)) : QVariant(statsTablePercent(share));
    }
    case MedianDaysToCorrection:
        return statsTableValue(r.followUp.medianDays(), sort, 1);
    default:
        break;
    }
    if (column >= FirstActivity && column <= LastActivity) {
        const auto &a = r.activityTime.activities[size_t(column - FirstActivity)];
        if (sort)
            return a.mean.value_or(-1.0);
        if (!a.mean)
            return QString();
        const QLocale locale;
        return tr("%1 / %2").arg(locale.toString(*a.median, 'f', 0),
                                 locale.toString(*a.mean, 'f', 1));
    }
    return {};
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the header: the table may scroll it half out of sight.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole) ||
        section < 0 || section >= int(m_columns.size()))
        return {};
    const Column column = m_columns[size_t(section)];
    if (column >= FirstActivity && column <= LastActivity)
        return tr("%1, min").arg(
            domain::displayName(domain::allActivities().at(size_t(column - FirstActivity))));
    const QString names[] = {tr("Group"),          tr("Visits"),         tr("Checked"),
                             tr("Deviations"),     tr("Rate"),           tr("Not checked"),
                             tr("Not applicable"), tr("Median minutes"), tr("Chargeable")};
    if (column <= ChargeableShare)
        return names[column];
    if (column == ShareByDeadline)
        return tr("Corrected by deadline");
    if (column == MedianDaysToCorrection)
        return tr("Median days to correction");
    return {};
}

} // namespace tillsyn::desktop
