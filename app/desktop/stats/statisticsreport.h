#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QChart;

namespace tillsyn::desktop {

// "View as PDF" of the statistics: a report, not a picture of the form — title, office, period
// and filters as text, the table (wrapped, over as many pages as it takes) and each chart drawn
// as vectors on a page of its own, so it prints sharp and its words can be searched and copied.
struct StatisticsReport
{
    QString title;
    QString office;
    QString period;
    QStringList filters; // "Checklist: …", one per filter that is set
    QString grouping;
    QStringList header;
    std::vector<QStringList> rows;
    QList<QChart *> charts;

    // Writes atomically; false (and the file as it was) when it cannot be written.
    bool writePdf(const QString &path) const;
};

// A chart label of at most `max` characters, cut at a word where it can and marked with "…";
// the full text goes in the tooltip.
QString shortChartLabel(const QString &text, int max = 45);

} // namespace tillsyn::desktop
