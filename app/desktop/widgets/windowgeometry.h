#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace tillsyn::desktop {

// Sizes a window (main window or dialog) from the screen it opens on and remembers the size the
// user leaves it at, under `key` in QSettings. The common municipal laptop has 1366×768 with a
// task bar: a fixed size such as 1200×760 puts the bottom of the window (status bar, dialog
// buttons) off the screen. The size is never larger than the available area minus room for
// the window frame, whatever was remembered from a larger screen.
void fitWindowToScreen(QWidget *window, const QString &key, QSize preferred);

// The largest client size that fits the available area of the window's screen with a frame.
QSize largestWindowSize(const QWidget *window);

} // namespace tillsyn::desktop
