#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::report {

// The office's merged visits for Excel: UTF-8 with a byte-order mark and ';' between fields, so
// a Swedish Excel opens the file with å, ä, ö and columns intact.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::CsvExport)

public:
    // One row per visit (its current revision); only the given ids when `visitIds` is not empty.
    static QByteArray visits(storage::OfficeRepository &repository, const QStringList &visitIds = {});
    // One row per answer of each visit's current revision.
    static QByteArray answers(storage::OfficeRepository &repository, const QStringList &visitIds = {});
    // The header lines of visits() and answers().
    static QStringList visitsHeader();
    static QStringList answersHeader();
    // The visits finished (local date, as the Office tab filters) from `from` to `to`, both
    // included; an invalid date leaves that end open.
    static QStringList visitIdsFinished(storage::OfficeRepository &repository, const QDate &from, const QDate &to);
    // Any table in that form: a header line, then the rows, every field escaped with field().
    static QByteArray document(const QStringList &header, const std::vector<QStringList> &rows);
    static QString field(const QString &value);
};

} // namespace tillsyn::report
