#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>

namespace tillsyn::test {

// Test pictures made in memory. Each is split in two halves of different colours (left/right, or
// top/bottom when taller than wide) so a test can tell rotations apart.
QImage twoColourImage(int width, int height, QColor first = Qt::red, QColor second = Qt::blue);
QByteArray jpegBytes(int width, int height, int quality = 90);
// Transparent everywhere except an opaque red square in the middle (half the size).
QByteArray pngWithAlpha(int width, int height);
// A JPEG with an APP1 Exif segment holding only the Orientation tag (1–8), inserted after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation);
// A small PNG (a real 1×1 picture) whose IHDR claims width × height: readers that check the
// header before decoding see the claimed size.
QByteArray pngClaimingSize(quint32 width, quint32 height);
// The header of a baseline JPEG of width × height (SOI, a frame header, the start of a scan) and
// nothing else: what a reader that checks headers without decoding accepts; append filler.
QByteArray jpegHeader(int width, int height);
QImage decode(const QByteArray &bytes, const char *format = nullptr);

} // namespace tillsyn::test
