// The office's CSV for Excel: a byte-order mark, ';' between fields, CRLF lines; visits and
// answers of every merged visit, or of the chosen ones only.
#include "report/csvexport.h"

#include "merge/mergefixture.h"

#include "support/catchqt.h"

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

    const QStringList all = bodyLines(CsvExport::answers(f.db));
    CHECK(all.size() == 3 * perVisit);

    const QStringList chosen = bodyLines(CsvExport::answers(f.db, {uuidFor(2), uuidFor(3)}));
    CHECK(chosen.size() == 2 * perVisit);
    for (const QString &line : chosen)
        CHECK((line.startsWith(uuidFor(2) + u';') || line.startsWith(uuidFor(3) + u';')));

    const QStringList visits = bodyLines(CsvExport::visits(f.db, {uuidFor(1)}));
    REQUIRE(visits.size() == 1);
    CHECK(visits.front().startsWith(uuidFor(1) + u';'));
}
