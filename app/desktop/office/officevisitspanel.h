#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::desktop {

class OfficeVisitFilter;
class OfficeVisitsModel;

// All merged visits: filters, sorting, a visit's revisions read-only, its report, CSV for Excel.
class OfficeVisitsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeVisitsPanel(storage::OfficeRepository &office, QWidget *parent = nullptr);
    void reload();
    OfficeVisitsModel *model() const { return m_model; }
    OfficeVisitFilter *filter() const { return m_filter; }
    // The ids of the visits the filters show, in view order.
    QStringList shownVisitIds() const;

private:
    void applyFilter();
    QString currentVisitId() const;
    void exportCsv(bool answers);

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
};

} // namespace tillsyn::desktop
