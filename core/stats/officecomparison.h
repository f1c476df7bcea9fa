#pragma once

#include "stats/chisquare.h"
#include "stats/statsfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace tillsyn::stats {

struct OfficeRate
{
    QString office;
    Counts counts;
};

// One item as several offices answered it. Items are matched by checklist id and item id where
// the published wording (its SHA-256) is the same, whatever the version; without a wording hash
// only the same version matches. An item id worded differently somewhere is compared apart per
// wording, and wordingDiffers says so.
struct ComparedItem
{
    QString checklistId;
    QString itemId;
    std::vector<int> versions;
    std::optional<QString> text;
    std::optional<QString> textSha256;
    bool wordingDiffers = false;
    std::vector<OfficeRate> offices;     // the offices that have the item, in file order
    std::optional<double> spread;        // largest minus smallest rate
    std::optional<ChiSquare::Test> test; // none: one office only, or too few answers
    std::optional<double> pAdjusted;     // Holm–Bonferroni over every tested item
    bool flagged = false;                // likely different interpretation
};

struct Comparison
{
    QStringList offices; // names as shown (a repeated name gets its file name added)
    QString category;    // empty: all facilities
    double alpha = 0.05;
    int tested = 0;
    std::vector<ComparedItem> items;
};

// Compares offices' statistics files item by item: each office's deviation rate side by side,
// the spread, and a chi-square test of homogeneity (see ChiSquare) per item, corrected for
// testing many items with Holm–Bonferroni; an item is flagged when its adjusted p-value is
// below alpha (0.05). With a category, the files' per-category counts are compared instead.
class OfficeComparison
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::stats::OfficeComparison)

public:
    static constexpr double kAlpha = 0.05;

    static Comparison compare(const std::vector<StatsData> &files, const QStringList &fileNames,
                              const QString &category = {});

private:
    static QStringList officeNames(const std::vector<StatsData> &files,
                                   const QStringList &fileNames);
    static void test(Comparison *comparison);
};

} // namespace tillsyn::stats
