#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class FacilityDetailsView;
class FacilityListModel;

// The facility register: instant full-text search, the list, and the selected facility's details.
class FacilitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FacilitiesPage(storage::Database &db, QWidget *parent = nullptr);

    FacilityListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    QTableWidget *history() const { return m_history; }
    // The id of the selected facility, or empty.
    QString currentFacilityId() const;
    void reload();
    // Shows how many facilities match. Counting a large register costs milliseconds, so it runs
    // after each search's first page is shown, and at start once the window is on screen.
    void updateCount();

signals:
    void currentFacilityChanged(const QString &facilityId);
    void newVisitRequested(const QString &facilityId);

private:
    void editFacility(const QString &id);
    void showCurrent();
    void showHistory(const QString &facilityId);

    FacilityListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    FacilityDetailsView *m_details;
    QPushButton *m_newVisit;
    QPushButton *m_edit;
    QTableWidget *m_history; // the selected facility's visits on this laptop
    storage::Database &m_db;
};

} // namespace tillsyn::desktop
