#pragma once

#include "report/opendata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::desktop {

class BackgroundJob;
class OfficeVisitFilter;
class OfficeVisitsModel;

// All merged visits: filters, sorting, a visit's revisions read-only, its report, CSV for Excel,
// and the food controls as open data (the national format; written in the background).
class OfficeVisitsPanel : public QWidget
{
    Q_OBJECT

public:
    // `locator` names the same office database (a file or a PostgreSQL server), for work in the
    // background on a connection of its own.
    OfficeVisitsPanel(storage::OfficeRepository &office, const QString &locator,
                      QWidget *parent = nullptr);
    void reload();
    OfficeVisitsModel *model() const { return m_model; }
    OfficeVisitFilter *filter() const { return m_filter; }
    // The ids of the visits the filters show, in view order.
    QStringList shownVisitIds() const;
    // Writes the open-data file in the background; openDataFinished() tells the outcome, which
    // the panel also shows. False when an export is already running.
    bool exportOpenData(const report::OpenDataOptions &options, const QString &path);
    QLabel *openDataStatus() const { return m_openDataStatus; }

signals:
    void openDataFinished(const QString &error);

private:
    void applyFilter();
    QString currentVisitId() const;
    void exportCsv(bool answers);
    void askOpenData();

    storage::OfficeRepository &m_office;
    OfficeVisitsModel *m_model;
    OfficeVisitFilter *m_filter;
    QLineEdit *m_facility;
    QLineEdit *m_inspector;
    QLineEdit *m_checklist;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_deviations;
    QTableView *m_view;
    BackgroundJob *m_openDataJob;
    QLabel *m_openDataStatus;
};

} // namespace tillsyn::desktop
