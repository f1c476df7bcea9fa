#include "photocheck.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace tillsyn::visitfile {

namespace {

quint16 be16(const uchar *p)
{
    return qFromBigEndian<quint16>(p);
}

quint32 be32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}

// JPEG (ITU T.81 B.1): SOI, then marker segments up to the first scan; a frame header (SOFn)
// with its size must come before it. Only segment lengths are followed, so this reads a few
// segments whatever the file's size.
PhotoHeader jpeg(const QByteArray &data)
{
    PhotoHeader h;
    h.mediaType = QStringLiteral("image/jpeg");
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 2; // after SOI
    while (true) {
        if (i + 2 > n || p[i] != 0xFF) {
            h.problem = PhotoCheck::tr("is not a JPEG image (its header is broken)");
            return h;
        }
        while (i + 1 < n && p[i + 1] == 0xFF) // fill bytes
            ++i;
        if (i + 2 > n)
            break;
        const uchar marker = p[i + 1];
        i += 2;
        // Reserved markers, a second SOI, an image end or a restart before the first scan: not
        // JPEG (an SVG or HTML file behind FF D8 FF lands here at once).
        if (marker < 0xC0 || marker == 0xD8 || marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7))
            break;
        if (i + 2 > n)
            break;
        const qsizetype length = be16(p + i);
        if (length < 2 || i + length > n)
            break;
        if (marker == 0xDA) { // start of scan: the header is complete
            if (!h.size.isValid())
                break;
            return h;
        }
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (length < 8 || h.size.isValid())
                break;
            const int precision = p[i + 2];
            const int height = be16(p + i + 3);
            const int width = be16(p + i + 5);
            const int components = p[i + 7];
            if ((precision != 8 && precision != 12) || height == 0 || width == 0 ||
                (components != 1 && components != 3 && components != 4) ||
                length != 8 + 3 * components)
                break;
            h.size = QSize(width, height);
        }
        i += length;
    }
    h.size = QSize();
    h.problem = PhotoCheck::tr("is not a JPEG image (its header is broken)");
    return h;
}

quint32 crc32(const uchar *p, qsizetype n)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 k = 0; k < 256; ++k) {
            quint32 c = k;
            for (int b = 0; b < 8; ++b)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[k] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype k = 0; k < n; ++k)
        c = table[(c ^ p[k]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// PNG (ISO 15948): the signature, an IHDR chunk of valid values and checksum first, and the
// file ends with the IEND chunk (nothing hidden after the image).
PhotoHeader png(const QByteArray &data)
{
    PhotoHeader h;
    h.mediaType = QStringLiteral("image/png");
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    static const char iend[] = "\0\0\0\0IEND\xAE\x42\x60\x82";
    const bool ihdr = n >= 8 + 25 + 12 && be32(p + 8) == 13 &&
                      std::memcmp(p + 12, "IHDR", 4) == 0 && crc32(p + 12, 17) == be32(p + 29);
    const quint32 width = ihdr ? be32(p + 16) : 0;
    const quint32 height = ihdr ? be32(p + 20) : 0;
    const int depth = ihdr ? p[24] : 0;
    const int colour = ihdr ? p[25] : -1;
    const bool depthOk =
        (colour == 0 && (depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16)) ||
        (colour == 3 && (depth == 1 || depth == 2 || depth == 4 || depth == 8)) ||
        ((colour == 2 || colour == 4 || colour == 6) && (depth == 8 || depth == 16));
    if (!ihdr || width == 0 || height == 0 || width > 0x7FFFFFFF || height > 0x7FFFFFFF ||
        !depthOk || p[26] != 0 || p[27] != 0 || p[28] > 1) {
        h.problem = PhotoCheck::tr("is not a PNG image (its header is broken)");
        return h;
    }
    if (std::memcmp(p + n - 12, iend, 12) != 0) {
        h.problem = PhotoCheck::tr("is not a PNG image (it does not end with its IEND chunk)");
        return h;
    }
    // QSize holds ints: a side beyond that is refused by the pixel limit anyway.
    h.size = QSize(int(qMin<quint32>(width, 0x7FFFFFFF)), int(qMin<quint32>(height, 0x7FFFFFFF)));
    return h;
}

} // namespace

PhotoHeader PhotoCheck::inspect(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return jpeg(data);
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return png(data);
    PhotoHeader h;
    h.problem = tr("is neither a JPEG nor a PNG image");
    return h;
}

PhotoHeader PhotoCheck::check(const QByteArray &data)
{
    PhotoHeader h = inspect(data);
    if (h.ok() && h.pixels() > kMaxPixels)
        h.problem = tr("is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels")
                        .arg(h.size.width())
                        .arg(h.size.height())
                        .arg(double(h.pixels()) / 1e6, 0, 'f', 1)
                        .arg(kMaxPixels / 1'000'000);
    return h;
}

} // namespace tillsyn::visitfile
