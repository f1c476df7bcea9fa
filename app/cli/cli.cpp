#include "cli.h"

#include "storage/database.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/sqliteofficerepository.h"
#include "util/safetext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tillsyn::cli {

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{}

Cli::~Cli() = default;

storage::Database &Cli::database(const QCommandLineParser &parser)
{
    if (!m_db) {
        const QString path = parser.value(QStringLiteral("db"));
        // A laptop's work (visits, sync, trusted keys) is only ever in a file; a server's URI
        // must not become a file of that name in the current folder.
        if (storage::OfficeRepository::isServerLocator(path))
            throw Error(tr("%1 is a database server; this command works on a database file "
                           "(a laptop's, or a one-clerk office's). Nothing was read or changed.")
                            .arg(storage::PostgresLocator::redacted(path)));
        m_db = std::make_unique<storage::Database>(path.isEmpty() ? storage::Database::defaultPath()
                                                                  : path);
    }
    return *m_db;
}

storage::Database &Cli::officeDatabase(const QCommandLineParser &parser)
{
    // Opening a database creates it: a mistyped --db must not leave an empty field database
    // behind while the message says nothing was changed.
    const QString path = parser.value(QStringLiteral("db"));
    const QString file = path.isEmpty() ? storage::Database::defaultPath() : path;
    if (!m_db && !QFileInfo::exists(file))
        throw Error(tr("%1 does not exist; an office database is made with "
                       "\"tillsyn-cli init --office\". Nothing was changed.")
                        .arg(file));
    storage::Database &db = database(parser);
    db.requireOffice();
    return db;
}

storage::OfficeRepository &Cli::repository(const QCommandLineParser &parser)
{
    if (!m_office) {
        const QString locator = parser.value(QStringLiteral("db"));
        if (storage::OfficeRepository::isServerLocator(locator)) {
            m_office = storage::OfficeRepository::open(locator, m_officeCode);
        } else {
            m_office = std::make_unique<storage::SqliteOfficeRepository>(database(parser));
            m_office->actFor(m_officeCode);
        }
    }
    return *m_office;
}

storage::OfficeRepository &Cli::office(const QCommandLineParser &parser)
{
    if (!storage::OfficeRepository::isServerLocator(parser.value(QStringLiteral("db"))))
        officeDatabase(parser); // the file's checks: it exists and is an office's
    storage::OfficeRepository &office = repository(parser);
    office.requireOffice();
    return office;
}

void Cli::printOutcome(const QString &file, const QString &outcome, const QString &reason)
{
    m_out << escapeControls(file) << ": " << outcome
          << (reason.isEmpty() ? QString() : QStringLiteral(" — ") + escapeControls(reason))
          << '\n';
}

void Cli::printJson(const QJsonArray &array)
{
    m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Cli::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

QString Cli::positional(const QCommandLineParser &parser, const QString &what)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected exactly one %1").arg(what));
    return args.first();
}

QCommandLineOption Cli::visitOption()
{
    return {QStringLiteral("visit"), tr("The visit's id."), QStringLiteral("ID")};
}

QCommandLineOption Cli::revisionOption()
{
    return {QStringLiteral("revision"), tr("A revision (default: the newest)."),
            QStringLiteral("N")};
}

int Cli::revision(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("revision")))
        return 0;
    bool ok = false;
    const int revision = parser.value(QStringLiteral("revision")).toInt(&ok);
    if (!ok || revision < 1)
        throw UsageError(tr("--revision must be a revision number (1, 2, …)"));
    return revision;
}

QDate Cli::date(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return {};
    // QDate alone also takes "2026-1-5" and trailing text; a period must be written exactly.
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    const QString s = parser.value(option);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!re.match(s).hasMatch() || !d.isValid())
        throw UsageError(tr("--%1 must be a date like 2026-11-26, not \"%2\"").arg(option, s));
    return d;
}

void Cli::addFinishedPeriodOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      tr("Only visits finished on or after this date (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("Only visits finished on or before this date (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
}

std::pair<QDate, QDate> Cli::period(const QCommandLineParser &parser)
{
    const QDate from = date(parser, QStringLiteral("from"));
    const QDate to = date(parser, QStringLiteral("to"));
    if (from.isValid() && to.isValid() && to < from)
        throw UsageError(tr("--to lies before --from"));
    return {from, to};
}

} // namespace tillsyn::cli
