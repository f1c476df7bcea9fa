#include "checklists/checklistadminpanel.h"
#include "checklists/checklisteditorwidget.h"
#include "content/shippedcontent.h"
#include "domain/controlarea.h"
#include "dialogs/facilitydialog.h"
#include "dialogs/facilityimportdialog.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checklisteditor_test {

using namespace tillsyn;
using storage::ChecklistStore;

TEST_CASE("The checklist editor edits a draft of the next version, with undo, and publishes it")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, false);
    storage::SqliteOfficeRepository office(db);
    desktop::ChecklistAdminPanel panel(office);
    panel.reload();
    panel.select(QStringLiteral("forskola"), 1);
    desktop::ChecklistEditorWidget *editor = panel.editor();
    REQUIRE(editor->checklist().id == u"forskola");
    const int items = editor->checklist().itemCount();
    // Version 1 is published: the editor shows it but does not change it, and its buttons that
    // would change it are disabled rather than dead.
    editor->addItem();
    CHECK(editor->checklist().itemCount() == items);
    const auto editButtons = editor->findChildren<QWidget *>(QStringLiteral("checklistEditButton"));
    REQUIRE(editButtons.size() == 3);
    for (QWidget *b : editButtons)
        CHECK_FALSE(b->isEnabled());

    // Edit makes version 2 as a draft; changes are saved at once and can be undone.
    panel.edit();
    REQUIRE(editor->checklist().version == 2);
    for (QWidget *b : editButtons)
        CHECK(b->isEnabled());
    ChecklistStore store(db);
    CHECK(store.status(QStringLiteral("forskola"), 2) == ChecklistStore::Status::Draft);
    editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0));
    editor->addItem();
    CHECK(store.find(QStringLiteral("forskola"), 2)->itemCount() == items + 1);
    editor->undoStack()->undo();
    CHECK(store.find(QStringLiteral("forskola"), 2)->itemCount() == items);
    editor->undoStack()->redo();
    CHECK(store.find(QStringLiteral("forskola"), 2)->itemCount() == items + 1);
    // New visits still use version 1 until version 2 is published.
    CHECK(store.latest(QStringLiteral("forskola"))->version == 1);
    panel.publish();
    CHECK(store.status(QStringLiteral("forskola"), 2) == ChecklistStore::Status::Published);
    CHECK(store.latest(QStringLiteral("forskola"))->version == 2);
    CHECK(*store.find(QStringLiteral("forskola"), 1) == content::ShippedContent::checklists()[0]);
}

TEST_CASE("The checklist editor picks an item's control area from the list, undoably")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, false);
    storage::SqliteOfficeRepository office(db);
    desktop::ChecklistAdminPanel panel(office);
    panel.reload();
    panel.select(QStringLiteral("livsmedel-restaurang"), 1);
    panel.edit();
    desktop::ChecklistEditorWidget *editor = panel.editor();
    REQUIRE(editor->checklist().version == 2);
    auto *area = editor->findChild<QComboBox *>(QStringLiteral("checklistControlArea"));
    REQUIRE(area);
    // The list: none, then every code with its name.
    CHECK(area->itemData(0).toString().isEmpty());
    CHECK(area->count() == int(domain::ControlAreas::all().size()) + 1);
    CHECK(area->findText(QStringLiteral("J08 Temperaturer")) > 0);

    // The first item (A01): the box shows its code.
    QTreeWidgetItem *first = editor->tree()->topLevelItem(0)->child(0);
    editor->tree()->setCurrentItem(first);
    CHECK(area->currentData().toString() == u"A01");

    // Choosing another code saves it at once; undo and redo move it back and forth.
    ChecklistStore store(db);
    const auto stored = [&] {
        return store.find(QStringLiteral("livsmedel-restaurang"), 2)->sections[0].items[0].controlArea;
    };
    const int j08 = area->findData(QStringLiteral("J08"));
    REQUIRE(j08 > 0);
    area->setCurrentIndex(j08);
    emit area->activated(j08);
    CHECK(stored() == u"J08");
    CHECK(editor->checklist().sections[0].items[0].controlArea == u"J08");
    editor->undoStack()->undo();
    CHECK(stored() == u"A01");
    CHECK(area->currentData().toString() == u"A01");
    editor->undoStack()->redo();
    CHECK(stored() == u"J08");
    // None is a choice too.
    editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0)->child(0));
    area->setCurrentIndex(0);
    emit area->activated(0);
    CHECK(stored().isEmpty());
}

TEST_CASE("The facility dialog checks the org. number and the import preview sorts the rows")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, true);
    desktop::FacilityDialog dialog(db, QStringLiteral("F-0001"));
    auto *org = dialog.findChildren<QLineEdit *>().at(3);
    org->setText(QStringLiteral("556677-8890")); // wrong check digit
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("556677-8890")));
    org->setText(QStringLiteral("5566778899"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(storage::FacilityStore(db).find(QStringLiteral("F-0001"))->operatorDetails.orgNumber ==
          u"556677-8899");

    auto facilities = content::ShippedContent::demoFacilities();
    facilities[1].name += QStringLiteral(" (nytt namn)");
    domain::Facility copy = facilities[2];
    copy.id = QStringLiteral("NEW-1"); // same org. number and address as F-0003
    facilities.push_back(copy);
    desktop::FacilityImportDialog preview(db, facilities, QStringLiteral("lista.csv"));
    using Action = reference::FacilityImportPreview::Action;
    CHECK(preview.preview().count(Action::Add) == 1);
    CHECK(preview.preview().count(Action::Change) == 2); // F-0001 was edited above, and F-0002
    CHECK(preview.preview().rows.back().possibleDuplicateOf == facilities[2].id);
}

TEST_CASE("At 1366×768 the checklist editor shows section titles whole and long texts in tooltips")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, false);
    storage::SqliteOfficeRepository office(db);
    desktop::ChecklistAdminPanel panel(office);
    // The Office tab's room in the main window on a 1366×768 screen.
    panel.resize(1170, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.reload();
    panel.select(QStringLiteral("livsmedel-restaurang"), 1);
    QTreeWidget *tree = panel.editor()->tree();
    REQUIRE(tree->topLevelItemCount() > 5);

    // The editor gets most of the width, and its tree a good part of that.
    auto *outer = panel.findChild<QSplitter *>(QStringLiteral("checklistAdminSplitter"));
    REQUIRE(outer);
    CHECK(outer->sizes().at(1) >= outer->width() * 6 / 10);
    CHECK(tree->width() >= panel.editor()->width() / 3);
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = tree->topLevelItem(s);
        INFO(section->text(0).toStdString());
        const QRect shown = tree->visualItemRect(section);
        CHECK(shown.left() + QFontMetrics(section->font(0)).horizontalAdvance(section->text(0)) <=
              tree->viewport()->width());
        CHECK(section->toolTip(0).contains(section->text(0).toHtmlEscaped()));
        for (int i = 0; i < section->childCount(); ++i)
            CHECK(section->child(i)->toolTip(0).contains(
                section->child(i)->text(0).toHtmlEscaped()));
    }
    // A long title wraps in the list of versions (no sideways scrolling) and is in its tooltip.
    QListWidget *versions = panel.versions();
    CHECK(versions->wordWrap());
    for (int r = 0; r < versions->count(); ++r)
        CHECK(versions->item(r)->toolTip().contains(versions->item(r)->text().toHtmlEscaped()));
}

} // namespace tillsyn_unity_checklisteditor_test
