#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tillsyn {

// Loads the Swedish (or another shipped) translation for the application: the language of the
// system locale unless `language` ("sv", "en") names one.
class Translations
{
public:
    static void install(QCoreApplication *app, const QString &language = {});
    // The value of a --lang option among raw arguments (before any parser is built, so that the
    // parser's help texts are translated too).
    static QString languageFromArguments(const QStringList &arguments);
    // The language in effect after install(): "sv" or "en".
    static QString current();
};

} // namespace tillsyn
