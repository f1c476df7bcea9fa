// The office database's one interface (storage::OfficeRepository): the factory, the storage
// error kinds, the one visit filter, and the layering it stands for (storage knows nothing of
// merge/, visitfile/, sync/ or reference/; no SQL in the office side's core outside storage/).
#include "merge/mergefixture.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/sqliteofficerepository.h"
#include "storage/storageerror.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officerepository_test {

using namespace tillsyn;

TEST_CASE("OfficeRepository::open gives SQLite for a path", "[storage][repository]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    const auto office = storage::OfficeRepository::open(path);
    REQUIRE(dynamic_cast<storage::SqliteOfficeRepository *>(office.get()) != nullptr);
    CHECK(office->describe() == path);
    CHECK_FALSE(office->hasVisits());
    CHECK(QFileInfo::exists(path));
    CHECK_FALSE(storage::OfficeRepository::isServerLocator(path));
}

TEST_CASE("OfficeRepository::open gives PostgreSQL for a postgresql:// URI: an unreachable server "
          "is a connection error that does not repeat a password",
          "[storage][repository]")
{
    // Port 1 on 127.0.0.1: nothing listens there, so the connection is refused at once.
    const QString uri = QStringLiteral("postgresql://clerk@127.0.0.1:1/office");
    CHECK(storage::OfficeRepository::isServerLocator(uri));
    try {
        storage::OfficeRepository::open(uri);
        FAIL("no error");
    } catch (const storage::StorageError &e) {
        CHECK(e.kind() == storage::StorageError::Kind::Connection);
    }
    // A password in the URI is refused before any connection, without repeating it.
    try {
        storage::OfficeRepository::open(
            QStringLiteral("postgresql://clerk:secret@127.0.0.1:1/office"));
        FAIL("no error");
    } catch (const Error &e) {
        CHECK_FALSE(e.message().contains(QStringLiteral("secret")));
    }
}

TEST_CASE("Storage errors carry a kind: a broken unique rule is a constraint",
          "[storage][repository]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')"));
    try {
        db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'w')"));
        FAIL("no error");
    } catch (const storage::StorageError &e) {
        CHECK(e.kind() == storage::StorageError::Kind::Constraint);
        CHECK(e.message().contains(db.path()));
    }
    using Kind = storage::StorageError::Kind;
    CHECK(storage::StorageError::kindOfSqlState(QStringLiteral("40001")) == Kind::Serialization);
    CHECK(storage::StorageError::kindOfSqlState(QStringLiteral("40P01")) == Kind::Serialization);
    CHECK(storage::StorageError::kindOfSqlState(QStringLiteral("23505")) == Kind::Constraint);
    CHECK(storage::StorageError::kindOfSqlState(QStringLiteral("08006")) == Kind::Connection);
    CHECK(storage::StorageError::kindOfSqlite(5) == Kind::Busy);
    CHECK(storage::StorageError::kindOfSqlite(2067) == Kind::Constraint); // SQLITE_CONSTRAINT_UNIQUE
}

TEST_CASE("One visit filter: the repository's query selects what VisitFilter::matches says",
          "[storage][repository][filter]")
{
    test::OfficeFixture f;
    for (const auto &file : test::generatedFiles(80, 11, 3))
        f.merge(file);
    const auto all = f.office.visitSummaries();
    REQUIRE(all.size() > 40);
    const auto &some = all.at(all.size() / 2);
    std::vector<storage::VisitFilter> filters(9);
    filters[0].conflicts = storage::VisitFilter::Conflicts::Only;
    filters[1].conflicts = storage::VisitFilter::Conflicts::Excluded;
    filters[2].deviationsOnly = true;
    filters[3].facility = some.facilityName.left(4).toLower();
    filters[4].checklist = some.checklistId;
    filters[5].inspector = some.inspectors.split(QStringLiteral(", ")).front().mid(1, 3).toUpper();
    filters[6].from = some.finishedAt.toLocalTime().date();
    filters[6].to = filters[6].from.addDays(20);
    filters[7].kind = some.kind;
    filters[8].facilityId = some.facilityId;
    for (const auto &filter : filters) {
        std::vector<QString> expected;
        for (const auto &v : all)
            if (filter.matches(v))
                expected.push_back(v.visitId);
        std::vector<QString> selected;
        for (const auto &v : f.office.visitSummaries(filter))
            selected.push_back(v.visitId);
        CHECK(!expected.empty());
        CHECK(expected.size() < all.size());
        CHECK(selected == expected);
    }
}

namespace {

// Every #include "…" of the files under core/<folder>.
QStringList includesUnder(const QString &folder)
{
    static const QRegularExpression include(QStringLiteral("^#include [\"<]([^\">]+)[\">]"),
                                            QRegularExpression::MultilineOption);
    QStringList out;
    QDirIterator it(QStringLiteral(TILLSYN_SOURCE_DIR "/core/") + folder, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto m = include.globalMatch(text);
        while (m.hasNext())
            out << QFileInfo(file).fileName() + u':' + m.next().captured(1);
    }
    return out;
}

QStringList matching(const QStringList &includes, const QString &pattern)
{
    return includes.filter(QRegularExpression(pattern));
}

} // namespace

TEST_CASE("Layering: storage includes nothing of merge, visitfile, sync or reference",
          "[storage][layering]")
{
    const QStringList includes = includesUnder(QStringLiteral("storage"));
    REQUIRE(includes.size() > 20);
    CHECK(matching(includes, QStringLiteral(":(merge|visitfile|sync|reference)/")).isEmpty());
}

TEST_CASE("Layering: the office side's core reaches its database only through storage/",
          "[storage][layering]")
{
    for (const QString &folder : {QStringLiteral("merge"), QStringLiteral("stats"),
                                 QStringLiteral("report")}) {
        INFO(folder.toStdString());
        CHECK(matching(includesUnder(folder), QStringLiteral(":<?QSql")).isEmpty());
    }
    // Merge and statistics know only the interface (the report of a field visit reads the
    // field's SQLite tables, and so does report/ still).
    for (const QString &folder : {QStringLiteral("merge"), QStringLiteral("stats")}) {
        INFO(folder.toStdString());
        CHECK(matching(includesUnder(folder),
                       QStringLiteral(":storage/(database|officestore|sqliteofficerepository)"))
                  .isEmpty());
    }
}

} // namespace tillsyn_unity_officerepository_test
