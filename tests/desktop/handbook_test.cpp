// Help → Handbook in the program's language, and the Swedish handbook kept in step with the
// README it translates.
#include "dialogs/helpdialogs.h"
#include "support/catchqt.h"
#include "support/swedishsession.h"
#include "util/translations.h"

#include <QApplication>
#include <QDialog>
#include <QRegularExpression>
#include <QTextBrowser>

#include <memory>
#include <set>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_handbook_test {

using namespace tillsyn;

namespace {

QString shownHandbook()
{
    std::unique_ptr<QDialog> dialog(desktop::HelpDialogs::handbook(nullptr));
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("handbook"));
    REQUIRE(browser);
    return dialog->windowTitle() + u'\n' + browser->toPlainText();
}

QStringList headings(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(##|###) .*$"),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    for (auto it = heading.globalMatch(markdown); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// What a reader types: every `tillsyn-cli WORD` and the first cell of every table row that
// starts with a command (`init [--office] [--demo]`, `visit answer --visit ID …`).
std::set<QString> commands(const QString &markdown)
{
    std::set<QString> found;
    static const QRegularExpression named(QStringLiteral("tillsyn-cli [a-z][a-z-]*"));
    for (auto it = named.globalMatch(markdown); it.hasNext();)
        found.insert(it.next().captured(0));
    static const QRegularExpression row(QStringLiteral("^\\| (`.*?`) \\|"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(markdown); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

} // namespace

TEST_CASE("Help → Handbook is Swedish in a Swedish session and the README's in English")
{
    test::SwedishSession inSwedish;
    REQUIRE(Translations::current() == u"sv");
    const QString swedish = shownHandbook();
    CHECK(swedish.startsWith(u"Handbok\n"));
    CHECK(swedish.contains(u"Som inspektör"));
    CHECK(swedish.contains(u"Kommandoraden"));
    CHECK_FALSE(swedish.contains(u"As an inspector"));

    Translations::install(qApp, QStringLiteral("en"));
    REQUIRE(Translations::current() == u"en");
    const QString english = shownHandbook();
    CHECK(english.startsWith(u"Handbook\n"));
    CHECK(english.contains(u"As an inspector"));
    CHECK(english.contains(u"The command line"));
    CHECK_FALSE(english.contains(u"Som inspektör"));
}

TEST_CASE("The Swedish handbook has the README's headings and names every command it names")
{
    const QString readme = desktop::HelpDialogs::handbookMarkdown(QStringLiteral("en"));
    const QString swedish = desktop::HelpDialogs::handbookMarkdown(QStringLiteral("sv"));
    REQUIRE(readme.startsWith(u"## As an inspector"));
    REQUIRE(swedish.startsWith(u"## Som inspektör"));

    // The same outline: as many headings, each of the same level, in the same order.
    const QStringList readmeHeadings = headings(readme);
    REQUIRE(readmeHeadings.size() >= 3);
    CHECK(headings(swedish) == readmeHeadings);

    // Commands and options are not translated: each one the README names is in the Swedish
    // text as written there.
    const std::set<QString> named = commands(readme);
    REQUIRE(named.size() >= 30);
    REQUIRE(named.count(QStringLiteral("tillsyn-cli init")));
    for (const QString &command : named) {
        INFO(command.toStdString());
        CHECK(swedish.contains(command));
    }
    CHECK(commands(swedish) == named);
}

} // namespace tillsyn_unity_handbook_test
