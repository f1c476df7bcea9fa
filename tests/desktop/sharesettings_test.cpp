// The share settings dialog's trusted office keys: a pasted key shows its fingerprint, is
// trusted on OK (not on Cancel), and trust can be removed again; the sync result says when
// reference data was taken without checking signatures.
#include "dialogs/sharesettingsdialog.h"
#include "reference/keystore.h"
#include "reference/signature.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/synccontroller.h"
#include "sync/syncui.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_sharesettings_test {

using namespace tillsyn;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Share settings: paste an office key, see its fingerprint, trust it, remove trust")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    const auto office = reference::SigningKey::generate().publicKey();

    {
        desktop::ShareSettingsDialog dialog(db);
        CHECK(
            child<QLabel>(dialog, "trustState")->text().contains(QStringLiteral("No office key")));
        auto *pasted = child<QLineEdit>(dialog, "pastedKey");
        auto *trust = child<QPushButton>(dialog, "trustKey");
        QTest::keyClicks(pasted, QStringLiteral("ed25519:nonsense"));
        CHECK(!trust->isEnabled());
        CHECK(child<QLabel>(dialog, "pastedKeyFingerprint")
                  ->text()
                  .contains(QStringLiteral("not a public key")));
        pasted->setText(office.text());
        CHECK(trust->isEnabled());
        CHECK(child<QLabel>(dialog, "pastedKeyFingerprint")->text().contains(office.fingerprint()));
        QTest::mouseClick(trust, Qt::LeftButton);
        CHECK(child<QListWidget>(dialog, "trustedKeys")->count() == 1);
        // Enter in the key field trusts a key and nothing more: the dialog stays open.
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        pasted->setText(reference::SigningKey::generate().publicKey().text());
        pasted->setFocus();
        QTest::keyClick(pasted, Qt::Key_Return);
        CHECK(child<QListWidget>(dialog, "trustedKeys")->count() == 2);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        dialog.reject(); // Cancel keeps the trust as it was
    }
    CHECK(reference::KeyStore(db).trusted().empty());

    {
        desktop::ShareSettingsDialog dialog(db);
        child<QLineEdit>(dialog, "pastedKey")->setText(office.text());
        QTest::mouseClick(child<QPushButton>(dialog, "trustKey"), Qt::LeftButton);
        dialog.accept();
    }
    REQUIRE(reference::KeyStore(db).trusted().size() == 1);
    CHECK(reference::KeyStore(db).trusted().front() == office);

    {
        desktop::ShareSettingsDialog dialog(db);
        auto *list = child<QListWidget>(dialog, "trustedKeys");
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().contains(office.fingerprint()));
        CHECK(child<QLabel>(dialog, "trustState")
                  ->text()
                  .contains(QStringLiteral("only when signed")));
        list->setCurrentRow(0);
        auto *remove = child<QPushButton>(dialog, "removeTrust");
        REQUIRE(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        CHECK(list->count() == 0);
        dialog.accept();
    }
    CHECK(reference::KeyStore(db).trusted().empty());
}

TEST_CASE("The sync result in the status bar says when signatures were not checked")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    QMainWindow window;
    desktop::SyncUi ui(db, &window, window.statusBar());

    // Nothing taken: nothing to say about signatures.
    sync::SyncReport nothingTaken;
    emit ui.controller()->finished(nothingTaken, QString());
    CHECK(!window.statusBar()->currentMessage().contains(QStringLiteral("signatures")));

    sync::SyncReport unchecked;
    sync::ReferenceResult taken;
    taken.fileName = QStringLiteral("reference/facilities.json");
    taken.outcome = sync::ReferenceResult::Outcome::Updated;
    unchecked.reference.push_back(taken);
    emit ui.controller()->finished(unchecked, QString());
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("without checking signatures")));

    sync::SyncReport checked = unchecked;
    checked.trustedKeys = 1;
    emit ui.controller()->finished(checked, QString());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Sync done")));
    CHECK(!window.statusBar()->currentMessage().contains(QStringLiteral("signatures")));
}

} // namespace tillsyn_unity_sharesettings_test
