#include "photoimport.h"

#include "util/error.h"
#include "util/sha256.h"
#include "visitfile/photocheck.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>

namespace tillsyn::field {

domain::Photo PhotoImport::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, f.errorString()));
    return fromBytes(f.readAll(), QFileInfo(path).fileName());
}

bool PhotoImport::isWebP(const QByteArray &bytes)
{
    // RIFF container, the size, then the form type "WEBP" (RFC 9649).
    return bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
}

domain::Photo PhotoImport::fromBytes(const QByteArray &bytes, const QString &name)
{
    const QLocale locale;
    const auto tooLarge = [&](qint64 pixels) {
        return Error(tr("%1: the image has %2 megapixels; the limit is %3")
                         .arg(name, locale.toString(double(pixels) / 1e6, 'f', 1))
                         .arg(kMaxPixels / 1'000'000));
    };
    // WebP (Android phones) is decoded by Qt's WebP plugin (Debian's qt6-image-formats-plugins)
    // and stored as JPEG like any photo, so the visit file keeps the formats formats.md allows.
    const bool webp = isWebP(bytes);
    // The header first, without decoding: only a real JPEG or PNG (an SVG or an HTML page behind
    // a JPEG's first bytes is neither), and not more pixels than the limit.
    const visitfile::PhotoHeader header =
        webp ? visitfile::PhotoHeader{} : visitfile::PhotoCheck::inspect(bytes);
    if (!webp && header.mediaType.isEmpty())
        throw Error(tr("%1: not an image Tillsyn can read (use JPEG, PNG or WebP)").arg(name));
    if (!webp && !header.ok())
        throw Error(tr("%1: %2").arg(name, header.problem));
    if (!webp && header.pixels() > kMaxPixels)
        throw tooLarge(header.pixels());
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // Decoded as what the header says, never as what another image plugin might sniff.
    QImageReader reader(&buffer, webp                                ? "webp"
                                 : header.mediaType == u"image/png" ? "png"
                                                                     : "jpeg");
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true); // EXIF orientation
    if (!reader.canRead())
        throw Error(tr("%1: not an image Tillsyn can read (use JPEG, PNG or WebP)").arg(name));
    const QSize size = reader.size();
    if (webp && (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels))
        throw size.isValid()
            ? tooLarge(qint64(size.width()) * size.height())
            : Error(tr("%1: the image cannot be decoded: %2").arg(name, reader.errorString()));
    // Large enough for a 50-megapixel image at 4 bytes a pixel.
    QImageReader::setAllocationLimit(256);
    if (size.isValid() && qMax(size.width(), size.height()) > kMaxEdge)
        reader.setScaledSize(size.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        throw Error(tr("%1: the image cannot be decoded: %2").arg(name, reader.errorString()));
    if (qMax(image.width(), image.height()) > kMaxEdge)
        image = image.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        // JPEG has no transparency: put the picture on white as a viewer would show it.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(image))
        throw Error(tr("%1: the image cannot be stored: %2").arg(name, writer.errorString()));
    domain::Photo photo;
    photo.mediaType = QStringLiteral("image/jpeg");
    photo.bytes = jpeg.size();
    photo.sha256 = tillsyn::sha256Hex(jpeg);
    photo.data = jpeg;
    return photo;
}

} // namespace tillsyn::field
