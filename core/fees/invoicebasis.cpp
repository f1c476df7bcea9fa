#include "invoicebasis.h"

#include "report/csvexport.h"
#include "merge/officevisits.h"
#include "util/error.h"

#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace tillsyn::fees {

using namespace tillsyn::domain;

int InvoiceBasis::chargeableMinutes(const Visit &visit)
{
    return visit.caseInfo.timeEntries.empty() ? visit.minutesSpent
                                              : visit.caseInfo.chargeableMinutes();
}

QDate InvoiceBasis::visitDate(const Visit &visit)
{
    return visit.startedAt.toLocalTime().date();
}

std::vector<InvoiceLine> InvoiceBasis::compute(const std::vector<Visit> &visits,
                                               const std::vector<FeeRate> &schedule,
                                               const QDate &from, const QDate &to)
{
    std::vector<InvoiceLine> lines;
    for (const Visit &v : visits) {
        const QDate date = visitDate(v);
        if ((from.isValid() && date < from) || (to.isValid() && date > to))
            continue;
        const auto rate = FeeRules::rateOn(schedule, date);
        if (!rate)
            throw Error(tr("Visit %1 (%2) has no hourly rate in force on %3: the fee schedule "
                           "needs a rate from that date or earlier.")
                            .arg(v.visitId, v.facility.name, date.toString(Qt::ISODate)));
        InvoiceLine l;
        l.visitId = v.visitId;
        l.revision = v.revision;
        l.caseNumber = v.caseInfo.caseNumber;
        l.facilityId = v.facility.id;
        l.facilityName = v.facility.name;
        l.orgNumber = v.facility.operatorDetails.orgNumber;
        l.date = date;
        l.chargeableMinutes = chargeableMinutes(v);
        l.billedHundredths = FeeRules::billedHundredths(l.chargeableMinutes, rate->rounding);
        l.orePerHour = rate->orePerHour;
        l.amountOre = FeeRules::amountOre(l.billedHundredths, l.orePerHour);
        lines.push_back(l);
    }
    std::sort(lines.begin(), lines.end(), [](const InvoiceLine &a, const InvoiceLine &b) {
        return std::tie(a.date, a.visitId) < std::tie(b.date, b.visitId);
    });
    return lines;
}

std::vector<Visit> InvoiceBasis::currentVisits(storage::OfficeRepository &office,
                                               const QDate &from)
{
    // The one place the invoice basis reads the office database.
    storage::VisitFilter filter;
    filter.conflicts = storage::VisitFilter::Conflicts::Excluded;
    filter.from = from;
    return merge::OfficeVisits(office).currentVisits(filter, false);
}

namespace {
std::vector<InvoiceSum> sumsBy(const std::vector<InvoiceLine> &lines,
                               const std::function<std::pair<QString, QString>(
                                   const InvoiceLine &)> &keyOf)
{
    std::map<QString, InvoiceSum> sums;
    for (const InvoiceLine &l : lines) {
        const auto [key, label] = keyOf(l);
        InvoiceSum &s = sums[key];
        s.key = key;
        s.label = label;
        ++s.visits;
        s.chargeableMinutes += l.chargeableMinutes;
        s.billedHundredths += l.billedHundredths;
        s.amountOre += l.amountOre;
    }
    std::vector<InvoiceSum> out;
    for (auto &[key, s] : sums)
        out.push_back(s);
    return out;
}
} // namespace

std::vector<InvoiceSum> InvoiceBasis::sumsByCase(const std::vector<InvoiceLine> &lines)
{
    return sumsBy(lines, [](const InvoiceLine &l) {
        return std::pair{l.caseNumber, l.caseNumber.isEmpty() ? tr("(no case number)")
                                                              : l.caseNumber};
    });
}

std::vector<InvoiceSum> InvoiceBasis::sumsByFacility(const std::vector<InvoiceLine> &lines)
{
    return sumsBy(lines, [](const InvoiceLine &l) {
        return std::pair{l.facilityId, l.facilityName};
    });
}

QString InvoiceBasis::money(qint64 ore, bool comma)
{
    QString s = QString::number(ore / 100);
    if (ore % 100 != 0)
        s += QChar(comma ? u',' : u'.') + QString::number(ore % 100).rightJustified(2, u'0');
    return s;
}

QString InvoiceBasis::hours(qint64 hundredths, bool comma)
{
    return QString::number(hundredths / 100) + QChar(comma ? u',' : u'.') +
           QString::number(hundredths % 100).rightJustified(2, u'0');
}

QJsonArray InvoiceBasis::toJson(const std::vector<InvoiceLine> &lines)
{
    QJsonArray array;
    for (const InvoiceLine &l : lines) {
        array.append(QJsonObject{
            {QStringLiteral("visitId"), l.visitId},
            {QStringLiteral("revision"), l.revision},
            {QStringLiteral("caseNumber"),
             l.caseNumber.isEmpty() ? QJsonValue() : QJsonValue(l.caseNumber)},
            {QStringLiteral("facilityId"), l.facilityId},
            {QStringLiteral("orgNumber"),
             l.orgNumber.isEmpty() ? QJsonValue() : QJsonValue(l.orgNumber)},
            {QStringLiteral("date"), l.date.toString(Qt::ISODate)},
            {QStringLiteral("chargeableMinutes"), l.chargeableMinutes},
            {QStringLiteral("billedHours"), double(l.billedHundredths) / 100.0},
            {QStringLiteral("sekPerHour"), double(l.orePerHour) / 100.0},
            {QStringLiteral("amount"), double(l.amountOre) / 100.0}});
    }
    return array;
}

QByteArray InvoiceBasis::toCsv(const std::vector<InvoiceLine> &lines)
{
    // The JSON member names as the header: the two forms read alike in another system.
    const QStringList header = {
        QStringLiteral("visitId"),    QStringLiteral("revision"),   QStringLiteral("caseNumber"),
        QStringLiteral("facilityId"), QStringLiteral("orgNumber"),  QStringLiteral("date"),
        QStringLiteral("chargeableMinutes"), QStringLiteral("billedHours"),
        QStringLiteral("sekPerHour"), QStringLiteral("amount")};
    std::vector<QStringList> rows;
    for (const InvoiceLine &l : lines)
        rows.push_back({l.visitId, QString::number(l.revision), l.caseNumber, l.facilityId,
                        l.orgNumber, l.date.toString(Qt::ISODate),
                        QString::number(l.chargeableMinutes), hours(l.billedHundredths, true),
                        money(l.orePerHour, true), money(l.amountOre, true)});
    return report::CsvExport::document(header, rows);
}

} // namespace tillsyn::fees
