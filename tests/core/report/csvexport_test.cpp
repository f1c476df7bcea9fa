// The office's CSV for Excel: a byte-order mark, ';' between fields, CRLF lines; visits and
// answers of every merged visit, or of the chosen ones only.
#include "report/csvexport.h"

#include "merge/mergefixture.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_csvexport_test {

using namespace tillsyn;
using report::CsvExport;
using test::mergeVisit;
using test::uuidFor;

namespace {

// Lines after the header, as text.
QStringList bodyLines(const QByteArray &csv)
{
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    REQUIRE(lines.back().isEmpty());
    return lines.mid(1, lines.size() - 2);
}

} // namespace

TEST_CASE("CsvExport lists the answers of every visit, or of the chosen ones only", "[report][csv]")
{
    test::OfficeFixture f;
    for (int n = 1; n <= 3; ++n)
        REQUIRE(f.outcome(test::visitFile(mergeVisit(uuidFor(n), 1, 0))) ==
                merge::Outcome::Imported);
    const int perVisit = int(mergeVisit(uuidFor(1), 1, 0).answers.size());
    REQUIRE(perVisit > 0);

    const QStringList all = bodyLines(CsvExport::answers(f.office));
    CHECK(all.size() == 3 * perVisit);

    const QStringList chosen = bodyLines(CsvExport::answers(f.office, {uuidFor(2), uuidFor(3)}));
    CHECK(chosen.size() == 2 * perVisit);
    for (const QString &line : chosen)
        CHECK((line.startsWith(uuidFor(2) + u';') || line.startsWith(uuidFor(3) + u';')));

    const QStringList visits = bodyLines(CsvExport::visits(f.office, {uuidFor(1)}));
    REQUIRE(visits.size() == 1);
    CHECK(visits.front().startsWith(uuidFor(1) + u';'));
}

TEST_CASE("CsvExport neutralises cells Excel would read as formulas, TAB, CR and NUL included",
          "[report][csv][security]")
{
    // OWASP "CSV injection": a cell starting with = + - @, a tab, a carriage return or NUL.
    const QString nul(QChar(u'\0'));
    for (const QString &risky :
         {QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1"),
          QStringLiteral("@SUM(A1)"), QStringLiteral("\t=HYPERLINK(\"http://x\")"),
          QStringLiteral("\r=1+1"), nul + QStringLiteral("=1+1")}) {
        INFO(risky.toStdString());
        const QString field = CsvExport::field(risky);
        const QString unquoted = field.startsWith(u'"') ? field.mid(1, field.size() - 2) : field;
        CHECK(unquoted.startsWith(u'\''));
        CHECK(unquoted.mid(1) == QString(risky).replace(u'"', QStringLiteral("\"\"")));
    }
    CHECK(CsvExport::field(QStringLiteral("Kyl 1: 4 °C")) == QStringLiteral("Kyl 1: 4 °C"));
    CHECK(CsvExport::field(QStringLiteral("a\tb")) == QStringLiteral("a\tb"));
    CHECK(CsvExport::field(QStringLiteral("\r")) == QStringLiteral("\"'\r\""));

    const QByteArray csv =
        CsvExport::document({QStringLiteral("A"), QStringLiteral("B")},
                            {{QStringLiteral("\tcmd|' /C calc'!A0"), nul + QStringLiteral("@x")}});
    const QStringList lines = bodyLines(csv);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front() == QStringLiteral("'\tcmd|' /C calc'!A0;'") + nul + QStringLiteral("@x"));
}

} // namespace tillsyn_unity_csvexport_test
