#include "field/photoimport.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/testimages.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QCryptographicHash>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_photoimport_test {

using namespace tillsyn;
using field::PhotoImport;
using tillsyn::test::decode;

namespace {

QString importError(const QByteArray &bytes, const QString &name)
{
    try {
        PhotoImport::fromBytes(bytes, name);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("the image was accepted");
    return {};
}

// The stored photo's own bytes: a JPEG whose hash and size are the recorded ones.
QImage checkedJpeg(const domain::Photo &photo)
{
    CHECK(photo.mediaType == QStringLiteral("image/jpeg"));
    CHECK(photo.data.startsWith("\xff\xd8\xff"));
    CHECK(photo.bytes == photo.data.size());
    CHECK(photo.sha256 ==
          QString::fromLatin1(
              QCryptographicHash::hash(photo.data, QCryptographicHash::Sha256).toHex()));
    CHECK(photo.sha256.size() == 64);
    const QImage image = decode(photo.data, "JPEG");
    REQUIRE_FALSE(image.isNull());
    return image;
}

bool near(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40 &&
           qAbs(a.blue() - b.blue()) < 40;
}

} // namespace

TEST_CASE("PhotoImport::sha256Hex is lowercase hex of SHA-256", "[field][photo]")
{
    CHECK(sha256Hex("abc") ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST_CASE("PhotoImport scales a large picture to 2048 px on the long edge", "[field][photo]")
{
    SECTION("landscape 3000x2000")
    {
        const domain::Photo photo =
            PhotoImport::fromBytes(test::jpegBytes(3000, 2000), QStringLiteral("a.jpg"));
        const QImage image = checkedJpeg(photo);
        CHECK(image.width() == 2048);
        CHECK(qAbs(image.height() - 1365) <= 1);
        // Still the same picture: red on the left, blue on the right.
        CHECK(near(image.pixelColor(200, 600), Qt::red));
        CHECK(near(image.pixelColor(1800, 600), Qt::blue));
    }
    SECTION("portrait 1500x4000 PNG")
    {
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            REQUIRE(test::twoColourImage(1500, 4000).save(&buffer, "PNG"));
        }
        const QImage image = checkedJpeg(PhotoImport::fromBytes(png, QStringLiteral("b.png")));
        CHECK(image.height() == 2048);
        CHECK(image.width() == 768);
    }
    SECTION("exactly 2048 and smaller pictures keep their size")
    {
        CHECK(checkedJpeg(
                  PhotoImport::fromBytes(test::jpegBytes(2048, 1000), QStringLiteral("c.jpg")))
                  .size() == QSize(2048, 1000));
        CHECK(
            checkedJpeg(PhotoImport::fromBytes(test::jpegBytes(640, 480), QStringLiteral("d.jpg")))
                .size() == QSize(640, 480));
    }
}

TEST_CASE("PhotoImport re-encodes at JPEG quality about 85", "[field][photo]")
{
    // A quality-100 original of a noisy picture shrinks markedly at 85.
    QImage noisy(800, 600, QImage::Format_RGB32);
    quint32 x = 12345;
    for (int y = 0; y < noisy.height(); ++y) {
        for (int i = 0; i < noisy.width(); ++i) {
            x = x * 1664525u + 1013904223u;
            noisy.setPixel(i, y, 0xff000000u | (x >> 8));
        }
    }
    QByteArray original;
    {
        QBuffer buffer(&original);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(noisy.save(&buffer, "JPEG", 100));
    }
    QByteArray at85;
    {
        QBuffer buffer(&at85);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(decode(original, "JPEG").save(&buffer, "JPEG", 85));
    }
    const domain::Photo photo = PhotoImport::fromBytes(original, QStringLiteral("noise.jpg"));
    checkedJpeg(photo);
    CHECK(photo.data.size() < original.size() * 3 / 4);
    CHECK(qAbs(photo.data.size() - at85.size()) < at85.size() / 20);
}

TEST_CASE("PhotoImport flattens transparency onto white", "[field][photo]")
{
    const domain::Photo photo =
        PhotoImport::fromBytes(test::pngWithAlpha(400, 200), QStringLiteral("logo.png"));
    const QImage image = checkedJpeg(photo);
    CHECK(image.size() == QSize(400, 200));
    CHECK_FALSE(image.hasAlphaChannel());
    CHECK(near(image.pixelColor(10, 10), Qt::white));
    CHECK(near(image.pixelColor(200, 100), Qt::red));
}

TEST_CASE("PhotoImport applies the EXIF orientation", "[field][photo]")
{
    // 200x100: red on the left, blue on the right. Orientation 6: rotate 90° clockwise to view,
    // so the stored picture is 100x200 with red on top.
    const QByteArray plain = test::jpegBytes(200, 100);
    REQUIRE(decode(plain, "JPEG").size() == QSize(200, 100));
    const QByteArray rotated = test::withExifOrientation(plain, 6);

    const QImage image = checkedJpeg(PhotoImport::fromBytes(rotated, QStringLiteral("exif.jpg")));
    CHECK(image.size() == QSize(100, 200));
    CHECK(near(image.pixelColor(50, 20), Qt::red));
    CHECK(near(image.pixelColor(50, 180), Qt::blue));

    // Orientation 1 (as shot) leaves it as it is.
    CHECK(checkedJpeg(PhotoImport::fromBytes(test::withExifOrientation(plain, 1),
                                             QStringLiteral("exif1.jpg")))
              .size() == QSize(200, 100));
    // Orientation 8 on a large picture: rotated and scaled.
    const QImage big = checkedJpeg(PhotoImport::fromBytes(
        test::withExifOrientation(test::jpegBytes(3000, 2000), 8), QStringLiteral("big.jpg")));
    CHECK(big.height() == 2048);
    CHECK(qAbs(big.width() - 1365) <= 1);
    // Rotating 90° counter-clockwise puts the left (red) half at the bottom.
    CHECK(near(big.pixelColor(600, 1800), Qt::red));
    CHECK(near(big.pixelColor(600, 200), Qt::blue));
}

TEST_CASE("PhotoImport refuses files that are not images, and images over 50 megapixels",
          "[field][photo]")
{
    CHECK(importError("Protokoll från besöket.\n", QStringLiteral("protokoll.txt")) ==
          QStringLiteral("protokoll.txt: not an image Tillsyn can read (use JPEG, PNG or WebP)"));
    CHECK(importError(QByteArray(), QStringLiteral("empty.jpg"))
              .startsWith(QStringLiteral("empty.jpg: ")));

    const QByteArray huge = test::pngClaimingSize(8000, 7000);
    CHECK(huge.size() < 200);
    CHECK(importError(huge, QStringLiteral("huge.png")) ==
          QStringLiteral("huge.png: the image has 56.0 megapixels; the limit is 50"));

    // Just under the limit the header passes; this file then fails as the broken image it is.
    const QString under = importError(test::pngClaimingSize(8000, 6000), QStringLiteral("big.png"));
    CHECK(under.startsWith(QStringLiteral("big.png: ")));
    CHECK_FALSE(under.contains(QStringLiteral("megapixels")));

    // A truncated JPEG is refused too.
    const QByteArray jpeg = test::jpegBytes(300, 200);
    CHECK(importError(jpeg.left(40), QStringLiteral("cut.jpg"))
              .startsWith(QStringLiteral("cut.jpg: ")));

    // fromFile names the path.
    const test::TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.jpg"));
    try {
        PhotoImport::fromFile(missing);
        FAIL("a missing file was accepted");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(missing + QStringLiteral(": cannot be read")));
    }
    const QString text = dir.write(QStringLiteral("notes.txt"), "hej\n");
    try {
        PhotoImport::fromFile(text);
        FAIL("a text file was accepted");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("notes.txt: not an image")));
    }
}

