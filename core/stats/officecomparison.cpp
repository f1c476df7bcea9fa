#include "officecomparison.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace tillsyn::stats {

namespace {

struct Key
{
    QString checklistId;
    QString itemId;
    QString wording; // "sha256:<hash>" or "version:<n>"

    bool operator<(const Key &o) const
    {
        return std::tie(checklistId, itemId, wording) <
               std::tie(o.checklistId, o.itemId, o.wording);
    }
};

struct Collected
{
    ComparedItem item;
    std::map<int, Counts> perFile; // file index → counts summed over versions
};

// The items a file contributes: its items, or its counts for one category.
std::vector<StatsItem> entriesOf(const StatsData &file, const QString &category)
{
    if (category.isEmpty())
        return file.items;
    // The item's wording, by checklist, version and item (a file has each at most once).
    std::map<std::tuple<QString, int, QString>, const StatsItem *> items;
    for (const StatsItem &i : file.items)
        items[{i.checklistId, i.checklistVersion, i.itemId}] = &i;
    std::vector<StatsItem> out;
    for (const StatsItem &c : file.itemCategories) {
        if (c.category != category)
            continue;
        StatsItem entry = c;
        const auto it = items.find({c.checklistId, c.checklistVersion, c.itemId});
        if (it != items.end()) {
            entry.text = it->second->text;
            entry.textSha256 = it->second->textSha256;
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Key keyOf(const StatsItem &entry)
{
    return {entry.checklistId, entry.itemId,
            entry.textSha256 ? QStringLiteral("sha256:") + *entry.textSha256
                             : QStringLiteral("version:%1").arg(entry.checklistVersion)};
}

std::optional<double> spreadOf(const std::vector<OfficeRate> &offices)
{
    std::vector<double> rates;
    for (const OfficeRate &o : offices) {
        if (const auto r = o.counts.rate())
            rates.push_back(*r);
    }
    if (rates.size() < 2)
        return std::nullopt;
    const auto [lo, hi] = std::minmax_element(rates.begin(), rates.end());
    return *hi - *lo;
}

} // namespace

QStringList OfficeComparison::officeNames(const std::vector<StatsData> &files,
                                          const QStringList &fileNames)
{
    QStringList names;
    for (const StatsData &f : files)
        names.append(f.office);
    QStringList shown;
    for (qsizetype i = 0; i < names.size(); ++i) {
        shown.append(
            names.count(names[i]) > 1
                ? QStringLiteral("%1 (%2)").arg(names[i], QFileInfo(fileNames.value(i)).fileName())
                : names[i]);
    }
    return shown;
}

Comparison OfficeComparison::compare(const std::vector<StatsData> &files,
                                     const QStringList &fileNames, const QString &category)
{
    Comparison result;
    result.offices = officeNames(files, fileNames);
    result.category = category;
    result.alpha = kAlpha;
    std::map<Key, Collected> collected;
    for (size_t f = 0; f < files.size(); ++f) {
        for (const StatsItem &entry : entriesOf(files[f], category)) {
            Collected &c = collected[keyOf(entry)];
            c.item.checklistId = entry.checklistId;
            c.item.itemId = entry.itemId;
            c.item.versions.push_back(entry.checklistVersion);
            if (entry.text)
                c.item.text = entry.text;
            c.item.textSha256 = entry.textSha256;
            c.perFile[int(f)].add(entry.counts);
        }
    }
    std::map<std::pair<QString, QString>, int> wordings;
    for (const auto &[key, c] : collected)
        ++wordings[{key.checklistId, key.itemId}];
    for (auto &[key, c] : collected) {
        ComparedItem item = std::move(c.item);
        std::sort(item.versions.begin(), item.versions.end());
        item.versions.erase(std::unique(item.versions.begin(), item.versions.end()),
                            item.versions.end());
        item.wordingDiffers = wordings[{key.checklistId, key.itemId}] > 1;
        for (const auto &[file, counts] : c.perFile)
            item.offices.push_back({result.offices.at(file), counts});
        item.spread = spreadOf(item.offices);
        result.items.push_back(std::move(item));
    }
    test(&result);
    return result;
}

void OfficeComparison::test(Comparison *comparison)
{
    std::vector<double> pValues;
    std::vector<ComparedItem *> tested;
    for (ComparedItem &item : comparison->items) {
        std::vector<Counts> counts;
        for (const OfficeRate &o : item.offices)
            counts.push_back(o.counts);
        item.test = ChiSquare::homogeneity(counts);
        if (item.test) {
            pValues.push_back(item.test->pValue);
            tested.push_back(&item);
        }
    }
    const std::vector<double> adjusted = ChiSquare::holmAdjusted(pValues);
    for (size_t i = 0; i < tested.size(); ++i) {
        tested[i]->pAdjusted = adjusted[i];
        tested[i]->flagged = adjusted[i] < comparison->alpha;
    }
    comparison->tested = int(tested.size());
}

} // namespace tillsyn::stats
