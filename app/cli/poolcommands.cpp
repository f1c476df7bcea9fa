#include "cli.h"
#include "command.h"
#include "storage/officerepository.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgrespool.h"

namespace tillsyn::cli {

namespace {

// `pool add-office` and `pool add-county`: a county's pool set up by its DBA without
// knowing Tillsyn's tables (what they do is storage::PostgresPool's).
class PoolCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::PoolCommands)

public:
    static storage::PostgresLocator locator(const QCommandLineParser &p)
    {
        const QString db = p.value(QStringLiteral("db"));
        if (!storage::OfficeRepository::isServerLocator(db))
            throw UsageError(tr("--db postgresql://USER@HOST:PORT/DATABASE is required: a "
                                "county's pool is a PostgreSQL database"));
        return storage::PostgresLocator::parse(db);
    }

    static int addOffice(Cli &cli, const QCommandLineParser &p)
    {
        const QString code = Cli::positional(p, tr("the office's code"));
        try {
            storage::PostgresLocator::requireOfficeCode(code);
        } catch (const Error &e) {
            throw UsageError(e.message());
        }
        const storage::PostgresLocator l = locator(p);
        const QStringList members = p.values(QStringLiteral("member"));
        const auto added = storage::PostgresPool::addOffice(l, code, members,
                                                            p.isSet(QStringLiteral("adopt")));
        const QString role = storage::PostgresPool::officeRole(code);
        cli.out() << tr("Office %1 is in the pool %2: its clerks are members of the role %3 "
                        "(%4).")
                         .arg(code, l.displayName(), role,
                              added.officeRoleCreated ? tr("created") : tr("it existed"))
                  << '\n';
        if (added.countyRoleCreated)
            cli.out() << tr("The county's role %1 was created: its members read every office and "
                            "may act for any.")
                             .arg(storage::PostgresPool::countyRole())
                      << '\n';
        for (const QString &member : members)
            cli.out() << tr("%1 is a member of %2.").arg(member, role) << '\n';
        if (added.adopted.any())
            cli.out() << tr("Office %1 now holds what the database held as one office's: %2.")
                             .arg(code, rows(added.adopted))
                      << '\n';
        if (added.unassigned.any())
            cli.out() << tr("The database holds rows of one office from before it became a pool, "
                            "under no office (%1): nobody acting for an office sees them. Give "
                            "them to their office with: tillsyn-cli pool add-office CODE --adopt "
                            "--db …")
                             .arg(rows(added.unassigned))
                      << '\n';
        return 0;
    }

    static QString rows(const storage::PostgresPool::Rows &r)
    {
        return tr("%1 visit(s), %2 facility(ies), %3 checklist version(s) and %4 other row(s)")
            .arg(r.visits)
            .arg(r.facilities)
            .arg(r.checklists)
            .arg(r.other);
    }

    static int addCountyMembers(Cli &cli, const QCommandLineParser &p)
    {
        const QStringList members = p.positionalArguments();
        if (members.isEmpty())
            throw UsageError(tr("give the login roles to make members of the county's role"));
        const storage::PostgresLocator l = locator(p);
        storage::PostgresPool::addCountyMembers(l, members);
        for (const QString &member : members)
            cli.out()
                << tr("%1 is a member of %2.").arg(member, storage::PostgresPool::countyRole())
                << '\n';
        return 0;
    }
};

} // namespace

void addPoolCommands(CommandList &commands)
{
    commands.push_back(
        {QStringLiteral("pool add-office"),
         PoolCommands::tr("Add an office to a county's pool on PostgreSQL (its role, its rights)."),
         QStringLiteral("CODE"),
         [](QCommandLineParser &p) {
             p.setApplicationDescription(PoolCommands::tr(
                 "Add an office to a county's pool: one PostgreSQL database (--db "
                 "postgresql://…) holding several offices' data, each row under its office's "
                 "code (SCB's municipality code, four digits), so two municipalities' facility "
                 "and checklist ids never collide. Creates the group role tillsyn_office_CODE "
                 "(and tillsyn_county) when missing, grants them Tillsyn's tables, records the "
                 "office and makes the --member roles its clerks. Row-level security on the "
                 "server then lets a clerk see and change only their own office's rows, "
                 "whatever SQL they run; members of tillsyn_county read every office. Clerks "
                 "name their office with --office CODE (merge, visits, stats, …) or "
                 "?office=CODE in the address. Run it as the database's owner with CREATEROLE, "
                 "or as a superuser; it may be run again (adds members, and with --adopt gives the "
                 "office the rows under no office; changes nothing else)."));
             p.addOption({QStringLiteral("member"),
                          PoolCommands::tr("A clerk's login role to make a member of the "
                                           "office's role (repeatable)."),
                          QStringLiteral("ROLE")});
             p.addOption({QStringLiteral("adopt"),
                          PoolCommands::tr(
                              "Give this office the rows the database held as one office's "
                              "before it became a pool (they are under no office, which nobody "
                              "acting for an office sees). Copies of rows the office already has "
                              "are dropped; a row whose key the office has with other values "
                              "stops it, with nothing changed.")});
         },
         &PoolCommands::addOffice});
    commands.push_back(
        {QStringLiteral("pool add-county"),
         PoolCommands::tr("Let login roles read every office of a county's pool."),
         QStringLiteral("ROLE..."),
         [](QCommandLineParser &p) {
             p.setApplicationDescription(PoolCommands::tr(
                 "Make login roles members of tillsyn_county (created when missing) in a "
                 "county's pool on PostgreSQL (--db postgresql://…): without --office they read "
                 "every office's rows (stats --by office gives a row per office) and change "
                 "none; with --office CODE they act for that office."));
         },
         &PoolCommands::addCountyMembers});
}

} // namespace tillsyn::cli
