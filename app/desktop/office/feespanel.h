#pragma once

#include "fees/invoicebasis.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// The office's fees: the fee schedule (from a date, the hourly rate and the rounding rule), and
// the invoice basis (debiteringsunderlag) of a period with its sums per case and per facility,
// exported as CSV for Excel. The rules are core's (fees::InvoiceBasis); this only shows them.
class FeesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeesPanel(storage::OfficeRepository &office, QWidget *parent = nullptr);
    void reload();
    // Adds or replaces the schedule line of the form; false (with the reason shown) if refused.
    bool addRate();
    // Computes the basis of the period; false (with the reason shown) when a visit has no rate.
    bool showBasis();
    QTableWidget *scheduleTable() const { return m_schedule; }
    QTableWidget *basisTable() const { return m_basis; }
    QTableWidget *caseSums() const { return m_byCase; }
    QTableWidget *facilitySums() const { return m_byFacility; }
    QLabel *problemLabel() const { return m_problem; }
    QDateEdit *rateFrom() const { return m_rateFrom; }
    QLineEdit *rateEdit() const { return m_rate; }
    QComboBox *roundingBox() const { return m_rounding; }
    QDateEdit *periodFrom() const { return m_from; }
    QDateEdit *periodTo() const { return m_to; }

private:
    void removeRate();
    void exportCsv();
    void showProblem(const QString &problem);

    storage::OfficeRepository &m_office;
    QTableWidget *m_schedule;
    QDateEdit *m_rateFrom;
    QLineEdit *m_rate;
    QComboBox *m_rounding;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_basis;
    QTableWidget *m_byCase;
    QTableWidget *m_byFacility;
    QLabel *m_problem;
    QPushButton *m_export;
    std::vector<fees::InvoiceLine> m_lines;
};

} // namespace tillsyn::desktop
