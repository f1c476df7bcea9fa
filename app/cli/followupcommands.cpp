#include "cli.h"
#include "command.h"
#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "merge/officedeviations.h"
#include "reference/followupsfile.h"
#include "report/deviationscsv.h"
#include "stats/followupstats.h"
#include "storage/database.h"
#include "util/safetext.h"

namespace tillsyn::cli {

namespace {

using namespace tillsyn::domain;

// Follow-up of deviations (issue 17): on the laptop `visit follow-up` and `followups`; in the
// office `deviations` and `close-deviation`.
class FollowUpCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::FollowUpCommands)

public:
    static QString required(const QCommandLineParser &p, const QString &option)
    {
        const QString v = p.value(option);
        if (v.trimmed().isEmpty())
            throw UsageError(tr("--%1 is required").arg(option));
        return v;
    }

    static int followUp(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        FollowUp f;
        f.visitId = required(p, QStringLiteral("of"));
        f.itemId = required(p, QStringLiteral("item"));
        if (!fromString(required(p, QStringLiteral("status")), &f.status))
            throw UsageError(tr("--status must be corrected, remains or not_checked"));
        f.comment = p.value(QStringLiteral("comment"));
        field::VisitLifecycle(cli.database(p)).setFollowUp(visitId, f);
        return 0;
    }