TEST_CASE("PhotoImport takes only real JPEG and PNG files, whatever other image readers know",
          "[field][photo][security]")
{
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\">"
                           "<rect width=\"40\" height=\"30\" fill=\"red\"/></svg>";
    CHECK(importError(svg, QStringLiteral("bild.svg")) ==
          QStringLiteral("bild.svg: not an image Tillsyn can read (use JPEG, PNG or WebP)"));
    // An SVG or HTML page behind a JPEG's first three bytes: not a JPEG header.
    CHECK(importError("\xFF\xD8\xFF" + svg, QStringLiteral("bild.jpg")) ==
          QStringLiteral("bild.jpg: is not a JPEG image (its header is broken)"));
    CHECK(importError(QByteArray("\xFF\xD8\xFF\xE0<html><body>x</body></html>"),
                      QStringLiteral("sida.jpg")) ==
          QStringLiteral("sida.jpg: is not a JPEG image (its header is broken)"));
    // A BMP, which Qt reads, is not what a visit keeps.
    QImage bmp(20, 10, QImage::Format_RGB32);
    bmp.fill(Qt::green);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bmp.save(&buffer, "BMP"));
    CHECK(importError(bytes, QStringLiteral("bild.bmp")) ==
          QStringLiteral("bild.bmp: not an image Tillsyn can read (use JPEG, PNG or WebP)"));
}

TEST_CASE("A WebP photo made by Debian's cwebp is imported as a JPEG, a broken one refused",
          "[field][photo][webp]")
{
    // A picture with a red left half and a blue right half, 3000 px wide: encoded by cwebp
    // (package webp), the way an Android phone's file would come.
    test::TempDir dir;
    QImage picture(3000, 1000, QImage::Format_RGB32);
    picture.fill(Qt::red);
    for (int y = 0; y < picture.height(); ++y)
        for (int x = picture.width() / 2; x < picture.width(); ++x)
            picture.setPixelColor(x, y, Qt::blue);
    const QString png = dir.file(QStringLiteral("bild.png"));
    const QString webp = dir.file(QStringLiteral("bild.webp"));
    REQUIRE(picture.save(png, "PNG"));
    QProcess cwebp;
    cwebp.start(QStringLiteral("cwebp"), {QStringLiteral("-quiet"), png, QStringLiteral("-o"), webp});
    REQUIRE(cwebp.waitForFinished(60000));
    REQUIRE(cwebp.exitCode() == 0);
    QFile file(webp);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(PhotoImport::isWebP(bytes));

    const domain::Photo photo = PhotoImport::fromFile(webp);
    const QImage stored = checkedJpeg(photo);
    CHECK(stored.width() == 2048); // at most 2048 px, as every photo
    CHECK(qAbs(stored.height() - 683) <= 1);
    CHECK(near(stored.pixelColor(100, 300), Qt::red));
    CHECK(near(stored.pixelColor(1900, 300), Qt::blue));

    // A WebP header with nothing sensible behind it: refused with the file's name.
    QByteArray broken = bytes.left(40);
    broken.append(QByteArray(200, 'x'));
    const QString error = importError(broken, QStringLiteral("trasig.webp"));
    CHECK(error.startsWith(QStringLiteral("trasig.webp: ")));
    CHECK_FALSE(PhotoImport::isWebP(QByteArray("RIFF\x10\0\0\0WAVEfmt ")));
}

} // namespace tillsyn_unity_photoimport_test
