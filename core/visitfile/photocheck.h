#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace tillsyn::visitfile {

// What the first bytes of a photo say it is: "image/jpeg" or "image/png" and its size in pixels,
// or why it is neither.
struct PhotoHeader
{
    QString mediaType;
    QSize size;
    QString problem; // empty when the header is a well-formed JPEG or PNG header

    bool ok() const { return problem.isEmpty(); }
    qint64 pixels() const { return qint64(size.width()) * size.height(); }
};

// Checks that a photo really is a JPEG or PNG of acceptable dimensions by reading its header
// only (no decoding, a few hundred bytes at most): magic bytes alone would let an SVG or an HTML
// page behind "\xFF\xD8\xFF" through, and any image reader that sniffs content would then treat
// it as what it really is. The visit file reader, the photo import and the report use it, so a
// photo the report would refuse to decode never gets into a visit.
class PhotoCheck
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::visitfile::PhotoCheck)

public:
    // The most pixels a photo may have (width × height). Tillsyn stores photos at most
    // 2048 px on the long edge; 50 megapixels leaves room for any camera and bounds what
    // decoding one photo may take (200 MB at 4 bytes a pixel).
    static constexpr qint64 kMaxPixels = 50'000'000;

    // The header as read, without the pixel limit.
    static PhotoHeader inspect(const QByteArray &data);
    // inspect(), and a problem also when the photo is larger than kMaxPixels.
    static PhotoHeader check(const QByteArray &data);
};

} // namespace tillsyn::visitfile
