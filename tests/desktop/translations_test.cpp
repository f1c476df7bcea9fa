#include "util/translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_translations_test {

using namespace tillsyn;

// In Swedish the program's own strings are not enough: Qt's standard buttons, file dialogs and
// text-field menus must be Swedish too, from the catalogue Qt ships.
TEST_CASE("Qt's own strings are Swedish in a Swedish session")
{
    QObject owner;
    const QList<QTranslator *> catalogues =
        Translations::loadQtCatalogues(QLocale(QLocale::Swedish, QLocale::Sweden), &owner);
    REQUIRE(catalogues.size() == 2);
    for (QTranslator *t : catalogues)
        QApplication::installTranslator(t);

    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(box.button(QDialogButtonBox::Cancel)->text().remove(u'&') == QStringLiteral("Avbryt"));
    CHECK(box.button(QDialogButtonBox::Close)->text().remove(u'&') == QStringLiteral("Stäng"));

    // The text-field menu and the file dialog come from the same catalogues.
    CHECK(QCoreApplication::translate("QLineEdit", "&Copy") == QStringLiteral("&Kopiera"));
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") != QStringLiteral("Look in:"));

    for (QTranslator *t : catalogues)
        QApplication::removeTranslator(t);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    CHECK(english.button(QDialogButtonBox::Cancel)->text().remove(u'&') ==
          QStringLiteral("Cancel"));
}

} // namespace tillsyn_unity_translations_test
