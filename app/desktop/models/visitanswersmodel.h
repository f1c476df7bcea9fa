#pragma once

#include <QAbstractItemModel>

namespace tillsyn::desktop {

class VisitSession;

// A visit's checklist as the runner shows it: sections at the top level, their items below with
// the result. Reads the session's Visit value and follows its changes.
class VisitAnswersModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ResultColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        ResultRole, // int(domain::Result), or -1 while unanswered
        IsSectionRole,
        SearchTextRole, // item text, legal reference and comment
    };

    explicit VisitAnswersModel(VisitSession *session, QObject *parent = nullptr);

    QModelIndex indexOfItem(const QString &itemId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Section
    {
        QString title;
        std::vector<int> answers; // indexes into the visit's answers
    };
    void rebuild();
    void answerChanged(const QString &itemId);

    VisitSession *m_session;
    std::vector<Section> m_sections;
};

} // namespace tillsyn::desktop
