#include "cli.h"
#include "command.h"
#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "reference/checklistsuggestion.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/facilitystore.h"
#include "storage/visitstore.h"
#include "util/error.h"

#include <QFile>

namespace tillsyn::cli {

namespace {

using namespace tillsyn::domain;

class VisitCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::VisitCommands)

public:
    static QString required(const QCommandLineParser &p, const QString &option)
    {
        const QString v = p.value(option);
        if (v.isEmpty())
            throw UsageError(tr("--%1 is required").arg(option));
        return v;
    }

    static int intOption(const QCommandLineParser &p, const QString &option)
    {
        bool ok = false;
        const int v = required(p, option).toInt(&ok);
        if (!ok)
            throw UsageError(tr("--%1 must be a whole number").arg(option));
        return v;
    }

    // The checklist the office's reference data names for the facility's category.
    static QString suggestedChecklist(storage::Database &db, const QString &facilityId)
    {
        const auto facility = storage::FacilityStore(db).find(facilityId);
        if (!facility)
            return {}; // start() says the facility is unknown
        const auto checklists = storage::ChecklistStore(db).latestVersions();
        const int i = reference::suggestChecklist(checklists, *facility);
        if (i < 0)
            throw Error(tr("No checklist is meant for the category \"%1\" of facility %2: "
                           "give --checklist ID.")
                            .arg(facility->category, facilityId));
        return checklists[size_t(i)].id;
    }

    static int start(Cli &cli, const QCommandLineParser &p)
    {
        field::StartRequest request;
        request.facilityId = required(p, QStringLiteral("facility"));
        if (p.isSet(QStringLiteral("checklist")))
            request.checklistId = required(p, QStringLiteral("checklist"));
        else
            request.checklistId = suggestedChecklist(cli.database(p), request.facilityId);
        if (p.isSet(QStringLiteral("checklist-version")))
            request.checklistVersion = intOption(p, QStringLiteral("checklist-version"));
        if (p.isSet(QStringLiteral("kind")) &&
            !fromString(p.value(QStringLiteral("kind")), &request.kind))
            throw UsageError(tr("--kind must be planned, follow_up, complaint, incident or other"));
        request.announced = !p.isSet(QStringLiteral("unannounced"));
        request.caseNumber = p.value(QStringLiteral("case"));
        const QStringList names = p.values(QStringLiteral("inspector"));
        if (names.isEmpty())
            request.inspectors.push_back(field::CurrentInspector::get());
        for (const QString &name : names)
            request.inspectors.push_back(field::CurrentInspector::fromName(name));
        cli.out() << field::VisitLifecycle(cli.database(p)).start(request) << '\n';
        return 0;
    }

    static int answer(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const QString itemId = required(p, QStringLiteral("item"));
        Result result;
        if (!fromString(required(p, QStringLiteral("result")), &result))
            throw UsageError(tr("--result must be ok, deviation, not_checked or not_applicable"));
        std::optional<QDate> deadline;
        if (p.isSet(QStringLiteral("deadline"))) {
            if (result != Result::Deviation)
                throw UsageError(tr("--deadline is only for --result deviation"));
            deadline = parseDeadline(p.value(QStringLiteral("deadline")));
            if (!deadline)
                throw UsageError(tr("--deadline must be a date written YYYY-MM-DD"));
        }
        field::VisitLifecycle visits(cli.database(p));
        if (p.isSet(QStringLiteral("comment")))
            visits.setAnswer(visitId, itemId, result, p.value(QStringLiteral("comment")));
        else
            visits.setResult(visitId, itemId, result);
        if (deadline)
            visits.setDeadline(visitId, itemId, deadline);
        return 0;
    }

    static int photo(Cli &cli, const QCommandLineParser &p)
    {
        const QString id =
            field::VisitLifecycle(cli.database(p))
                .addPhoto(required(p, QStringLiteral("visit")), required(p, QStringLiteral("item")),
                          required(p, QStringLiteral("file")), p.value(QStringLiteral("caption")));
        cli.out() << id << '\n';
        return 0;
    }

    static int time(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const int minutes = intOption(p, QStringLiteral("minutes"));
        Activity activity = Activity::Inspection;
        if (p.isSet(QStringLiteral("activity")) &&
            !fromString(p.value(QStringLiteral("activity")), &activity))
            throw UsageError(tr("--activity must be preparation, travel, inspection, sampling, "
                                "reporting or other"));
        field::VisitLifecycle(cli.database(p))
            .setTime(visitId, activity, minutes, !p.isSet(QStringLiteral("not-chargeable")));
        return 0;
    }

