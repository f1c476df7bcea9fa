// The facility register's full-text index is kept in name order (FacilitySearchIndex): each
// facility's sort key follows (name COLLATE NOCASE, id) and is its FTS rowid. Checked after
// inserts in random order, renames, a gap squeezed until the keys must be renumbered, and a large
// import; and search pages (by offset) against the same facilities sorted here.
#include "storage/database.h"
#include "storage/facilitystore.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/dbquery.h"
#include "support/tempdir.h"

#include <QSqlQuery>

#include <algorithm>
#include <random>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_facilitysearchindex_test {

using namespace tillsyn;
using storage::FacilityStore;
using tillsyn::test::sampleFacility;
using tillsyn::test::TempDir;

namespace {

// The invariant: key order is name order, and the index holds exactly one row per facility,
// under its key.
void requireInNameOrder(storage::Database &db)
{
    REQUIRE(test::queryColumn(db, QStringLiteral("SELECT id FROM facility ORDER BY sort_key")) ==
            test::queryColumn(
                db, QStringLiteral("SELECT id FROM facility ORDER BY name COLLATE NOCASE, id")));
    REQUIRE(test::queryColumn(
                db, QStringLiteral("SELECT count(DISTINCT sort_key) = count(*) FROM facility")) ==
            QStringList{QStringLiteral("1")});
    REQUIRE(
        test::queryColumn(db, QStringLiteral("SELECT rowid FROM facility_fts ORDER BY rowid")) ==
        test::queryColumn(db, QStringLiteral("SELECT sort_key FROM facility ORDER BY sort_key")));
}

QString randomName(std::mt19937 &rng)
{
    static const QStringList words{QStringLiteral("Restaurang"), QStringLiteral("café"),
                                   QStringLiteral("Café"),       QStringLiteral("Förskolan"),
                                   QStringLiteral("bageri"),     QStringLiteral("Solgläntan"),
                                   QStringLiteral("Ängen"),      QStringLiteral("Pizzeria")};
    return words.at(int(rng() % words.size())) + u' ' + words.at(int(rng() % words.size())) +
           QStringLiteral(" %1").arg(rng() % 50);
}

// Every page of a search, by offset, is the facilities whose name holds the word, in name order.
void requireSearchPages(FacilityStore &store, storage::Database &db, const QString &word)
{
    QStringList expected = test::queryColumn(
        db, QStringLiteral("SELECT id FROM facility WHERE active = 1 AND (name LIKE '%1%' OR name"
                           " LIKE '% %1%') ORDER BY name COLLATE NOCASE, id")
                .arg(word));
    QStringList paged;
    for (int offset = 0;; offset += 7) {
        const auto page = store.search(word, offset, 7);
        for (const auto &f : page)
            paged.append(f.id);
        if (page.size() < 7)
            break;
    }
    INFO(word.toStdString());
    CHECK(paged == expected);
    CHECK(store.count(word) == int(expected.size()));
}

} // namespace

TEST_CASE("The search index stays in name order through single inserts and renames",
          "[storage][searchindex]")
{
    TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    FacilityStore store(db);
    std::mt19937 rng(99);
    for (int i = 0; i < 300; ++i) {
        // Mostly new facilities; now and then a rename or another change of an existing one.
        const int id = i % 5 == 4 ? int(rng() % unsigned(i)) : i;
        domain::Facility f = sampleFacility(QStringLiteral("f%1").arg(id), randomName(rng));
        f.city = i % 2 ? QStringLiteral("Nacka") : QStringLiteral("Solna");
        store.upsert({f});
        if (i % 50 == 0)
            requireInNameOrder(db);
    }
    requireInNameOrder(db);
    for (const QString &word : {QStringLiteral("café"), QStringLiteral("Solg"),
                                QStringLiteral("restaurang"), QStringLiteral("Ängen")})
        requireSearchPages(store, db, word);
    // A change that is not a rename keeps the key; deactivating keeps the index as it is.
    const QString before =
        test::queryColumn(db, QStringLiteral("SELECT sort_key FROM facility WHERE id = 'f3'"))
            .value(0);
    domain::Facility f3 = *store.find(QStringLiteral("f3"));
    f3.operatorDetails.phone = QStringLiteral("08-123 45 67");
    f3.active = false;
    store.upsert({f3});
    CHECK(test::queryColumn(db, QStringLiteral("SELECT sort_key FROM facility WHERE id = 'f3'"))
              .value(0) == before);
    requireInNameOrder(db);
}

TEST_CASE("A gap squeezed until no key fits between two names renumbers the keys",
          "[storage][searchindex]")
{
    TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    FacilityStore store(db);
    store.upsert({sampleFacility(QStringLiteral("a"), QStringLiteral("A"))});
    store.upsert({sampleFacility(QStringLiteral("c"), QStringLiteral("C"))});
    // Each new name sorts just after "A" and before the one before it: "AZ", "AY", …, "AB",
    // "AAZ", …: every insert halves the same gap, which runs out after 32.
    QString name = QStringLiteral("B");
    for (int i = 0; i < 45; ++i) {
        const QChar last = name.back();
        name = last > u'B' ? name.chopped(1) + QChar(last.unicode() - 1)
                           : name.chopped(1) + QStringLiteral("AZ");
        store.upsert({sampleFacility(QStringLiteral("n%1").arg(i), name)});
    }
    requireInNameOrder(db);
    // Renumbered at least once: the keys are far from exhausted again.
    const QStringList keys =
        test::queryColumn(db, QStringLiteral("SELECT sort_key FROM facility ORDER BY"
                                             " sort_key"));
    qint64 smallestGap = std::numeric_limits<qint64>::max();
    for (int i = 1; i < keys.size(); ++i)
        smallestGap = std::min(smallestGap, keys[i].toLongLong() - keys[i - 1].toLongLong());
    CHECK(smallestGap > (qint64(1) << 10));
    requireSearchPages(store, db, QStringLiteral("A"));
}

TEST_CASE("A large import builds the index once, in name order", "[storage][searchindex]")
{
    TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    FacilityStore store(db);
    std::mt19937 rng(5);
    std::vector<domain::Facility> many;
    for (int i = 0; i < 1500; ++i)
        many.push_back(sampleFacility(QStringLiteral("g%1").arg(i), randomName(rng)));
    std::shuffle(many.begin(), many.end(), rng);
    CHECK(store.upsert(many).added == 1500);
    requireInNameOrder(db);
    // Then one more, between the others.
    store.upsert({sampleFacility(QStringLiteral("extra"), QStringLiteral("Café Mitt i"))});
    requireInNameOrder(db);
    for (const QString &word : {QStringLiteral("café"), QStringLiteral("Pizz")})
        requireSearchPages(store, db, word);
}

} // namespace tillsyn_unity_facilitysearchindex_test
