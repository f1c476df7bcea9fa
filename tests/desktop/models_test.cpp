#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "models/checklisttreemodel.h"
#include "models/facilitylistmodel.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>
#include <QTextDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_models_test {

using namespace tillsyn;

namespace {
std::vector<domain::Facility> manyFacilities(int n)
{
    std::vector<domain::Facility> out;
    for (int i = 0; i < n; ++i) {
        domain::Facility f;
        f.id = QStringLiteral("B-%1").arg(i, 5, 10, QChar(u'0'));
        f.name = QStringLiteral("%1 Restaurang %2")
                     .arg(i % 2 ? QStringLiteral("Norra") : QStringLiteral("Södra"))
                     .arg(i);
        f.city = QStringLiteral("Solna");
        out.push_back(f);
    }
    return out;
}
} // namespace

TEST_CASE("FacilityListModel pages through a large register and searches it")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    storage::FacilityStore(db).upsert(manyFacilities(650));
    desktop::FacilityListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.totalCount() == 650);
    // Pages of 200 (the tester may already have asked for more).
    CHECK(model.rowCount() % 200 == 0);
    CHECK(model.rowCount() < 650);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 650);

    model.setSearchText(QStringLiteral("norra"));
    CHECK(model.totalCount() == 325);
    model.setSearchText(QStringLiteral("södra 12"));
    REQUIRE(model.rowCount() >= 1);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, desktop::FacilityListModel::Name)
                  .data()
                  .toString()
                  .startsWith(u"Södra"));
    model.setSearchText(QStringLiteral("finnsinte"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("FacilityListModel shows each facility's last visit and sorts by it")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    content::ShippedContent::install(db, false);
    storage::FacilityStore(db).upsert(manyFacilities(250)); // more than a page
    field::VisitLifecycle visits(db);
    const QString checklist = content::ShippedContent::checklists().front().id;
    // Visits (started on the days given) to four facilities; B-00003 twice.
    const std::vector<std::pair<QString, QString>> started{
        {QStringLiteral("B-00003"), QStringLiteral("2026-01-10T09:00:00Z")},
        {QStringLiteral("B-00200"), QStringLiteral("2026-03-02T09:00:00Z")},
        {QStringLiteral("B-00003"), QStringLiteral("2026-05-20T09:00:00Z")},
        {QStringLiteral("B-00010"), QStringLiteral("2025-12-01T09:00:00Z")},
        {QStringLiteral("B-00150"), QStringLiteral("2026-04-15T09:00:00Z")}};
    for (const auto &[facility, at] : started) {
        const QString id = visits.start({facility, checklist, 0, domain::VisitKind::Planned, true,
                                         {{QStringLiteral("i-1"), QStringLiteral("Åsa")}}});
        QSqlQuery q = db.prepare(QStringLiteral("UPDATE visit SET started_at = ? WHERE visit_id = ?"));
        storage::Database::bindAll(q, {at, id});
        db.exec(q);
    }
    desktop::FacilityListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.headerData(desktop::FacilityListModel::LastVisit, Qt::Horizontal).toString() ==
          QStringLiteral("Last visit"));
    const auto lastVisitOf = [&](int row) {
        return model.index(row, desktop::FacilityListModel::LastVisit).data().toString();
    };
    const auto idOf = [&](int row) {
        return model.index(row, 0).data(desktop::FacilityListModel::IdRole).toString();
    };
    const QLocale locale;
    const auto day = [&](int y, int m, int d) {
        return locale.toString(QDate(y, m, d), QLocale::ShortFormat);
    };

    // Newest first; the facilities never visited after them, all of them (not only a page).
    model.sort(desktop::FacilityListModel::LastVisit, Qt::DescendingOrder);
    REQUIRE(model.rowCount() == 250);
    CHECK(QStringList{idOf(0), idOf(1), idOf(2), idOf(3)} ==
          QStringList{QStringLiteral("B-00003"), QStringLiteral("B-00150"),
                      QStringLiteral("B-00200"), QStringLiteral("B-00010")});
    CHECK(lastVisitOf(0) == day(2026, 5, 20));
    CHECK(lastVisitOf(3) == day(2025, 12, 1));
    CHECK(lastVisitOf(4).isEmpty());
    // Oldest first: never visited still last.
    model.sort(desktop::FacilityListModel::LastVisit, Qt::AscendingOrder);
    CHECK(QStringList{idOf(0), idOf(1), idOf(2), idOf(3)} ==
          QStringList{QStringLiteral("B-00010"), QStringLiteral("B-00200"),
                      QStringLiteral("B-00150"), QStringLiteral("B-00003")});
    CHECK(lastVisitOf(249).isEmpty());
    // Back to the name order: pages again.
    model.sort(desktop::FacilityListModel::Name, Qt::AscendingOrder);
    CHECK(model.rowCount() < 250);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("ChecklistTreeModel exposes checklist, section and item levels")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    content::ShippedContent::install(db, false);
    desktop::ChecklistTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto checklists = storage::ChecklistStore(db).latestVersions();
    REQUIRE(checklists.size() >= 4);
    model.setChecklists(checklists);

    REQUIRE(model.rowCount() == int(checklists.size()));
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data().toString() == checklists[0].title);
    REQUIRE(model.rowCount(first) == int(checklists[0].sections.size()));
    const QModelIndex section = model.index(0, 0, first);
    CHECK(section.parent() == first);
    const QModelIndex item = model.index(0, 0, section);
    CHECK(item.parent() == section);
    CHECK(item.data().toString() == checklists[0].sections[0].items[0].text);
    CHECK(item.data(desktop::ChecklistTreeModel::GuidanceRole).toString() ==
          checklists[0].sections[0].items[0].guidance);
    CHECK(model.rowCount(item) == 0);
}

TEST_CASE("FacilityListModel shows bidi overrides inert and its tooltip as plain text")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    domain::Facility f;
    f.id = QStringLiteral("B-1");
    f.name = QStringLiteral("Krogen ") + QChar(0x202E) + QStringLiteral("nevo");
    f.operatorDetails.name = QStringLiteral("<img src=\"file:///etc/passwd\"><b>Ägaren</b> AB");
    f.city = QStringLiteral("Solna");
    storage::FacilityStore(db).upsert({f});
    desktop::FacilityListModel model(db);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, desktop::FacilityListModel::Name).data().toString() ==
          QStringLiteral("Krogen ‹RLO›nevo"));
    // The tooltip is escaped rich text: shown, it reads exactly as the data.
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));
    QTextDocument shown;
    shown.setHtml(tip);
    CHECK(shown.toPlainText().trimmed() == f.operatorDetails.name);
}

} // namespace tillsyn_unity_models_test