    static int caseNumber(Cli &cli, const QCommandLineParser &p)
    {
        if (!p.isSet(QStringLiteral("number")))
            throw UsageError(tr("--%1 is required").arg(QStringLiteral("number")));
        field::VisitLifecycle(cli.database(p))
            .setCaseNumber(required(p, QStringLiteral("visit")), p.value(QStringLiteral("number")));
        return 0;
    }

    static int sign(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const QString name = required(p, QStringLiteral("name"));
        const bool declined = p.isSet(QStringLiteral("declined"));
        if (declined == p.isSet(QStringLiteral("image")))
            throw UsageError(tr("give either --image or --declined"));
        QByteArray png;
        if (!declined) {
            const QString path = p.value(QStringLiteral("image"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
            png = file.read(2 * 1024 * 1024);
        }
        std::optional<QString> comment;
        if (p.isSet(QStringLiteral("comment")))
            comment = p.value(QStringLiteral("comment"));
        field::VisitLifecycle(cli.database(p))
            .sign(visitId, name, p.value(QStringLiteral("role")), png, declined, comment);
        return 0;
    }

    static int finish(Cli &cli, const QCommandLineParser &p)
    {
        field::VisitLifecycle visits(cli.database(p));
        const QString visitId = required(p, QStringLiteral("visit"));
        const field::FinishCheck check = visits.check(visitId);
        for (const Answer &a : check.unanswered)
            cli.err() << tr("warning: unanswered: %1 %2").arg(a.itemId, a.text) << '\n';
        for (const Answer &a : check.deviationsWithoutComment)
            cli.err() << tr("warning: deviation without a comment: %1 %2").arg(a.itemId, a.text)
                      << '\n';
        const int revision = visits.finish(visitId);
        cli.out() << tr("Visit %1 finished as revision %2.").arg(visitId).arg(revision) << '\n';
        return 0;
    }

    static int reopen(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const int revision = field::VisitLifecycle(cli.database(p)).reopen(visitId);
        cli.out() << tr("Visit %1 reopened as draft revision %2.").arg(visitId).arg(revision)
                  << '\n';
        return 0;
    }

    static QJsonObject showJson(const Visit &v)
    {
        QJsonArray items;
        for (const Answer &a : v.answers) {
            items.append(
                QJsonObject{{QStringLiteral("itemId"), a.itemId},
                            {QStringLiteral("result"),
                             a.result ? QJsonValue(toString(*a.result)) : QJsonValue()},
                            {QStringLiteral("comment"), a.comment},
                            {QStringLiteral("photoIds"), QJsonArray::fromStringList(a.photoIds)}});
        }
        QJsonArray photos;
        for (const Photo &ph : v.photos)
            photos.append(QJsonObject{{QStringLiteral("id"), ph.id},
                                      {QStringLiteral("sha256"), ph.sha256},
                                      {QStringLiteral("bytes"), ph.bytes}});
        return {{QStringLiteral("visitId"), v.visitId},
                {QStringLiteral("revision"), v.revision},
                {QStringLiteral("baseRevision"), v.baseRevision},
                {QStringLiteral("status"), toString(v.status)},
                {QStringLiteral("minutesSpent"), v.minutesSpent},
                {QStringLiteral("items"), items},
                {QStringLiteral("photos"), photos}};
    }

    static int show(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = required(p, QStringLiteral("visit"));
        const int revision =
            p.isSet(QStringLiteral("revision")) ? intOption(p, QStringLiteral("revision")) : 0;
        const auto v = storage::VisitStore(cli.database(p)).load(visitId, revision);
        if (!v)
            throw Error(revision ? tr("Visit %1 has no revision %2.").arg(visitId).arg(revision)
                                 : tr("Unknown visit \"%1\".").arg(visitId));
        if (p.isSet(QStringLiteral("json"))) {
            cli.printJson(showJson(*v));
            return 0;
        }
        cli.out() << v->facility.name << " — " << v->checklist.title << '\n'
                  << tr("Visit %1, revision %2 (%3), %4 of %5 answered, %6, %7 min")
                         .arg(v->visitId)
                         .arg(v->revision)
                         .arg(displayName(v->status))
                         .arg(v->answeredCount())
                         .arg(v->answers.size())
                         .arg(tr("%n deviation(s)", nullptr, v->deviationCount()))
                         .arg(v->minutesSpent)
                  << '\n';
        for (const Answer &a : v->answers)
            cli.out() << "  " << a.itemId.leftJustified(14) << ' '
                      << (a.result ? toString(*a.result) : QStringLiteral("-")).leftJustified(15)
                      << ' ' << a.text
                      << (a.comment.isEmpty() ? QString() : QStringLiteral(" — ") + a.comment)
                      << '\n';
        return 0;
    }

    static int officeList(Cli &cli, const QCommandLineParser &p)
    {
        // --facility narrows the list in both forms.
        storage::VisitFilter filter;
        filter.facilityId = p.value(QStringLiteral("facility"));
        const auto visits = cli.repository(p).visitSummaries(filter);
        // A county member reading a pool lists several offices' visits: each names its office.
        QSet<QString> offices;
        for (const auto &v : visits)
            offices.insert(v.office);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &v : visits) {
                QJsonArray revisions;
                for (int r : v.revisions)
                    revisions.append(r);
                QJsonObject object{{QStringLiteral("visitId"), v.visitId},
                                   {QStringLiteral("revision"), v.revision},
                                   {QStringLiteral("status"), v.inConflict
                                                                  ? QStringLiteral("conflict")
                                                                  : QStringLiteral("ok")},
                                   {QStringLiteral("revisions"), revisions},
                                   {QStringLiteral("facilityId"), v.facilityId},
                                   {QStringLiteral("facilityName"), v.facilityName},
                                   {QStringLiteral("checklistId"), v.checklistId},
                                   {QStringLiteral("finishedAt"),
                                    v.finishedAt.toString(Qt::ISODate)},
                                   {QStringLiteral("deviations"), v.deviations}};
                if (offices.size() > 1)
                    object.insert(QStringLiteral("office"), v.office);
                array.append(object);
            }
            cli.printJson(array);
            return 0;
        }
        for (const auto &v : visits)
            cli.out() << (offices.size() > 1 ? v.office + u'\t' : QString()) << v.visitId
                      << '\t' << tr("r%1").arg(v.revision) << '\t'
                      << (v.inConflict ? QStringLiteral("conflict") : QStringLiteral("ok")) << '\t'
                      << v.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) << '\t'
                      << v.facilityName << '\t' << v.checklistTitle << '\t'
                      << tr("%1 deviation(s)").arg(v.deviations) << '\n';
        return 0;
    }

    static int list(Cli &cli, const QCommandLineParser &p)
    {
        // An office database (a server, or a file that has merged visits) lists the merged
        // visits.
        if (storage::OfficeRepository::isServerLocator(p.value(QStringLiteral("db"))) ||
            cli.repository(p).hasVisits())
            return officeList(cli, p);
        storage::VisitStore store(cli.database(p));
        const auto visits = store.list(p.value(QStringLiteral("facility")));
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &s : visits) {
                QJsonArray revisions;
                for (int r : store.revisions(s.visitId))
                    revisions.append(r);
                array.append(QJsonObject{
                    {QStringLiteral("visitId"), s.visitId},
                    {QStringLiteral("revision"), s.revision},
                    {QStringLiteral("baseRevision"), s.baseRevision},
                    {QStringLiteral("status"), toString(s.status)},
                    {QStringLiteral("revisions"), revisions},
                    {QStringLiteral("facilityId"), s.facilityId},
                    {QStringLiteral("facilityName"), s.facilityName},
                    {QStringLiteral("checklistId"), s.checklistId},
                    {QStringLiteral("kind"), toString(s.kind)},
                    {QStringLiteral("startedAt"), s.startedAt.toString(Qt::ISODate)},
                    {QStringLiteral("finishedAt"),
                     s.finishedAt.isValid() ? QJsonValue(s.finishedAt.toString(Qt::ISODate))
                                            : QJsonValue()},
                    {QStringLiteral("answered"), s.answered},
                    {QStringLiteral("items"), s.items},
                    {QStringLiteral("deviations"), s.deviations}});
            }
            cli.printJson(array);
            return 0;
        }
        for (const auto &s : visits)
            cli.out() << s.visitId << '\t' << tr("r%1").arg(s.revision) << '\t'
                      << toString(s.status) << '\t'
                      << s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      << '\t' << s.facilityName << '\t' << s.checklistTitle << '\t'
                      << tr("%1/%2 answered, %3")
                             .arg(s.answered)
                             .arg(s.items)
                             .arg(tr("%n deviation(s)", nullptr, s.deviations))
                      << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back(
            {QStringLiteral("visit start"),
             tr("Start a visit; prints the new visit's id."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption(
                     {QStringLiteral("facility"), tr("The facility's id."), QStringLiteral("ID")});
                 p.addOption({QStringLiteral("checklist"),
                              tr("The checklist's id (default: the one meant for the "
                                 "facility's category)."),
                              QStringLiteral("ID")});
                 p.addOption({QStringLiteral("checklist-version"),
                              tr("A checklist version (default: the newest)."),
                              QStringLiteral("N")});
                 p.addOption({QStringLiteral("kind"),
                              tr("planned (default), follow_up, complaint, incident or other."),
                              QStringLiteral("KIND")});
                 p.addOption({QStringLiteral("unannounced"), tr("The visit was not announced.")});
                 p.addOption({QStringLiteral("inspector"),
                              tr("An inspector's name; repeat for colleagues (default: the "
                                 "current user)."),
                              QStringLiteral("NAME")});
                 p.addOption({QStringLiteral("case"),
                              tr("The case number (diarienummer) in the case system."),
                              QStringLiteral("NUMBER")});
             },
             &VisitCommands::start});
        c.push_back({QStringLiteral("visit answer"),
                     tr("Answer one item of a draft visit."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("item"), tr("The item's id."),
                                      QStringLiteral("ITEM")});
                         p.addOption({QStringLiteral("result"),
                                      tr("ok, deviation, not_checked or not_applicable."),
                                      QStringLiteral("R")});
                         p.addOption({QStringLiteral("comment"), tr("What was seen."),
                                      QStringLiteral("TEXT")});
                         p.addOption({QStringLiteral("deadline"),
                                      tr("With --result deviation: the date it must be "
                                         "corrected by."),
                                      QStringLiteral("YYYY-MM-DD")});
                     },
                     &VisitCommands::answer});
        c.push_back(
            {QStringLiteral("visit photo"),
             tr("Attach a photo to an item; prints the photo's id."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption(Cli::visitOption());
                 p.addOption(
                     {QStringLiteral("item"), tr("The item's id."), QStringLiteral("ITEM")});
                 p.addOption(
                     {QStringLiteral("file"), tr("A JPEG or PNG image."), QStringLiteral("IMG")});
                 p.addOption({QStringLiteral("caption"), tr("A caption."), QStringLiteral("TEXT")});
             },
             &VisitCommands::photo});
        c.push_back({QStringLiteral("visit time"),
                     tr("Set the minutes spent on one activity of a visit."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("activity"),
                                      tr("preparation, travel, inspection (default), sampling, "
                                         "reporting or other."),
                                      QStringLiteral("ACTIVITY")});
                         p.addOption({QStringLiteral("minutes"), tr("Minutes spent."),
                                      QStringLiteral("N")});
                         p.addOption({QStringLiteral("not-chargeable"),
                                      tr("The time is not charged to the operator.")});
                     },
                     &VisitCommands::time});
        c.push_back({QStringLiteral("visit case"),
                     tr("Set a draft visit's case number (an empty number removes it)."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("number"),
                                      tr("The case number (diarienummer) in the case system."),
                                      QStringLiteral("NUMBER")});
                     },
                     &VisitCommands::caseNumber});
        c.push_back({QStringLiteral("visit sign"),
                     tr("Record the operator's signature, or that the operator declined to "
                        "sign."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("name"), tr("The operator's name."),
                                      QStringLiteral("NAME")});
                         p.addOption({QStringLiteral("role"), tr("The operator's role."),
                                      QStringLiteral("ROLE")});
                         p.addOption({QStringLiteral("image"), tr("The signature as a PNG image."),
                                      QStringLiteral("FILE.png")});
                         p.addOption({QStringLiteral("declined"),
                                      tr("The operator declined to sign.")});
                         p.addOption({QStringLiteral("comment"), tr("The operator's comment."),
                                      QStringLiteral("TEXT")});
                     },
                     &VisitCommands::sign});
        c.push_back({QStringLiteral("visit finish"),
                     tr("Finish the draft as a numbered revision (warnings on stderr)."),
                     {},
                     [](QCommandLineParser &p) { p.addOption(Cli::visitOption()); },
                     &VisitCommands::finish});
        c.push_back({QStringLiteral("visit reopen"),
                     tr("Reopen a finished visit as the next draft revision."),
                     {},
                     [](QCommandLineParser &p) { p.addOption(Cli::visitOption()); },
                     &VisitCommands::reopen});
        c.push_back({QStringLiteral("visit show"),
                     tr("Show a visit's current revision."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption({QStringLiteral("revision"), tr("An earlier revision."),
                                      QStringLiteral("N")});
                         p.addOption({QStringLiteral("json"), tr("Print JSON.")});
                     },
                     &VisitCommands::show});
        c.push_back({QStringLiteral("visits"),
                     tr("List visits with status and revision."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("facility"),
                                      tr("Only this facility's visits."), QStringLiteral("ID")});
                         p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
                     },
                     &VisitCommands::list});
    }
};

} // namespace

void addVisitCommands(CommandList &commands)
{
    VisitCommands::add(commands);
}

} // namespace tillsyn::cli
