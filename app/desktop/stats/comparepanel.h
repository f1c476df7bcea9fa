#pragma once

#include "stats/officecomparison.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace tillsyn::desktop {

// Comparing offices: several offices' anonymised statistics files, each item's deviation rate
// per office side by side with the spread; items whose rates differ more than chance explains
// are flagged "likely different interpretation" and charted.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(QWidget *parent = nullptr);
    // Loads the files and shows the comparison; false (with the reason shown) when one is bad.
    bool load(const QStringList &paths);
    QTableWidget *table() const { return m_table; }
    const stats::Comparison &comparison() const { return m_comparison; }

private:
    void chooseFiles();
    void show();

    stats::Comparison m_comparison;
    QLabel *m_status;
    QTableWidget *m_table;
    QChartView *m_chart;
};

} // namespace tillsyn::desktop
