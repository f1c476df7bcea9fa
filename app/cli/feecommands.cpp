#include "cli.h"
#include "command.h"
#include "fees/invoicebasis.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"

#include <QDate>
#include <QLocale>

namespace tillsyn::cli {

namespace {

// `fees rate` and `fees`: the office's fee schedule and the invoice basis (debiteringsunderlag)
// of a period. Office commands.
class FeeCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::FeeCommands)

public:
    static int rate(Cli &cli, const QCommandLineParser &p)
    {
        fees::FeeRate r;
        r.validFrom = Cli::date(p, QStringLiteral("from"));
        if (!r.validFrom.isValid())
            throw UsageError(tr("--%1 is required").arg(QStringLiteral("from")));
        const auto ore = fees::FeeRules::parseKronor(p.value(QStringLiteral("sek-per-hour")));
        if (!ore)
            throw UsageError(tr("--sek-per-hour must be an amount in kronor like 1400 or "
                                "1386.50"));
        r.orePerHour = *ore;
        if (!fees::fromString(p.value(QStringLiteral("rounding")), &r.rounding))
            throw UsageError(tr("--rounding must be started-half-hour, started-hour, "
                                "started-quarter or none"));
        storage::OfficeRepository &office = cli.office(p);
        office.inTransaction([&] { office.setFeeRate(r); });
        cli.out() << tr("From %1: %2 kr/h, %3.")
                         .arg(r.validFrom.toString(Qt::ISODate),
                              fees::InvoiceBasis::money(r.orePerHour), fees::toString(r.rounding))
                  << '\n';
        return 0;
    }

    static int basis(Cli &cli, const QCommandLineParser &p)
    {
        const auto [from, to] = Cli::period(p);
        storage::OfficeRepository &office = cli.office(p);
        const auto lines = fees::InvoiceBasis::compute(fees::InvoiceBasis::currentVisits(office, from),
                                                       office.feeSchedule(), from, to);
        if (p.isSet(QStringLiteral("out"))) {
            const QString out = p.value(QStringLiteral("out"));
            if (const QString problem = writeFileAtomically(out, fees::InvoiceBasis::toCsv(lines));
                !problem.isEmpty())
                throw Error(tr("%1 cannot be written: %2").arg(out, problem));
        }
        if (p.isSet(QStringLiteral("json"))) {
            cli.printJson(fees::InvoiceBasis::toJson(lines));
            return 0;
        }
        qint64 total = 0;
        // The language's decimal sign: "2,00 h" in Swedish.
        const bool comma = QLocale().decimalPoint() == QStringLiteral(",");
        for (const fees::InvoiceLine &l : lines) {
            total += l.amountOre;
            cli.out() << l.date.toString(Qt::ISODate) << '\t' << l.visitId << '\t'
                      << (l.caseNumber.isEmpty() ? QStringLiteral("-") : l.caseNumber) << '\t'
                      << l.facilityName << '\t'
                      << tr("%1 min, %2 h × %3 kr = %4 kr")
                             .arg(l.chargeableMinutes)
                             .arg(fees::InvoiceBasis::hours(l.billedHundredths, comma),
                                  fees::InvoiceBasis::money(l.orePerHour, comma),
                                  fees::InvoiceBasis::money(l.amountOre, comma))
                      << '\n';
        }
        cli.out() << tr("%n visit(s), %1 kr", nullptr, int(lines.size()))
                         .arg(fees::InvoiceBasis::money(total, comma))
                  << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("fees rate"),
                     tr("Add or replace a line of the fee schedule."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("from"),
                                      tr("The first day the rate applies (YYYY-MM-DD)."),
                                      QStringLiteral("DATE")});
                         p.addOption({QStringLiteral("sek-per-hour"),
                                      tr("The hourly rate in kronor."), QStringLiteral("N")});
                         p.addOption({QStringLiteral("rounding"),
                                      tr("started-half-hour, started-hour, started-quarter or "
                                         "none."),
                                      QStringLiteral("RULE")});
                     },
                     &FeeCommands::rate});
        c.push_back({QStringLiteral("fees"),
                     tr("The invoice basis: each visit's chargeable time and amount."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("from"),
                                      tr("Only visits started on or after this date "
                                         "(YYYY-MM-DD)."),
                                      QStringLiteral("DATE")});
                         p.addOption({QStringLiteral("to"),
                                      tr("Only visits started on or before this date "
                                         "(YYYY-MM-DD)."),
                                      QStringLiteral("DATE")});
                         p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
                         p.addOption({QStringLiteral("out"),
                                      tr("Also write the basis as CSV for Excel."),
                                      QStringLiteral("FILE.csv")});
                     },
                     &FeeCommands::basis});
    }
};

} // namespace

void addFeeCommands(CommandList &commands)
{
    FeeCommands::add(commands);
}

} // namespace tillsyn::cli