    static int followUps(Cli &cli, const QCommandLineParser &p)
    {
        const QString facility = required(p, QStringLiteral("facility"));
        const auto open = field::VisitLifecycle(cli.database(p)).openDeviations(facility);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Deviation &d : open)
                array.append(reference::FollowUpsFile::toJson(d));
            cli.printJson(array);
            return 0;
        }
        const QDate today = QDate::currentDate();
        // Ids, texts and comments come from visit files: escaped, so a newline or a direction
        // override in them cannot fake lines or columns of this output.
        for (const Deviation &d : open)
            cli.out() << escapeControls(d.visitId) << '\t' << escapeControls(d.itemId) << '\t'
                      << d.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) << '\t'
                      << (d.deadline ? deadlineText(*d.deadline) : QStringLiteral("-"))
                      << (d.deadline && *d.deadline < today ? QStringLiteral(" ") + tr("(overdue)")
                                                            : QString())
                      << '\t' << escapeControls(d.text)
                      << (d.comment.isEmpty() ? QString()
                                              : QStringLiteral(" — ") + escapeControls(d.comment))
                      << '\n';
        return 0;
    }

    static QJsonObject deviationJson(const merge::DeviationState &s)
    {
        const Deviation &d = s.deviation;
        QJsonValue closedBy;
        if (!s.closedByVisit.isEmpty())
            closedBy = QJsonObject{{QStringLiteral("visitId"), s.closedByVisit}};
        else if (s.closedByHand)
            closedBy = QJsonObject{
                {QStringLiteral("reason"), s.closedByHand->reason},
                {QStringLiteral("by"), s.closedByHand->closedBy},
                {QStringLiteral("at"), s.closedByHand->closedAt.toUTC().toString(Qt::ISODate)}};
        return {
            {QStringLiteral("facilityId"), d.facilityId},
            {QStringLiteral("visitId"), d.visitId},
            {QStringLiteral("revision"), d.revision},
            {QStringLiteral("itemId"), d.itemId},
            {QStringLiteral("text"), d.text},
            {QStringLiteral("comment"), d.comment},
            {QStringLiteral("finishedAt"), d.finishedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("deadline"),
             d.deadline ? QJsonValue(deadlineText(*d.deadline)) : QJsonValue()},
            {QStringLiteral("status"), s.open ? QStringLiteral("open") : QStringLiteral("closed")},
            {QStringLiteral("closedBy"), closedBy}};
    }

    static int deviations(Cli &cli, const QCommandLineParser &p)
    {
        auto states = merge::OfficeDeviations(cli.office(p)).all();
        const QDate today = QDate::currentDate();
        merge::DeviationFilter filter;
        filter.facilityId = p.value(QStringLiteral("facility"));
        filter.openOnly = p.isSet(QStringLiteral("open"));
        filter.overdueOnly = p.isSet(QStringLiteral("overdue"));
        std::erase_if(states,
                      [&](const merge::DeviationState &s) { return !filter.matches(s, today); });
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &s : states)
                array.append(deviationJson(s));
            cli.printJson(array);
            return 0;
        }
        for (const auto &s : states) {
            const Deviation &d = s.deviation;
            cli.out() << escapeControls(d.facilityId) << '\t' << escapeControls(d.visitId) << '\t'
                      << escapeControls(d.itemId) << '\t' << report::DeviationsCsv::status(s, today)
                      << '\t' << (d.deadline ? deadlineText(*d.deadline) : QStringLiteral("-"))
                      << '\t' << escapeControls(d.text) << '\n';
        }
        return 0;
    }

    static QJsonObject countsJson(const stats::FollowUpCounts &c)
    {
        const auto share = c.shareByDeadline();
        const auto median = c.medianDays();
        return {
            {QStringLiteral("deviations"), c.deviations},
            {QStringLiteral("withDeadline"), c.withDeadline},
            {QStringLiteral("correctedByDeadline"), c.correctedByDeadline},
            {QStringLiteral("shareCorrectedByDeadline"), share ? QJsonValue(*share) : QJsonValue()},
            {QStringLiteral("corrected"), c.corrected},
            {QStringLiteral("medianDaysToCorrection"),
             median ? QJsonValue(*median) : QJsonValue()}};
    }

    static QString countsText(const stats::FollowUpCounts &c)
    {
        const auto share = c.shareByDeadline();
        const auto median = c.medianDays();
        return tr("%1 deviations, %2 corrected by their deadline of %3 with one (%4), median %5 "
                  "days to correction")
            .arg(c.deviations)
            .arg(c.correctedByDeadline)
            .arg(c.withDeadline)
            // In the language's own way: "17,6 %" and "15,5" in Swedish.
            .arg(share ? QLocale().toString(*share * 100, 'f', 1) + QStringLiteral(" %")
                       : QStringLiteral("-"))
            .arg(median ? QLocale().toString(*median, 'f', 1) : QStringLiteral("-"));
    }

    static int followUpStats(Cli &cli, const QCommandLineParser &p)
    {
        const auto statistics =
            stats::followUpStatistics(merge::OfficeDeviations(cli.office(p)).all());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray items;
            for (const auto &row : statistics.items) {
                QJsonObject o = countsJson(row.counts);
                o.insert(QStringLiteral("checklistId"), row.checklistId);
                o.insert(QStringLiteral("itemId"), row.itemId);
                o.insert(QStringLiteral("text"), row.text);
                items.append(o);
            }
            cli.printJson(QJsonObject{{QStringLiteral("office"), countsJson(statistics.office)},
                                      {QStringLiteral("items"), items}});
            return 0;
        }
        cli.out() << tr("Office: %1").arg(countsText(statistics.office)) << '\n';
        for (const auto &row : statistics.items)
            cli.out() << row.checklistId << '\t' << row.itemId << '\t' << countsText(row.counts)
                      << '\t' << row.text << '\n';
        return 0;
    }

    static int closeDeviation(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const QString itemId = required(p, QStringLiteral("item"));
        const QString reason = required(p, QStringLiteral("reason"));
        merge::OfficeDeviations(cli.office(p))
            .close(visitId, itemId, reason, field::CurrentInspector::get().name);
        cli.out() << tr("The deviation \"%1\" of visit %2 is closed.").arg(itemId, visitId) << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back(
            {QStringLiteral("visit follow-up"),
             tr("Record what a visit found about an earlier visit's open deviation."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption(Cli::visitOption());
                 p.addOption({QStringLiteral("of"), tr("The earlier visit's id."),
                              QStringLiteral("VISIT")});
                 p.addOption({QStringLiteral("item"), tr("The item of the earlier deviation."),
                              QStringLiteral("ITEM")});
                 p.addOption({QStringLiteral("status"), tr("corrected, remains or not_checked."),
                              QStringLiteral("STATUS")});
                 p.addOption(
                     {QStringLiteral("comment"), tr("What was seen."), QStringLiteral("TEXT")});
             },
             &FollowUpCommands::followUp});
        c.push_back({QStringLiteral("followups"),
                     tr("List the open deviations this computer knows for a facility."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("facility"), tr("The facility's id."),
                                      QStringLiteral("ID")});
                         p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
                     },
                     &FollowUpCommands::followUps});
        c.push_back({QStringLiteral("deviations"),
                     tr("List the office's deviations, open and closed."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("facility"),
                                      tr("Only this facility's deviations."),
                                      QStringLiteral("ID")});
                         p.addOption({QStringLiteral("open"), tr("Only open deviations.")});
                         p.addOption({QStringLiteral("overdue"),
                                      tr("Only open deviations past their deadline.")});
                         p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
                     },
                     &FollowUpCommands::deviations});
        c.push_back({QStringLiteral("close-deviation"),
                     tr("Close an open deviation by hand, with a reason."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("item"), tr("The item's id."),
                                      QStringLiteral("ITEM")});
                         p.addOption({QStringLiteral("reason"), tr("Why it is closed."),
                                      QStringLiteral("TEXT")});
                     },
                     &FollowUpCommands::closeDeviation});
        c.push_back({QStringLiteral("stats follow-up"),
                     tr("How deviations were followed up: the share corrected by their deadline "
                        "and the median days to correction, per item and for the office."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("json"), tr("Print JSON.")});
                     },
                     &FollowUpCommands::followUpStats});
    }
};

} // namespace

void addFollowUpCommands(CommandList &commands)
{
    FollowUpCommands::add(commands);
}

} // namespace tillsyn::cli
