#pragma once

#include <QString>

namespace tillsyn {

// Text that users, imports and visit files wrote, made safe to show (in the report and the GUI).
//
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E LRE RLE PDF LRO RLO,
// U+2066–U+2069 LRI RLI FSI PDI) reorder what is shown without changing what is stored: "RLO"
// can make "Kyl 1: 11 °C" read as "C° 11 :1 lyK", or hide a word's real order in a name. They
// are made visible instead of isolated: each is shown as a marker naming it, "‹RLO›", so the
// text reads in its stored order and a reader can see that something was hidden in it.
// Isolating (FSI … PDI around the text) would keep an override working inside its own text.
// Letters of right-to-left scripts are untouched and still show right to left, and so are the
// implicit marks LRM, RLM and ALM, which cannot reorder other text.
QString inertBidi(const QString &text);
// Whether inertBidi() would change the text.
bool hasBidiControls(const QString &text);

// A tooltip that shows `text` as plain text: Qt shows a tooltip as rich text whenever it looks
// like markup (Qt::mightBeRichText), so data in a tooltip is escaped into a paragraph that shows
// it literally, with its bidi controls made inert.
QString plainToolTip(const QString &text);

} // namespace tillsyn
