#include "statsfixture.h"

#include "storage/checkliststore.h"
#include "visitfile/visitfilewriter.h"

#include "support/catchqt.h"

namespace tillsyn::test {

using namespace tillsyn::domain;

QDateTime at(int month, int day)
{
    // Noon UTC: the same local day (and month) in every time zone the tests may run in.
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

std::vector<Checklist> StatsFixture::checklists()
{
    const auto livs = [](int version) {
        Checklist c;
        c.id = QStringLiteral("livs");
        c.version = version;
        c.title = QStringLiteral("Livsmedel v%1").arg(version);
        c.area = Area::Food;
        c.sections = {{QStringLiteral("Lokaler"),
                       {{QStringLiteral("golv"), QStringLiteral("Golven är rena"), {}, {}},
                        {QStringLiteral("tvatt"), QStringLiteral("Handtvätt finns"), {}, {}}}},
                      {QStringLiteral("Märkning"),
                       {{QStringLiteral("allergen"),
                         version == 1 ? QStringLiteral("Allergeninformation finns")
                                      : QStringLiteral("Allergeninformation ges skriftligt"),
                         {},
                         {}}}}};
        return c;
    };
    Checklist halsa;
    halsa.id = QStringLiteral("halsa");
    halsa.title = QStringLiteral("Hälsoskydd");
    halsa.area = Area::Health;
    halsa.sections = {
        {QStringLiteral("Hygien"),
         {{QStringLiteral("hyg-1"), QStringLiteral("Verktyg rengörs"), {}, {}},
          {QStringLiteral("hyg-2"), QStringLiteral("Engångsmaterial används"), {}, {}}}}};
    return {livs(1), livs(2), halsa};
}

StatsFixture::StatsFixture()
{
    storage::Transaction tx(db);
    for (const Checklist &c : checklists())
        storage::ChecklistStore(db).insert(c);
    tx.commit();
}

Visit StatsFixture::visit(const StatsVisit &spec, int revision, int base)
{
    Visit v;
    v.visitId =
        QStringLiteral("%1-0000-4000-a000-000000000000").arg(spec.number, 8, 16, QChar(u'0'));
    v.revision = revision;
    v.baseRevision = base;
    v.status = VisitStatus::Finished;
    v.finishedAt = spec.finishedAt;
    v.startedAt = spec.finishedAt.addSecs(-3600);
    v.device = {QStringLiteral("6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"), QStringLiteral("laptop-3")};
    for (const QString &name : spec.inspectors)
        v.inspectors.push_back({QStringLiteral("inspector-%1").arg(v.inspectors.size()), name});
    v.facility.id = QStringLiteral("F-%1").arg(spec.number);
    v.facility.name = QStringLiteral("Anläggning %1").arg(spec.number);
    v.facility.category = spec.category;
    v.kind = spec.kind;
    v.minutesSpent = spec.minutes;
    for (const Checklist &c : checklists()) {
        if (c.id != spec.checklistId || c.version != spec.checklistVersion)
            continue;
        v.checklist = {c.id, c.version, c.title};
        size_t i = 0;
        for (const ChecklistSection &s : c.sections) {
            for (const ChecklistItem &item : s.items) {
                const Result r = spec.results.at(i++);
                v.answers.push_back({item.id,
                                     s.title,
                                     item.text,
                                     {},
                                     r,
                                     r == Result::Deviation ? QStringLiteral("Brist") : QString(),
                                     {}});
            }
        }
        REQUIRE(i == spec.results.size());
    }
    REQUIRE(!v.answers.empty());
    return v;
}

merge::Outcome mergeStatsVisit(merge::MergeRun &run, const Visit &visit)
{
    const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
    const merge::FileOutcome outcome =
        run.mergeBytes(visitfile::VisitFileWriter::fileName(visit, bytes), bytes);
    INFO(outcome.reason.toStdString());
    return outcome.outcome;
}

void addStatsVisit(merge::MergeRun &run, const StatsVisit &spec)
{
    REQUIRE(mergeStatsVisit(run, StatsFixture::visit(spec)) == merge::Outcome::Imported);
}

void addStatsVisitInConflict(merge::MergeRun &run, const StatsVisit &spec)
{
    addStatsVisit(run, spec);
    Visit a = StatsFixture::visit(spec, 2, 1);
    a.summary = QStringLiteral("one");
    Visit b = StatsFixture::visit(spec, 2, 1);
    b.summary = QStringLiteral("another");
    REQUIRE(mergeStatsVisit(run, a) == merge::Outcome::Updated);
    REQUIRE(mergeStatsVisit(run, b) == merge::Outcome::Conflict);
}

merge::Outcome StatsFixture::merge(const Visit &visit)
{
    return mergeStatsVisit(run, visit);
}

void StatsFixture::add(const StatsVisit &spec)
{
    addStatsVisit(run, spec);
}

void StatsFixture::addInConflict(const StatsVisit &spec)
{
    addStatsVisitInConflict(run, spec);
}

} // namespace tillsyn::test
