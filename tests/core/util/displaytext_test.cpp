// Bidirectional controls in data are shown as markers, and tooltips show data as plain text.
#include "util/displaytext.h"

#include "support/catchqt.h"

#include <QTextDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_displaytext_test {

using namespace tillsyn;

TEST_CASE("inertBidi shows every bidi embedding, override and isolate as a marker",
          "[util][security]")
{
    const std::pair<char16_t, const char *> controls[] = {
        {0x202A, "LRE"}, {0x202B, "RLE"}, {0x202C, "PDF"}, {0x202D, "LRO"}, {0x202E, "RLO"},
        {0x2066, "LRI"}, {0x2067, "RLI"}, {0x2068, "FSI"}, {0x2069, "PDI"}};
    for (const auto &[c, name] : controls) {
        const QString text = QStringLiteral("Kyl ") + QChar(c) + QStringLiteral("11 °C");
        INFO(name);
        CHECK(hasBidiControls(text));
        const QString shown = inertBidi(text);
        CHECK(shown == QStringLiteral("Kyl ‹%1›11 °C").arg(QLatin1String(name)));
        CHECK_FALSE(hasBidiControls(shown));
    }
    // Before and after the range, the implicit marks and right-to-left letters stay as they are.
    const QString untouched = QStringLiteral("a") + QChar(0x2029) + QChar(0x202F) + QChar(0x2065) +
                              QChar(0x206A) + QChar(0x200E) + QChar(0x200F) + QChar(0x061C) +
                              QStringLiteral("שלום مرحبا");
    CHECK_FALSE(hasBidiControls(untouched));
    CHECK(inertBidi(untouched) == untouched);
    CHECK(inertBidi(QString()).isEmpty());
}

TEST_CASE("plainToolTip shows markup literally and bidi controls inert", "[util][security]")
{
    const QString hostile =
        QStringLiteral("<img src=\"file:///etc/passwd\"><b>AB</b> & ") + QChar(0x202E) + u'x';
    const QString tip = plainToolTip(hostile);
    // Rich text (so Qt never guesses), which shows exactly the text.
    CHECK(Qt::mightBeRichText(tip));
    QTextDocument doc;
    doc.setHtml(tip);
    CHECK(doc.toPlainText().trimmed() ==
          QStringLiteral("<img src=\"file:///etc/passwd\"><b>AB</b> & ‹RLO›x"));
    CHECK(plainToolTip(QString()).isEmpty());
    // Line breaks stay line breaks.
    doc.setHtml(plainToolTip(QStringLiteral("Rad 1\nRad 2")));
    CHECK(doc.toPlainText().trimmed() == QStringLiteral("Rad 1\nRad 2"));
}

} // namespace tillsyn_unity_displaytext_test
