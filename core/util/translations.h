#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;
class QObject;
class QTranslator;

namespace tillsyn {

// Loads the Swedish (or another shipped) translation for the application: the language of the
// system locale unless `language` ("sv", "en") names one. A second install() first takes away
// what the first one installed (and the default locale it set), so the language can change.
class Translations
{
public:
    static void install(QCoreApplication *app, const QString &language = {});
    // The value of a --lang option among raw arguments (before any parser is built, so that the
    // parser's help texts are translated too).
    static QString languageFromArguments(const QStringList &arguments);
    // The language in effect after install(): "sv" or "en".
    static QString current();
    // Qt's own strings (dialog buttons, file dialogs, text-field menus) in `locale`'s language:
    // the catalogue in Qt's translations folder, then ours for the strings it lacks, in the
    // order to install them (the last installed is asked first). Empty when there is none.
    static QList<QTranslator *> loadQtCatalogues(const QLocale &locale, QObject *parent);
};

} // namespace tillsyn
