#pragma once

#include <QString>

namespace tillsyn {

// Text from files and shares (file names, reasons that quote them) printed as one line of
// plain text: every control character (newline, carriage return, escape, ...), line and
// paragraph separator and invisible format character (bidirectional overrides) is written as a
// visible escape (\n, \r, \t, \u{202e}), so a name cannot fake lines or reorder what follows.
QString escapeControls(const QString &text);

// A part of a file name made from data (a facility's name): path separators, control and
// invisible format characters and the characters Windows forbids (<>:"|?*) become '_', runs of
// white space one '-', leading and trailing dots and dashes are dropped, and the result is at
// most `maxBytes` bytes of UTF-8. `fallback` when nothing is left. Never a path: no '/', '\',
// and never "." or "..".
QString safeFileNamePart(const QString &text, const QString &fallback, qsizetype maxBytes = 120);

} // namespace tillsyn
