#pragma once

#include "domain/visit.h"
#include "visitfile/photocheck.h"

#include <QCoreApplication>

namespace tillsyn::field {

// Turns a picture from a camera or phone into what a visit keeps: EXIF orientation applied,
// at most 2048 px on the long edge, JPEG quality 85, with its SHA-256 and size. JPEG, PNG and
// WebP are read; HEIC is not (no decoder is wired in, so no dialog offers it).
class PhotoImport
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::field::PhotoImport)

public:
    static constexpr int kMaxEdge = 2048;
    static constexpr qint64 kMaxPixels = visitfile::PhotoCheck::kMaxPixels;
    static constexpr int kJpegQuality = 85;

    // Throws tillsyn::Error naming the file when it is not an image or is too large.
    static domain::Photo fromFile(const QString &path);
    static domain::Photo fromBytes(const QByteArray &bytes, const QString &name);
    // A WebP file by its RIFF header (decoded by Qt's WebP plugin, stored as JPEG).
    static bool isWebP(const QByteArray &bytes);
};

} // namespace tillsyn::field
