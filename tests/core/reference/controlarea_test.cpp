// Food control reporting areas (issue 19; formats.md, "Additions to version 1": `controlArea` on
// a checklist item and on an answer): the form ^[A-Z][0-9]{2}$ is enforced with its reason, the
// member is optional (older files stay valid and are written as before), it is kept by the
// checklist store, the field's visits and the office's current revisions, and every item of the
// shipped food checklist carries a code of Livsmedelsverket's list.
#include "content/shippedcontent.h"
#include "domain/controlarea.h"
#include "merge/mergefixture.h"
#include "reference/checklistsfile.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/visitstore.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_controlarea_test {

using namespace tillsyn;
using domain::ControlAreas;
using reference::ChecklistsFile;

namespace {

const QDateTime kPublished(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

domain::Checklist withAreas()
{
    domain::Checklist c = test::sampleChecklist(QStringLiteral("livs"));
    c.sections[0].items[0].controlArea = QStringLiteral("J08");
    c.sections[1].items[2].controlArea = QStringLiteral("B02");
    return c;
}

QString checklistRejection(const QJsonValue &area)
{
    const QByteArray bytes = ChecklistsFile::write({withAreas()}, kPublished);
    const QJsonValue edited = test::editJson(
        QJsonDocument::fromJson(bytes).object(),
        {QStringLiteral("checklists"), QStringLiteral("0"), QStringLiteral("sections"),
         QStringLiteral("1"), QStringLiteral("items"), QStringLiteral("2")},
        [&](QJsonObject &item) { item.insert(QStringLiteral("controlArea"), area); });
    try {
        ChecklistsFile::read(test::toBytes(edited.toObject()), QStringLiteral("lists.json"));
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("accepted");
}

} // namespace

TEST_CASE("A control area is a capital letter and two digits", "[reference][controlarea]")
{
    for (const char *good : {"A01", "J08", "B02", "Z99"})
        CHECK(ControlAreas::isValidCode(QString::fromLatin1(good)));
    for (const char *bad : {"", "j08", "J8", "J080", "JJ8", "08J", " J08", "J08\n", "Ä01"})
        CHECK_FALSE(ControlAreas::isValidCode(QString::fromUtf8(bad)));
    // The list to pick from: valid codes, each once, each named, in code order.
    QString previous;
    for (const domain::ControlArea &a : ControlAreas::all()) {
        INFO(a.code.toStdString());
        CHECK(ControlAreas::isValidCode(a.code));
        CHECK(a.code > previous);
        CHECK_FALSE(a.name.trimmed().isEmpty());
        previous = a.code;
    }
    CHECK(ControlAreas::nameOf(QStringLiteral("J08")).contains(QStringLiteral("Temperatur")));
    CHECK(ControlAreas::nameOf(QStringLiteral("Q42")).isEmpty());
}

TEST_CASE("controlArea on a checklist item round-trips, is optional and is refused with its "
          "reason when malformed",
          "[reference][controlarea]")
{
    const QByteArray bytes = ChecklistsFile::write({withAreas()}, kPublished);
    CHECK(ChecklistsFile::read(bytes, QStringLiteral("lists.json")) ==
          std::vector<domain::Checklist>{withAreas()});
    const QJsonValue root(QJsonDocument::fromJson(bytes).object());
    const QJsonArray items = root[u"checklists"][0][u"sections"][0][u"items"].toArray();
    CHECK(items.at(0).toObject().value(QStringLiteral("controlArea")).toString() == u"J08");
    // An item without one is written without the member, as before.
    CHECK_FALSE(items.at(1).toObject().contains(QStringLiteral("controlArea")));

    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("j08")), QJsonValue(QStringLiteral("J8")),
                                  QJsonValue(QStringLiteral("J080")), QJsonValue(QString()),
                                  QJsonValue(8)}) {
        const QString message = checklistRejection(bad);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("lists.json")));
        CHECK(message.contains(QStringLiteral("controlArea")));
        CHECK(message.contains(QStringLiteral("sections[1]")));
    }
    CHECK(checklistRejection(QStringLiteral("j08")).contains(QStringLiteral("like J08")));
    CHECK(checklistRejection(QStringLiteral("K01")) == u"accepted");
}

