#include "cli.h"
#include "command.h"
#include "planning/duevisits.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QDate>
#include <QLocale>

namespace tillsyn::cli {

namespace {

// The due list (issue 19): the yearly control time of each facility against the time spent.
class PlanningCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::PlanningCommands)

public:
    static int year(const QCommandLineParser &p)
    {
        if (!p.isSet(QStringLiteral("year")))
            return QDate::currentDate().year();
        bool ok = false;
        const int y = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || y < 1900 || y > 9999 || p.value(QStringLiteral("year")).size() != 4)
            throw UsageError(tr("--year must be a year such as 2026"));
        return y;
    }

    // --db names a field database (its facilities and its own finished visits), an office
    // database or an office's PostgreSQL server (the merged visits).
    static std::vector<planning::DueRow> rows(Cli &cli, const QCommandLineParser &p, int y)
    {
        if (!storage::OfficeRepository::isServerLocator(p.value(QStringLiteral("db")))) {
            storage::Database &db = cli.database(p);
            if (db.role() != storage::Database::Role::Office)
                return planning::DueVisits::fieldList(db, y);
        }
        return planning::DueVisits::officeList(cli.repository(p), y);
    }

    static int due(Cli &cli, const QCommandLineParser &p)
    {
        const int y = year(p);
        const auto list = rows(cli, p, y);
        using planning::DueList;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &r : list) {
                array.append(QJsonObject{
                    {QStringLiteral("facilityId"), r.facilityId},
                    {QStringLiteral("name"), r.name},
                    {QStringLiteral("controlHours"), DueList::rounded(r.controlHours)},
                    {QStringLiteral("spentHours"), DueList::rounded(r.spentHours)},
                    {QStringLiteral("remainingHours"), DueList::rounded(r.remainingHours)},
                    {QStringLiteral("lastVisit"),
                     r.lastVisit ? QJsonValue(r.lastVisit->toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)}});
            }
            cli.printJson(array);
            return 0;
        }
        const QLocale locale;
        const auto hours = [&](double h) { return locale.toString(DueList::rounded(h), 'f', 2); };
        for (const auto &r : list)
            cli.out() << r.facilityId << '\t' << r.name << '\t' << hours(r.controlHours) << '\t'
                      << hours(r.spentHours) << '\t' << hours(r.remainingHours) << '\t'
                      << (r.lastVisit ? r.lastVisit->toString(Qt::ISODate) : QStringLiteral("-"))
                      << '\n';
        return 0;
    }

    static void add(CommandList &commands)
    {
        commands.push_back(
            {QStringLiteral("due"),
             tr("List each facility's yearly control time, the hours spent on its visits of the "
                "year, the hours remaining and its last visit, largest remaining first."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption({QStringLiteral("year"),
                              tr("The year (default: this year)."), QStringLiteral("YYYY")});
                 p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
             },
             &PlanningCommands::due});
    }
};

} // namespace

void addPlanningCommands(CommandList &commands)
{
    PlanningCommands::add(commands);
}

} // namespace tillsyn::cli
