#pragma once

#include "domain/facility.h"
#include "domain/visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::report {

// What the office publishes and for which period.
struct OpenDataOptions
{
    QString orgId;         // the municipality code of SCB's REGINA, e.g. "1280"
    QString orgName;       // e.g. "Malmö stad"
    QString sweref99local; // the name of a local SWEREF 99 projection; empty: none
    QDate from;            // local finish day, inclusive; invalid: from the first visit
    QDate to;              // local finish day, inclusive; invalid: to the last visit
};

// One published inspection and its facility: a CSV row, and an entry of each JSON array.
struct OpenDataRow
{
    QJsonObject facility;
    QJsonObject inspection;
};

struct OpenDataSet
{
    QJsonObject header; // lang, generator, inspecOrg
    std::vector<QJsonObject> facilities; // each once, by idLocal
    std::vector<OpenDataRow> rows;       // by inspection date, then idLocal
};

// The national open-data format for food controls (Sambruk / NSÖD / ÖDIS, version 2;
// ../shared/design/opendata.md): the food visits of a period (current revisions not in conflict)
// as inspections, with their facilities. Nothing personal leaves: no inspector, no comment, no
// photo, and an organisation number that is a personal identity number is masked.
class OpenData
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::OpenData)

public:
    // Reads the office's visits and facilities.
    static OpenDataSet collect(storage::OfficeRepository &repository,
                               const OpenDataOptions &options);

    // The facility as the format has it. The one place a facility's members are written: the
    // CSV columns are read from this object too.
    static QJsonObject facilityObject(const domain::Facility &facility, const QString &orgId);
    static QJsonObject inspectionObject(const domain::Visit &visit, const QString &orgId);
    // The reporting areas whose answers all were "ok" (passed) and those with a deviation
    // (remark), each sorted; an area only "not checked" or "not applicable" is in neither.
    static std::pair<QStringList, QStringList> inspectionPoints(const domain::Visit &visit);
    // Ten digits; a personal identity number (third digit 0 or 1) with its last four masked
    // (NNNNNNXXXX). Empty when none is known.
    static QString publishedOrgNumber(const QString &orgNumber);

    static QByteArray json(const OpenDataSet &set);
    // UTF-8, comma, '"' quoting, CRLF; one row per inspection with its facility's columns.
    static QByteArray csv(const OpenDataSet &set);
    static QStringList csvColumns();
    // Writes JSON or CSV by the file's extension (.json, .csv) with QSaveFile: a failed write
    // leaves an earlier file as it was. Throws tillsyn::Error naming the file.
    static void write(const QString &path, const OpenDataSet &set);
    // Whether a path's extension names a form (.json or .csv, any case).
    static bool knownForm(const QString &path);
};

} // namespace tillsyn::report
