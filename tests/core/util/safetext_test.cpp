// Text from data made safe: one line of plain text for output (escapeControls), and a part of
// a file name that can never be a path (safeFileNamePart, used by the report's Save dialog).
#include "util/safetext.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_safetext_test {

using namespace tillsyn;

TEST_CASE("escapeControls writes every control and invisible format character visibly",
          "[util][safetext]")
{
    CHECK(escapeControls(QStringLiteral("visit-1.json")) == u"visit-1.json");
    CHECK(escapeControls(QStringLiteral("Café åäö — ok")) == u"Café åäö — ok");
    // A name that would fake a line of merge output.
    CHECK(escapeControls(QStringLiteral("x.json\nother.json: imported")) ==
          u"x.json\\nother.json: imported");
    CHECK(escapeControls(QStringLiteral("a\rb\tc")) == u"a\\rb\\tc");
    CHECK(escapeControls(QStringView(u"\u001b[2Jx\u0000y", 7).toString()) == u"\\u{1b}[2Jx\\u{0}y");
    // Right-to-left override, line separator, zero-width space.
    CHECK(escapeControls(QString::fromUtf16(u"a\u202Etxt.exe\u2028b\u200Bc")) ==
          u"a\\u{202e}txt.exe\\u{2028}b\\u{200b}c");
    CHECK_FALSE(escapeControls(QString::fromUtf16(u"\u0085\u2029")).contains(u'\n'));
}

TEST_CASE("safeFileNamePart makes a file name from data that is never a path", "[util][safetext]")
{
    const QString fallback = QStringLiteral("facility");
    CHECK(safeFileNamePart(QStringLiteral("Restaurang Solsidan"), fallback) ==
          u"Restaurang-Solsidan");
    CHECK(safeFileNamePart(QStringLiteral("  Kiosken   Hörnan "), fallback) == u"Kiosken-Hörnan");
    // The attack of issue 13: a facility name that climbs out of the Documents folder.
    const QString climbing =
        safeFileNamePart(QStringLiteral("x/../../.config/autostart/evil"), fallback);
    CHECK(climbing == u"x_.._.._.config_autostart_evil");
    for (const QString &name :
         {QStringLiteral("/.."), QStringLiteral(".."), QStringLiteral("."), QStringLiteral("../"),
          QStringLiteral("a\\..\\b"), QStringLiteral("C:\\Windows"), QStringLiteral("a\nb\rc"),
          QString::fromUtf16(u"abc\u202Efdp.exe"), QStringLiteral("x<>:\"|?*y"),
          QStringLiteral("\t"), QString()}) {
        const QString part = safeFileNamePart(name, fallback);
        INFO(name.toStdString() << " -> " << part.toStdString());
        CHECK_FALSE(part.isEmpty());
        CHECK_FALSE(part.contains(u'/'));
        CHECK_FALSE(part.contains(u'\\'));
        CHECK_FALSE(part.startsWith(u'.'));
        CHECK(part != u"..");
        for (const QChar c : part) {
            CHECK(c.category() != QChar::Other_Control);
            CHECK(c.category() != QChar::Other_Format);
            CHECK_FALSE(QStringLiteral("<>:\"|?*").contains(c));
        }
    }
    CHECK(safeFileNamePart(QStringLiteral("/.."), fallback) == u"_");
    CHECK(safeFileNamePart(QStringLiteral(".."), fallback) == fallback);
    CHECK(safeFileNamePart(QString(), fallback) == fallback);
    // Long names are cut to whole characters within the byte limit.
    const QString longName = safeFileNamePart(QString(300, QChar(0x00e5)), fallback, 120);
    CHECK(longName == QString(60, QChar(0x00e5)));
    CHECK(safeFileNamePart(QString::fromUtf16(u"😀😀😀"), fallback, 9) == QString::fromUtf16(u"😀😀"));
}

} // namespace tillsyn_unity_safetext_test