TEST_CASE("The checklist store keeps an item's control area", "[reference][controlarea]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    storage::ChecklistStore store(db);
    store.insert(withAreas(), storage::ChecklistStore::Status::Published);
    const auto stored = store.find(QStringLiteral("livs"), 1);
    REQUIRE(stored);
    CHECK(*stored == withAreas());
    CHECK(stored->sections[0].items[0].controlArea == u"J08");
    CHECK(stored->sections[0].items[1].controlArea.isEmpty());
}

TEST_CASE("Every item of the shipped food checklist carries a code of the list",
          "[reference][controlarea][content]")
{
    int foodItems = 0;
    for (const domain::Checklist &c : content::ShippedContent::checklists()) {
        if (c.area != domain::Area::Food)
            continue;
        for (const auto &section : c.sections) {
            for (const auto &item : section.items) {
                INFO(c.id.toStdString() << " " << item.id.toStdString());
                CHECK(ControlAreas::isValidCode(item.controlArea));
                CHECK_FALSE(ControlAreas::nameOf(item.controlArea).isEmpty());
                ++foodItems;
            }
        }
    }
    CHECK(foodItems >= 30);
}

TEST_CASE("An answer's controlArea round-trips through the visit file, the field database and "
          "the office",
          "[visitfile][controlarea]")
{
    domain::Visit v = test::mergeVisit(test::uuidFor(19), 1, 0);
    v.answers[0].controlArea = QStringLiteral("J03");
    v.answers[2].controlArea = QStringLiteral("J08");

    // The visit file: written when set, read back; absent on the answer without one.
    const QJsonObject json = visitfile::VisitFileWriter::toJson(v);
    const QJsonArray answers = json.value(QStringLiteral("answers")).toArray();
    CHECK(answers.at(0).toObject().value(QStringLiteral("controlArea")).toString() == u"J03");
    CHECK_FALSE(answers.at(1).toObject().contains(QStringLiteral("controlArea")));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const domain::Visit read = visitfile::VisitFileReader::read(bytes, QStringLiteral("v.json"));
    CHECK(read.answers[0].controlArea == u"J03");
    CHECK(read.answers[1].controlArea.isEmpty());
    CHECK(read.answers[2].controlArea == u"J08");

    // A malformed one makes the file invalid, with the member and the reason.
    const QJsonValue bad = test::editJson(
        json, {QStringLiteral("answers"), QStringLiteral("1")},
        [](QJsonObject &a) { a.insert(QStringLiteral("controlArea"), QStringLiteral("J 8")); });
    try {
        visitfile::VisitFileReader::read(test::toBytes(bad.toObject()), QStringLiteral("v.json"));
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("v.json")));
        CHECK(e.message().contains(QStringLiteral("answers[1]")));
        CHECK(e.message().contains(QStringLiteral("controlArea")));
        CHECK(e.message().contains(QStringLiteral("like J08")));
    }

    // The field database.
    {
        test::TempDir dir;
        storage::Database db(dir.file(QStringLiteral("field.db")));
        // A draft: the field's database locks a finished revision's answers.
        domain::Visit draft = v;
        draft.status = domain::VisitStatus::Draft;
        draft.finishedAt = {};
        storage::VisitStore(db).insert(draft);
        const auto loaded = storage::VisitStore(db).load(v.visitId);
        REQUIRE(loaded);
        CHECK(loaded->answers[0].controlArea == u"J03");
        CHECK(loaded->answers[2].controlArea == u"J08");
    }

    // The office: the current revision's answers carry it.
    test::OfficeFixture office;
    REQUIRE(office.outcome(test::visitFile(v)) == merge::Outcome::Imported);
    QSqlQuery q = office.db.prepare(QStringLiteral(
        "SELECT item_id, control_area FROM office_answer WHERE visit_id = ? ORDER BY position"));
    q.addBindValue(v.visitId);
    office.db.exec(q);
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString() + u'=' + q.value(1).toString());
    CHECK(rows == QStringList{QStringLiteral("lokal-1=J03"), QStringLiteral("lokal-2="),
                              QStringLiteral("hant-1=J08")});
}

} // namespace tillsyn_unity_controlarea_test
