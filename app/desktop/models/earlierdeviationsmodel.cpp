#include "earlierdeviationsmodel.h"

#include "util/displaytext.h"
#include "visit/visitsession.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

EarlierDeviationsModel::EarlierDeviationsModel(VisitSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &VisitSession::followUpsChanged, this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, CommentColumn));
    });
    reload();
}

void EarlierDeviationsModel::reload()
{
    beginResetModel();
    m_rows = m_session->earlierDeviations();
    endResetModel();
}

int EarlierDeviationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EarlierDeviationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EarlierDeviationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Deviation &d = m_rows.at(size_t(index.row()));
    const FollowUp *f = m_session->visit().followUp(d.visitId, d.itemId);
    const bool overdue = d.deadline && *d.deadline < m_today;
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn && overdue)
        return QBrush(Qt::red);
    if (role == Qt::FontRole && index.column() == DeadlineColumn && overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        // Item texts and comments come from other laptops' visit files: shown as plain text.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return d.text;
    case EarlierCommentColumn:
        return d.comment;
    case PhotosColumn:
        return d.photoCount;
    case DateColumn:
        return QLocale().toString(d.finishedAt.toLocalTime().date(), QLocale::ShortFormat);
    case DeadlineColumn:
        if (!d.deadline)
            return QString();
        return overdue ? tr("%1 (overdue)").arg(deadlineText(*d.deadline))
                       : deadlineText(*d.deadline);
    case StatusColumn:
        return f ? displayName(f->status) : tr("Not marked");
    case CommentColumn:
        return f ? f->comment : QString();
    }
    return {};
}

QVariant EarlierDeviationsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case EarlierCommentColumn:
        return tr("Earlier comment");
    case PhotosColumn:
        return tr("Photos");
    case DateColumn:
        return tr("Date");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace tillsyn::desktop
