#pragma once

#include "util/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <utility>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::cli {

// A wrong or missing argument: exit code 2 with the message and a pointer to --help.
class UsageError : public Error
{
public:
    using Error::Error;
};

// What every command shares: the output streams and the database named by --db.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::Cli)

public:
    Cli();
    ~Cli();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens (creating and migrating if needed) the database named by --db or the default one.
    storage::Database &database(const QCommandLineParser &parser);
    // The database of an office command (merge, resolve, publish, …): as database(), but exits 1
    // naming the role when it is a field database. Call it before the command opens its share or
    // reads anything, so a refused command has read and changed nothing.
    storage::Database &officeDatabase(const QCommandLineParser &parser);
    // The office database of an office command behind its interface (storage::OfficeRepository):
    // --db names a file (as officeDatabase(), same connection) or a database server.
    storage::OfficeRepository &office(const QCommandLineParser &parser);
    // The same without requiring the office role (commands that also read a field database).
    storage::OfficeRepository &repository(const QCommandLineParser &parser);
    // The office of a county's pool the command acts for (--office CODE; empty: the address's
    // ?office=, or none). Set before the command opens its database.
    void setOfficeCode(const QString &code) { m_officeCode = code; }
    // One line "FILE: OUTCOME — REASON" of a merge or sync. Names and reasons come from the share
    // (a file's name, a server's or a signature file's text): escaped, so a newline or a
    // direction override in them cannot fake lines of this output.
    void printOutcome(const QString &file, const QString &outcome, const QString &reason);
    void printJson(const QJsonArray &array);
    void printJson(const QJsonObject &object);
    // The single positional argument a command requires, or a UsageError.
    static QString positional(const QCommandLineParser &parser, const QString &what);
    // --visit ID, as every command about one visit names it.
    static QCommandLineOption visitOption();
    // --revision N for a command that takes the newest revision when it is not given.
    static QCommandLineOption revisionOption();
    // The --revision given, 0 when none; a UsageError when it is not a revision number.
    static int revision(const QCommandLineParser &parser);
    // --OPTION DATE (YYYY-MM-DD) as every command with a period takes it: an invalid date when
    // not given, a UsageError when it is not a date.
    static QDate date(const QCommandLineParser &parser, const QString &option);
    // --from DATE and --to DATE of a command over visits finished in a period.
    static void addFinishedPeriodOptions(QCommandLineParser &parser);
    // --from and --to together: each as date(), and a UsageError when --to lies before --from.
    static std::pair<QDate, QDate> period(const QCommandLineParser &parser);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::OfficeRepository> m_office;
    QString m_officeCode;
};

} // namespace tillsyn::cli
