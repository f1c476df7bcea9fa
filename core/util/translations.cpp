#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tillsyn {

namespace {
QString s_current = QStringLiteral("en");
}

void Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    s_current = QStringLiteral("en");
    if (locale.language() == QLocale::English)
        return;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("tillsyn"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        app->installTranslator(own);
        s_current = locale.name().left(2);
        QLocale::setDefault(locale);
    } else {
        delete own;
        return;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
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
