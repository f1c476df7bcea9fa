// The checklist suggested for a facility comes from the office's reference data (a checklist's
// optional `categories`), not from category words in the program; the categories survive the
// file, the database and an edit.
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "reference/checklistsuggestion.h"
#include "storage/checkliststore.h"
#include "storage/sqliteofficerepository.h"
#include "storage/database.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checklistsuggestion_test {

using namespace tillsyn;
using reference::ChecklistsFile;
using reference::suggestChecklist;
using tillsyn::test::sampleChecklist;

namespace {

const QDateTime kPublished(QDate(2026, 11, 26), QTime(9, 15), Qt::UTC);

domain::Facility facilityOf(const QString &category)
{
    domain::Facility f;
    f.id = QStringLiteral("F-1");
    f.name = QStringLiteral("Anläggningen");
    f.category = category;
    return f;
}

std::vector<domain::Checklist> lists()
{
    domain::Checklist food = sampleChecklist(QStringLiteral("livsmedel"));
    food.categories = {QStringLiteral("Restaurang"), QStringLiteral("Skolkök")};
    domain::Checklist plain = sampleChecklist(QStringLiteral("allman"));
    domain::Checklist school = sampleChecklist(QStringLiteral("forskola"));
    school.area = domain::Area::Health;
    school.categories = {QStringLiteral("Förskola")};
    return {plain, food, school};
}

} // namespace

TEST_CASE("the checklist meant for the facility's category is suggested", "[reference][suggest]")
{
    const auto checklists = lists();
    CHECK(suggestChecklist(checklists, facilityOf(QStringLiteral("Restaurang"))) == 1);
    // Case and surrounding spaces do not matter (the old rule missed "restaurang").
    CHECK(suggestChecklist(checklists, facilityOf(QStringLiteral(" restaurang "))) == 1);
    CHECK(suggestChecklist(checklists, facilityOf(QStringLiteral("FÖRSKOLA"))) == 2);
    // No checklist names it, or there is no category: no suggestion.
    CHECK(suggestChecklist(checklists, facilityOf(QStringLiteral("Bassängbad"))) == -1);
    CHECK(suggestChecklist(checklists, facilityOf(QString())) == -1);
    // Not a part of a word.
    CHECK(suggestChecklist(checklists, facilityOf(QStringLiteral("Restaurangkök"))) == -1);
}

TEST_CASE("categories are optional in the file and kept by the database", "[reference][suggest]")
{
    const auto checklists = lists();
    const QByteArray bytes = ChecklistsFile::write(checklists, kPublished);
    CHECK(ChecklistsFile::read(bytes, QStringLiteral("lists.json")) == checklists);
    // A checklist without categories is written without the member, as before.
    const QJsonArray written =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("checklists")).toArray();
    CHECK_FALSE(written.at(0).toObject().contains(QStringLiteral("categories")));
    CHECK(written.at(1).toObject().value(QStringLiteral("categories")).toArray().size() == 2);

    // A bad category is refused with its path.
    QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QJsonArray list = doc.value(QStringLiteral("checklists")).toArray();
    QJsonObject first = list.at(1).toObject();
    first.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("Café"), QString()});
    list.replace(1, first);
    doc.insert(QStringLiteral("checklists"), list);
    try {
        ChecklistsFile::read(QJsonDocument(doc).toJson(), QStringLiteral("lists.json"));
        FAIL("an empty category was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("categories[1]")));
    }

    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    storage::ChecklistStore store(db);
    for (const auto &c : checklists)
        store.insert(c, storage::ChecklistStore::Status::Published);
    CHECK(store.find(QStringLiteral("livsmedel"), 1)->categories ==
          QStringList{QStringLiteral("Restaurang"), QStringLiteral("Skolkök")});
    CHECK(store.find(QStringLiteral("allman"), 1)->categories.isEmpty());
    // The next version, made by the editor, keeps them.
    storage::SqliteOfficeRepository office(db);
    const auto draft = reference::ChecklistEditor(office).edit(QStringLiteral("livsmedel"));
    CHECK(draft.categories == checklists[1].categories);
}

} // namespace tillsyn_unity_checklistsuggestion_test
