#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <optional>

namespace tillsyn {

namespace {
QString s_current = QStringLiteral("en");
// What the last install() installed, and the default locale before it set one.
QList<QPointer<QTranslator>> s_installed;
std::optional<QLocale> s_defaultBefore;
}

void Translations::install(QCoreApplication *app, const QString &language)
{
    for (const QPointer<QTranslator> &t : std::as_const(s_installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    s_installed.clear();
    if (s_defaultBefore) {
        QLocale::setDefault(*s_defaultBefore);
        s_defaultBefore.reset();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    s_current = QStringLiteral("en");
    if (locale.language() == QLocale::English)
        return;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("tillsyn"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        app->installTranslator(own);
        s_installed.append(own);
        s_current = locale.name().left(2);
        s_defaultBefore = QLocale();
        QLocale::setDefault(locale);
    } else {
        delete own;
        return;
    }
    for (QTranslator *qt : loadQtCatalogues(locale, app)) {
        app->installTranslator(qt);
        s_installed.append(qt);
    }
}

QList<QTranslator *> Translations::loadQtCatalogues(const QLocale &locale, QObject *parent)
{
    QList<QTranslator *> loaded;
    const auto load = [&](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(parent);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            loaded.append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // Debian ships Qt's catalogues (qt6-translations-l10n) as qt_LANG.qm, which includes
    // qtbase_LANG.qm and the other modules' where Qt has them; other builds of Qt may ship only
    // the module catalogues, so qtbase is the fallback.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!load(QStringLiteral("qt"), qtFolder))
        load(QStringLiteral("qtbase"), qtFolder);
    // Qt 6.4 has no Swedish qtbase catalogue: Debian's qt_sv.qm is the Qt 4 one, without the
    // contexts Qt 6 asks (QPlatformTheme's standard buttons, QFileDialog's newer strings, the
    // print dialogs). Ours fills exactly those (translations/qt_supplement_sv.ts).
    load(QStringLiteral("qt_supplement"), QStringLiteral(":/i18n"));
    return loaded;
}
QString Translations::languageFromArguments(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(u"--lang="))
            return args.at(i).mid(7);
    }
    return {};
}

QString Translations::current()
{
    return s_current;
}

} // namespace tillsyn
