#include "content/shippedcontent.h"
#include "models/checklisttreemodel.h"
#include "models/facilitylistmodel.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
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
