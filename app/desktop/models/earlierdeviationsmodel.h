#pragma once

#include "domain/followup.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace tillsyn::desktop {

class VisitSession;

// The runner's "Earlier deviations": the open deviations of earlier visits to the facility, each
// with its comment, photo count, date, deadline (overdue marked) and what this visit found.
class EarlierDeviationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        EarlierCommentColumn,
        PhotosColumn,
        DateColumn,
        DeadlineColumn,
        StatusColumn,
        CommentColumn,
        ColumnCount
    };

    EarlierDeviationsModel(VisitSession *session, QObject *parent = nullptr);

    void reload();
    const domain::Deviation &deviation(int row) const { return m_rows.at(size_t(row)); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Today, for "overdue" (tests set it).
    void setToday(const QDate &today) { m_today = today; }

private:
    VisitSession *m_session;
    std::vector<domain::Deviation> m_rows;
    QDate m_today = QDate::currentDate();
};

} // namespace tillsyn::desktop
