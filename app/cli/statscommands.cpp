#include "cli.h"
#include "command.h"
#include "report/officeinfo.h"
#include "stats/officecomparison.h"
#include "stats/officestatistics.h"
#include "stats/statsexporter.h"
#include "stats/statsfile.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <utility>
#include <vector>

namespace tillsyn::cli {

namespace {

using Members = std::vector<std::pair<QString, QJsonValue>>;

// QJsonObject sorts its members by name; a statistics row reads better with its key first, so
// rows are written member by member (each value by QJsonDocument, for correct escaping).
QString valueText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString orderedJson(const std::vector<Members> &rows)
{
    if (rows.empty())
        return QStringLiteral("[\n]\n");
    QStringList objects;
    for (const Members &row : rows) {
        QStringList members;
        for (const auto &[name, value] : row)
            members.append(QStringLiteral("        ") + valueText(name) + QStringLiteral(": ") +
                           valueText(value));
        objects.append(QStringLiteral("    {\n") + members.join(QStringLiteral(",\n")) +
                       QStringLiteral("\n    }"));
    }
    return QStringLiteral("[\n") + objects.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double> &rate)
{
    // In the language's own way: "17,6 %" in Swedish.
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("–");
}

class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::StatsCommands)

public:
    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("stats"),
                     tr("Deviation statistics of the visits merged into this office database."),
                     {},
                     &StatsCommands::statsOptions,
                     &StatsCommands::stats});
        c.push_back({QStringLiteral("stats export"),
                     tr("Write this office's anonymised statistics for other offices."),
                     {},
                     &StatsCommands::exportOptions,
                     &StatsCommands::exportStats});
        c.push_back(
            {QStringLiteral("stats compare"), tr("Compare offices' statistics files item by item."),
             QStringLiteral("FILE..."), &StatsCommands::compareOptions, &StatsCommands::compare});
    }

