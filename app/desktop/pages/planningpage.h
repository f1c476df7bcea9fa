#pragma once

#include "planning/duelist.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class DueListModel;

// "Planering" (issue 19): the due list of the year — each facility's yearly control time, the
// hours its visits took, the hours remaining and its last visit — filtered by category and area
// (the facility's city), with "New visit" for the selected facility. A field database lists its
// own visits, an office database the merged ones (planning::DueVisits).
class PlanningPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningPage(storage::Database &db, QWidget *parent = nullptr);

    DueListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *areaFilter() const { return m_area; }
    QPushButton *newVisitButton() const { return m_newVisit; }
    // Recomputes the list from the database (after a visit, a sync or a merge).
    void reload();

signals:
    void newVisitRequested(const QString &facilityId);

private:
    void applyFilters();
    static void fillChoices(QComboBox *box, const QStringList &values);

    storage::Database &m_db;
    std::vector<planning::DueRow> m_all;
    DueListModel *m_model;
    QSpinBox *m_year;
    QComboBox *m_category;
    QComboBox *m_area;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_newVisit;
};

} // namespace tillsyn::desktop
