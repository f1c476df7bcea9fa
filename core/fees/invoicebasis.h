#pragma once

#include "domain/visit.h"
#include "fees/feerules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <vector>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::fees {

// One visit of the invoice basis (debiteringsunderlag).
struct InvoiceLine
{
    QString visitId;
    int revision = 0;
    QString caseNumber; // empty when none
    QString facilityId;
    QString facilityName;
    QString orgNumber; // empty when none
    QDate date;        // the visit's startedAt, local date
    int chargeableMinutes = 0;
    qint64 billedHundredths = 0; // billed hours × 100, after rounding
    qint64 orePerHour = 0;
    qint64 amountOre = 0;

    bool operator==(const InvoiceLine &) const = default;
};

// A sum of lines sharing a key (a case number or a facility).
struct InvoiceSum
{
    QString key;
    QString label;
    int visits = 0;
    int chargeableMinutes = 0;
    qint64 billedHundredths = 0;
    qint64 amountOre = 0;
};

// The invoice basis of a period: pure rules over visits and the fee schedule, plus the one place
// that reads the office's visits for it.
class InvoiceBasis
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::fees::InvoiceBasis)

public:
    // A visit's chargeable minutes: its chargeable time entries, or all of minutesSpent for a
    // visit recorded before time per activity (the whole visit was charged then).
    static int chargeableMinutes(const domain::Visit &visit);
    static QDate visitDate(const domain::Visit &visit);
    // The lines of the visits whose date lies from `from` to `to` (both included; an invalid
    // date leaves that end open), by date then visit id. A visit without a rate in force on its
    // date throws tillsyn::Error naming it.
    static std::vector<InvoiceLine> compute(const std::vector<domain::Visit> &visits,
                                            const std::vector<FeeRate> &schedule,
                                            const QDate &from = {}, const QDate &to = {});
    // The current revisions of the office's visits not in conflict, without their photos,
    // finished on or after `from` (invalid: all): a visit started on `from` or later cannot
    // have finished before it, so the period's visits are all among them.
    static std::vector<domain::Visit> currentVisits(storage::OfficeRepository &office,
                                                    const QDate &from = {});

    static std::vector<InvoiceSum> sumsByCase(const std::vector<InvoiceLine> &lines);
    static std::vector<InvoiceSum> sumsByFacility(const std::vector<InvoiceLine> &lines);

    // `fees --json`: [{"visitId","revision","caseNumber","facilityId","orgNumber","date",
    // "chargeableMinutes","billedHours","sekPerHour","amount"}].
    static QJsonArray toJson(const std::vector<InvoiceLine> &lines);
    // The same columns for a Swedish Excel (';', decimal comma, UTF-8 with BOM).
    static QByteArray toCsv(const std::vector<InvoiceLine> &lines);
    // 140000 öre → "1400", 138650 → "1386.50"; with a decimal comma when `comma`.
    static QString money(qint64 ore, bool comma = false);
    static QString hours(qint64 hundredths, bool comma = false);
};

} // namespace tillsyn::fees
