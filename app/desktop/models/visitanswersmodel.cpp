#include "visitanswersmodel.h"

#include "util/displaytext.h"
#include "visit/visitsession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

// internalId 0: a section row; s+1: an item row under section s.
VisitAnswersModel::VisitAnswersModel(VisitSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    rebuild();
    connect(session, &VisitSession::answerChanged, this, &VisitAnswersModel::answerChanged);
    connect(session, &VisitSession::photosChanged, this, &VisitAnswersModel::answerChanged);
    connect(session, &VisitSession::visitChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void VisitAnswersModel::rebuild()
{
    m_sections.clear();
    const auto &answers = m_session->visit().answers;
    for (int i = 0; i < int(answers.size()); ++i) {
        if (m_sections.empty() || m_sections.back().title != answers[size_t(i)].section)
            m_sections.push_back({answers[size_t(i)].section, {}});
        m_sections.back().answers.push_back(i);
    }
}

void VisitAnswersModel::answerChanged(const QString &itemId)
{
    const QModelIndex first = indexOfItem(itemId, 0);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex VisitAnswersModel::indexOfItem(const QString &itemId, int column) const
{
    const auto &answers = m_session->visit().answers;
    for (int s = 0; s < int(m_sections.size()); ++s) {
        const auto &rows = m_sections[size_t(s)].answers;
        for (int r = 0; r < int(rows.size()); ++r) {
            if (answers[size_t(rows[size_t(r)])].itemId == itemId)
                return createIndex(r, column, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex VisitAnswersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex VisitAnswersModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int VisitAnswersModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_sections[size_t(parent.row())].answers.size());
}

int VisitAnswersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags VisitAnswersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant VisitAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Section &s = m_sections[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TextColumn ? s.title : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsSectionRole:
            return true;
        default:
            return {};
        }
    }
    const Section &s = m_sections[size_t(index.internalId() - 1)];
    const Answer &a = m_session->visit().answers[size_t(s.answers[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TextColumn)
            return inertBidi(a.text);
        return a.result ? displayName(*a.result) : QString();
    case Qt::DecorationRole: {
        // An icon, not an emoji: the laptop's font may have no glyph for 📷.
        static const QIcon camera(QStringLiteral(":/tillsyn/icons/photo.svg"));
        return index.column() == TextColumn && !a.photoIds.isEmpty() ? QVariant(camera)
                                                                      : QVariant();
    }
    case Qt::ToolTipRole: {
        QString tip = a.comment.isEmpty() ? a.text : a.text + u'\n' + a.comment;
        if (!a.photoIds.isEmpty())
            tip += u'\n' + tr("Photos: %n", nullptr, int(a.photoIds.size()));
        return plainToolTip(tip);
    }
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && a.result == Result::Deviation)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case ItemIdRole:
        return a.itemId;
    case ResultRole:
        return a.result ? int(*a.result) : -1;
    case IsSectionRole:
        return false;
    case SearchTextRole:
        return a.text + u'\n' + a.legalReference + u'\n' + a.comment + u'\n' + a.itemId;
    default:
        return {};
    }
}

QVariant VisitAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("Item") : tr("Result");
}

} // namespace tillsyn::desktop
