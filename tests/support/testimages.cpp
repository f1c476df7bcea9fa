#include "testimages.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QtEndian>

#include <stdexcept>

namespace tillsyn::test {

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        throw std::runtime_error(std::string("cannot encode a test image as ") + format);
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return crc ^ 0xffffffffu;
}

void appendBigEndian32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

} // namespace

QImage twoColourImage(int width, int height, QColor first, QColor second)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(second);
    QPainter painter(&image);
    if (width >= height)
        painter.fillRect(0, 0, width / 2, height, first);
    else
        painter.fillRect(0, 0, width, height / 2, first);
    return image;
}

QByteArray jpegBytes(int width, int height, int quality)
{
    return encode(twoColourImage(width, height), "JPEG", quality);
}

QByteArray pngWithAlpha(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(width / 4, height / 4, width / 2, height / 2, Qt::red);
    return encode(image, "PNG");
}

QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    if (!jpeg.startsWith("\xff\xd8"))
        throw std::runtime_error("not a JPEG");
    // TIFF header (big endian), one IFD with one entry: 0x0112 Orientation, SHORT, count 1.
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
    tiff.append("\x00\x01", 2);          // one entry
    tiff.append("\x01\x12\x00\x03", 4);  // tag, type SHORT
    tiff.append("\x00\x00\x00\x01", 4);  // count
    tiff.append(char(orientation >> 8)); // value, left-justified in 4 bytes
    tiff.append(char(orientation & 0xff));
    tiff.append("\x00\x00", 2);
    tiff.append("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray app1("\xff\xe1", 2);
    const int length = payload.size() + 2;
    app1.append(char(length >> 8));
    app1.append(char(length & 0xff));
    app1.append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

QByteArray pngClaimingSize(quint32 width, quint32 height)
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::green);
    QByteArray png = encode(pixel, "PNG");
    // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width, height, 5 more bytes, CRC.
    if (png.mid(12, 4) != "IHDR")
        throw std::runtime_error("unexpected PNG layout");
    QByteArray typeAndData = png.mid(12, 4 + 13);
    QByteArray patched = typeAndData.left(4);
    appendBigEndian32(patched, width);
    appendBigEndian32(patched, height);
    patched.append(typeAndData.mid(12));
    QByteArray out = png.left(12) + patched;
    appendBigEndian32(out, crc32(patched));
    out.append(png.mid(12 + 4 + 13 + 4));
    return out;
}

QByteArray jpegHeader(int width, int height)
{
    QByteArray h("\xFF\xD8", 2);
    // SOF0: length 17, precision 8, height, width, three components (id, sampling, table).
    h.append("\xFF\xC0\x00\x11\x08", 5);
    h.append(char(height >> 8)).append(char(height & 0xff));
    h.append(char(width >> 8)).append(char(width & 0xff));
    h.append("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    // SOS: length 12, three components, spectral selection 0–63.
    h.append("\xFF\xDA\x00\x0C\x03\x01\x00\x02\x11\x03\x11\x00\x3F\x00", 14);
    return h;
}

QImage decode(const QByteArray &bytes, const char *format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(false);
    return reader.read();
}

} // namespace tillsyn::test