private:
    // ---- options -------------------------------------------------------------------------

    static void periodOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("from"),
                     tr("The first day, YYYY-MM-DD (local time; default: the first visit)."),
                     QStringLiteral("DATE")});
        p.addOption({QStringLiteral("to"), tr("The last day, included (default: the last visit)."),
                     QStringLiteral("DATE")});
    }

    static void statsOptions(QCommandLineParser &p)
    {
        p.setApplicationDescription(
            tr("Deviation statistics of the visits merged into this office database: the "
               "current revision of every visit that is not in conflict. Per group: visits, "
               "checked (answers ok or deviation), deviations, rate = deviations / checked "
               "(null when nothing was checked), notChecked and notApplicable. Grouped by "
               "category or kind, the rows also give the time spent per visit: timedVisits, "
               "minutesMedian and minutesMean (visits with 0 minutes have no time recorded and "
               "are left out of these), chargeableShare (chargeable minutes / all minutes) and "
               "activities: per activity (preparation, travel, inspection, sampling, reporting, "
               "other) minutesMedian and minutesMean over the timed visits, 0 for a visit that "
               "spent none on it. Grouped by item, the rows also tell how the deviations were "
               "followed up: withDeadline, correctedByDeadline, shareCorrectedByDeadline "
               "(null without deadlines), corrected and medianDaysToCorrection (from the visit "
               "that found it to the visit or closure by hand that closed it). --by office gives "
               "one row for all the visits selected, with all of these; a county member "
               "reading a pool on PostgreSQL (no --office) gets one row per office, with its "
               "code as office."));
        p.addOption({QStringLiteral("by"),
                     tr("Group by item (default), section, checklist, category, month, kind, "
                        "control-area (the food control reporting area) or office."),
                     QStringLiteral("GROUP")});
        periodOptions(p);
        p.addOption({QStringLiteral("checklist"), tr("Only visits with this checklist."),
                     QStringLiteral("ID")});
        p.addOption({QStringLiteral("area"),
                     tr("Only checklists of this area: food, health or environment."),
                     QStringLiteral("AREA")});
        p.addOption({QStringLiteral("category"),
                     tr("Only facilities of this category (exactly as written)."),
                     QStringLiteral("CATEGORY")});
        p.addOption({QStringLiteral("kind"),
                     tr("Only visits of this kind: planned, follow_up, complaint, incident or "
                        "other."),
                     QStringLiteral("KIND")});
        p.addOption({QStringLiteral("inspector"),
                     tr("Only visits by an inspector whose name contains this (any case)."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    }

    static void exportOptions(QCommandLineParser &p)
    {
        p.setApplicationDescription(
            tr("Write this office's anonymised statistics (format tillsyn-stats, version 1) "
               "for comparison with other offices: counts per checklist version and item, per "
               "item and facility category, per category and per month. No facility, person or "
               "free text: item wordings come from the office's published checklists only, and "
               "groups of fewer than 5 visits are left out."));
        p.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
        p.addOption({QStringLiteral("office"),
                     tr("The office's name in the file (default: the name set with "
                        "tillsyn-cli office --name)."),
                     QStringLiteral("NAME")});
        periodOptions(p);
    }

    static void compareOptions(QCommandLineParser &p)
    {
        p.setApplicationDescription(
            tr("Compare two or more offices' statistics files (from tillsyn-cli stats export) "
               "item by item: each office's deviation rate side by side and the spread (largest "
               "minus smallest rate). Items match by checklist id and item id where the "
               "published wording is the same (whatever the version); an item whose wording "
               "differs is compared per wording, and the output says so.\n\n"
               "The test: Pearson's chi-square test of homogeneity on the table of deviations "
               "and ok answers per office (df = offices − 1; for two offices the same as the "
               "two-proportion z-test), run only where every expected count is at least 1 and "
               "at most a fifth of them are below 5. The p-values of all items tested are "
               "corrected with Holm–Bonferroni; an item whose corrected p-value is below 0.05 "
               "is flagged \"likely different interpretation\"."));
        p.addOption({QStringLiteral("category"),
                     tr("Compare the counts of this facility category only."),
                     QStringLiteral("CATEGORY")});
        p.addOption({QStringLiteral("json"), tr("Print the comparison as JSON.")});
    }

    // ---- option values -------------------------------------------------------------------

    static stats::StatsFilter filter(const QCommandLineParser &p)
    {
        stats::StatsFilter f;
        std::tie(f.from, f.to) = Cli::period(p);
        f.checklistId = p.value(QStringLiteral("checklist"));
        if (p.isSet(QStringLiteral("area"))) {
            domain::Area area;
            if (!domain::areaFromString(p.value(QStringLiteral("area")), &area))
                throw UsageError(tr("--area must be food, health or environment"));
            f.area = area;
        }
        if (p.isSet(QStringLiteral("category")))
            f.category = p.value(QStringLiteral("category"));
        if (p.isSet(QStringLiteral("kind"))) {
            domain::VisitKind kind;
            if (!domain::fromString(p.value(QStringLiteral("kind")), &kind))
                throw UsageError(
                    tr("--kind must be planned, follow_up, complaint, incident or other"));
            f.kind = kind;
        }
        f.inspector = p.value(QStringLiteral("inspector"));
        return f;
    }

    // ---- stats ---------------------------------------------------------------------------

    static Members keyMembers(stats::Grouping by, const stats::GroupRow &r)
    {
        switch (by) {
        case stats::Grouping::Item:
            return {{QStringLiteral("checklistId"), r.checklistId},
                    {QStringLiteral("itemId"), r.itemId},
                    {QStringLiteral("text"), r.text}};
        case stats::Grouping::Section:
            return {{QStringLiteral("checklistId"), r.checklistId},
                    {QStringLiteral("section"), r.section}};
        case stats::Grouping::Checklist:
            return {{QStringLiteral("checklistId"), r.checklistId},
                    {QStringLiteral("title"), r.title}};
        case stats::Grouping::Category:
            return {{QStringLiteral("category"), r.category}};
        case stats::Grouping::Month:
            return {{QStringLiteral("month"), r.month}};
        case stats::Grouping::Kind:
            return {{QStringLiteral("kind"), r.kind}};
        case stats::Grouping::ControlArea:
            return {{QStringLiteral("controlArea"), r.controlArea},
                    {QStringLiteral("name"), r.text}};
        case stats::Grouping::Office:
            return {};
        }
        return {};
    }

    static bool timed(stats::Grouping by)
    {
        return by == stats::Grouping::Kind || by == stats::Grouping::Category ||
               by == stats::Grouping::Office;
    }

    static bool followedUp(stats::Grouping by)
    {
        return by == stats::Grouping::Item || by == stats::Grouping::Office;
    }

    static QJsonObject activitiesJson(const stats::ActivityTime &t)
    {
        QJsonObject out;
        const auto &all = domain::allActivities();
        for (size_t a = 0; a < all.size(); ++a)
            out.insert(domain::toString(all[a]),
                       QJsonObject{{QStringLiteral("minutesMedian"),
                                    optionalNumber(t.activities[a].median)},
                                   {QStringLiteral("minutesMean"),
                                    optionalNumber(t.activities[a].mean)}});
        return out;
    }

    static Members rowMembers(stats::Grouping by, const stats::GroupRow &r)
    {
        Members m = keyMembers(by, r);
        // Only rows of a county's several offices name theirs.
        if (!r.office.isEmpty())
            m.insert(m.begin(), Members::value_type{QStringLiteral("office"), r.office});
        const Members counts{{QStringLiteral("visits"), r.counts.visits},
                             {QStringLiteral("checked"), r.counts.checked},
                             {QStringLiteral("deviations"), r.counts.deviations},
                             {QStringLiteral("rate"), optionalNumber(r.counts.rate())},
                             {QStringLiteral("notChecked"), r.counts.notChecked},
                             {QStringLiteral("notApplicable"), r.counts.notApplicable}};
        m.insert(m.end(), counts.begin(), counts.end());
        if (timed(by)) {
            m.push_back({QStringLiteral("timedVisits"), r.time.timedVisits});
            m.push_back({QStringLiteral("minutesMedian"), optionalNumber(r.time.median)});
            m.push_back({QStringLiteral("minutesMean"), optionalNumber(r.time.mean)});
            m.push_back({QStringLiteral("chargeableShare"),
                         optionalNumber(r.activityTime.chargeableShare())});
            m.push_back({QStringLiteral("activities"), activitiesJson(r.activityTime)});
        }
        if (followedUp(by)) {
            const stats::FollowUpCounts &f = r.followUp;
            m.push_back({QStringLiteral("withDeadline"), f.withDeadline});
            m.push_back({QStringLiteral("correctedByDeadline"), f.correctedByDeadline});
            m.push_back({QStringLiteral("shareCorrectedByDeadline"),
                         optionalNumber(f.shareByDeadline())});
            m.push_back({QStringLiteral("corrected"), f.corrected});
            m.push_back({QStringLiteral("medianDaysToCorrection"), optionalNumber(f.medianDays())});
        }
        return m;
    }

    static QString keyText(stats::Grouping by, const stats::GroupRow &r)
    {
        if (by == stats::Grouping::Office)
            return r.office.isEmpty() ? tr("the office") : tr("office %1").arg(r.office);
        QStringList parts;
        for (const auto &[name, value] : keyMembers(by, r))
            parts.append(value.toString().isEmpty() ? tr("(none)") : value.toString());
        return parts.join(QStringLiteral(" · "));
    }

    static void printTable(Cli &cli, stats::Grouping by, const std::vector<stats::GroupRow> &rows)
    {
        const bool withTime = timed(by);
        const bool withFollowUp = followedUp(by);
        cli.out() << tr("visits  checked  deviations    rate  not checked  not applicable")
                  << (withTime ? tr("  median min  mean min  chargeable") : QString())
                  << (withFollowUp ? tr("  by deadline  median days") : QString()) << "  "
                  << tr("group") << '\n';
        for (const stats::GroupRow &r : rows) {
            cli.out() << QString::number(r.counts.visits).rightJustified(6)
                      << QString::number(r.counts.checked).rightJustified(9)
                      << QString::number(r.counts.deviations).rightJustified(12)
                      << percent(r.counts.rate()).rightJustified(8)
                      << QString::number(r.counts.notChecked).rightJustified(13)
                      << QString::number(r.counts.notApplicable).rightJustified(16);
            if (withTime)
                cli.out() << minutes(r.time.median).rightJustified(12)
                          << minutes(r.time.mean).rightJustified(10)
                          << percent(r.activityTime.chargeableShare()).rightJustified(12);
            if (withFollowUp)
                cli.out() << percent(r.followUp.shareByDeadline()).rightJustified(13)
                          << minutes(r.followUp.medianDays()).rightJustified(13);
            cli.out() << "  " << keyText(by, r) << '\n';
        }
        if (rows.empty())
            cli.out() << tr("No visits match.") << '\n';
    }

    static QString minutes(const std::optional<double> &m)
    {
        return m ? QLocale().toString(*m, 'f', 1) : QStringLiteral("–");
    }

    static int stats(Cli &cli, const QCommandLineParser &p)
    {
        stats::Grouping by = stats::Grouping::Item;
        if (p.isSet(QStringLiteral("by")) && !stats::fromString(p.value(QStringLiteral("by")), &by))
            throw UsageError(tr("--by must be item, section, checklist, category, month, kind, "
                                "control-area or office"));
        const stats::StatsFilter f = filter(p);
        const auto rows = stats::OfficeStatistics(cli.repository(p)).groups(by, f);
        if (p.isSet(QStringLiteral("json"))) {
            std::vector<Members> json;
            for (const stats::GroupRow &r : rows)
                json.push_back(rowMembers(by, r));
            cli.out() << orderedJson(json);
            cli.out().flush();
            return 0;
        }
        printTable(cli, by, rows);
        return 0;
    }

    // ---- export --------------------------------------------------------------------------

    static int exportStats(Cli &cli, const QCommandLineParser &p)
    {
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(tr("--out FILE is required"));
        const auto [from, to] = Cli::period(p);
        storage::OfficeRepository &db = cli.repository(p);
        const QString office = p.isSet(QStringLiteral("office"))
                                   ? p.value(QStringLiteral("office"))
                                   : report::OfficeInfo::load(db).name;
        if (office.trimmed().isEmpty())
            throw UsageError(tr("--office NAME is required: this database has no office name "
                                "(set one with tillsyn-cli office --name NAME)"));
        const stats::StatsData data = stats::StatsExporter(db).build(office, from, to);
        stats::StatsExporter::save(data, out);
        cli.out() << tr("%1: statistics of %2 to %3 written: %4 items, %5 categories, %6 "
                        "months (groups of fewer than %7 visits left out)")
                         .arg(out, data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate))
                         .arg(data.items.size())
                         .arg(data.categories.size())
                         .arg(data.months.size())
                         .arg(data.minimumGroupVisits)
                  << '\n';
        return 0;
    }

    // ---- compare -------------------------------------------------------------------------

    static std::optional<stats::StatsData> load(Cli &cli, const QString &path)
    {
        QFile file(path);
        try {
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("%1: cannot be read: %2").arg(path, file.errorString()));
            return stats::StatsFile::read(file.readAll(), path);
        } catch (const Error &e) {
            cli.err() << "tillsyn-cli stats compare: " << e.message() << '\n';
            return std::nullopt;
        }
    }

    static QJsonObject itemJson(const stats::ComparedItem &item)
    {
        QJsonArray versions, offices;
        for (int v : item.versions)
            versions.append(v);
        for (const stats::OfficeRate &o : item.offices)
            offices.append(QJsonObject{{QStringLiteral("office"), o.office},
                                       {QStringLiteral("visits"), o.counts.visits},
                                       {QStringLiteral("checked"), o.counts.checked},
                                       {QStringLiteral("deviations"), o.counts.deviations},
                                       {QStringLiteral("rate"), optionalNumber(o.counts.rate())}});
        const auto &t = item.test;
        return {{QStringLiteral("checklistId"), item.checklistId},
                {QStringLiteral("itemId"), item.itemId},
                {QStringLiteral("versions"), versions},
                {QStringLiteral("text"), item.text ? QJsonValue(*item.text) : QJsonValue()},
                {QStringLiteral("textSha256"),
                 item.textSha256 ? QJsonValue(*item.textSha256) : QJsonValue()},
                {QStringLiteral("wordingDiffers"), item.wordingDiffers},
                {QStringLiteral("offices"), offices},
                {QStringLiteral("spread"), optionalNumber(item.spread)},
                {QStringLiteral("chiSquare"), t ? QJsonValue(t->statistic) : QJsonValue()},
                {QStringLiteral("degreesOfFreedom"),
                 t ? QJsonValue(t->degreesOfFreedom) : QJsonValue()},
                {QStringLiteral("pValue"), t ? QJsonValue(t->pValue) : QJsonValue()},
                {QStringLiteral("pAdjusted"), optionalNumber(item.pAdjusted)},
                {QStringLiteral("flagged"), item.flagged}};
    }

    static QJsonObject comparisonJson(const stats::Comparison &c)
    {
        QJsonArray items;
        for (const stats::ComparedItem &item : c.items)
            items.append(itemJson(item));
        return {{QStringLiteral("offices"), QJsonArray::fromStringList(c.offices)},
                {QStringLiteral("category"),
                 c.category.isEmpty() ? QJsonValue() : QJsonValue(c.category)},
                {QStringLiteral("test"),
                 QStringLiteral("chi-square test of homogeneity, Holm-Bonferroni corrected")},
                {QStringLiteral("alpha"), c.alpha},
                {QStringLiteral("tested"), c.tested},
                {QStringLiteral("flagged"),
                 int(std::count_if(c.items.begin(), c.items.end(),
                                   [](const stats::ComparedItem &i) { return i.flagged; }))},
                {QStringLiteral("items"), items}};
    }

    static void printItem(Cli &cli, const stats::ComparedItem &item)
    {
        QStringList versions;
        for (int v : item.versions)
            versions.append(QString::number(v));
        cli.out() << item.checklistId << '/' << item.itemId << " ("
                  << tr("version %1").arg(versions.join(QStringLiteral(", "))) << ')'
                  << (item.text ? QStringLiteral(": ") + *item.text : QString()) << '\n';
        QStringList rates;
        for (const stats::OfficeRate &o : item.offices)
            rates.append(tr("%1 %2 (%3 of %4)")
                             .arg(o.office, percent(o.counts.rate()))
                             .arg(o.counts.deviations)
                             .arg(o.counts.checked));
        cli.out() << "  " << rates.join(QStringLiteral("  |  ")) << '\n';
        cli.out() << "  "
                  << (item.spread ? tr("spread %1 points").arg(QLocale().toString(*item.spread * 100.0, 'f', 1))
                                  : tr("no spread (fewer than two offices checked it)"));
        if (item.test)
            cli.out() << "  "
                      << tr("chi² %1, df %2, p %3, Holm-adjusted p %4")
                             .arg(QLocale().toString(item.test->statistic, 'f', 2))
                             .arg(item.test->degreesOfFreedom)
                             .arg(QLocale().toString(item.test->pValue, 'g', 3),
                                  QLocale().toString(*item.pAdjusted, 'g', 3));
        else if (item.offices.size() > 1)
            cli.out() << "  " << tr("not tested: too few answers or deviations");
        cli.out() << '\n';
        if (item.flagged)
            cli.out() << "  " << tr("LIKELY DIFFERENT INTERPRETATION") << '\n';
        if (item.wordingDiffers)
            cli.out() << "  "
                      << tr("The wording of this item differs between the files or versions: "
                            "each wording is compared on its own.")
                      << '\n';
    }

    static int compare(Cli &cli, const QCommandLineParser &p)
    {
        const QStringList paths = p.positionalArguments();
        if (paths.size() < 2)
            throw UsageError(tr("give at least two statistics files"));
        std::vector<stats::StatsData> files;
        bool failed = false;
        for (const QString &path : paths) {
            auto data = load(cli, path);
            failed = failed || !data;
            if (data)
                files.push_back(std::move(*data));
        }
        if (failed)
            return 1;
        const stats::Comparison c =
            stats::OfficeComparison::compare(files, paths, p.value(QStringLiteral("category")));
        if (p.isSet(QStringLiteral("json"))) {
            cli.printJson(comparisonJson(c));
            return 0;
        }
        cli.out() << tr("Offices: %1").arg(c.offices.join(QStringLiteral(", "))) << '\n';
        if (!c.category.isEmpty())
            cli.out() << tr("Facility category: %1").arg(c.category) << '\n';
        cli.out() << '\n';
        for (const stats::ComparedItem &item : c.items)
            printItem(cli, item);
        const auto flagged = std::count_if(c.items.begin(), c.items.end(),
                                           [](const stats::ComparedItem &i) { return i.flagged; });
        cli.out() << '\n'
                  << tr("%1 items, %2 tested, %3 flagged as likely different interpretation "
                        "(chi-square test, Holm-Bonferroni, alpha 0.05)")
                         .arg(c.items.size())
                         .arg(c.tested)
                         .arg(flagged)
                  << '\n';
        return 0;
    }
};

} // namespace

void addStatsCommands(CommandList &commands)
{
    StatsCommands::add(commands);
}

} // namespace tillsyn::cli
