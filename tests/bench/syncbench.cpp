// Visit file validation figures: what the office pays for each incoming file before anything is
// stored (strict JSON parse, every rule, base64 decode, SHA-256 and magic bytes of every photo).
// Target: at least 100 MB/s.
#include "benchutil.h"
#include "content/shippedcontent.h"
#include "field/photoimport.h"
#include "util/sha256.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>

#include <random>

namespace tillsyn::bench {

namespace {

constexpr double kMB = 1000.0 * 1000.0;

// A photo as a camera makes it: noise does not compress, so its JPEG is as large as a real one.
QByteArray noisyJpeg(std::mt19937 &rng, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int base = int(rng() % 200);
        for (int x = 0; x < width; ++x) {
            const unsigned r = rng();
            line[x] =
                qRgb(base + int(r % 56), base + int((r >> 8) % 56), base + int((r >> 16) % 56));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

// Gives each of the visit's photos camera-sized data from the pool, with matching size and hash.
void withPoolPhotos(domain::Visit &visit, const std::vector<QByteArray> &pool, std::mt19937 &rng)
{
    for (domain::Photo &p : visit.photos) {
        p.data = pool[rng() % pool.size()];
        p.bytes = p.data.size();
        p.sha256 = sha256Hex(p.data);
    }
}

double validate(const QByteArray &bytes, const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    const domain::Visit v = visitfile::VisitFileReader::read(bytes, name);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (v.visitId.isEmpty())
        qFatal("validated without a visit id");
    return ms;
}

} // namespace

int validateBench()
{
    const auto checklists = content::ShippedContent::checklists();
    std::mt19937 rng(2026);
    std::vector<QByteArray> pool;
    for (int i = 0; i < 24; ++i)
        pool.push_back(noisyJpeg(rng, 1080 + int(rng() % 80), 800 + int(rng() % 60)));

    // One ~10 MB file with 20 photos.
    {
        visitfile::VisitGenerator generator(checklists, 11);
        domain::Visit visit = generator.generate(1, 20).front();
        withPoolPhotos(visit, pool, rng);
        const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
        const QString name = visitfile::VisitFileWriter::fileName(visit, bytes);
        std::vector<double> samples;
        for (int i = 0; i < 25; ++i)
            samples.push_back(validate(bytes, name));
        const Percentiles p = percentiles(samples);
        print(
            QStringLiteral("validate one file: %1 MB, %2 photos, %3 answers: p50 %4 ms, p99 %5 ms, "
                           "max %6 ms (%7 MB/s at p50)")
                .arg(double(bytes.size()) / kMB, 0, 'f', 1)
                .arg(visit.photos.size())
                .arg(visit.answers.size())
                .arg(p.p50, 0, 'f', 1)
                .arg(p.p99, 0, 'f', 1)
                .arg(p.max, 0, 'f', 1)
                .arg(double(bytes.size()) / kMB / (p.p50 / 1000.0), 0, 'f', 0));
    }

    // 200 generated files of a few MB each (made one at a time; only validation is timed).
    {
        constexpr int kFiles = 200;
        visitfile::VisitGenerator generator(checklists, 12);
        double totalMs = 0;
        qint64 totalBytes = 0;
        qint64 photos = 0;
        std::vector<double> samples;
        for (int i = 0; i < kFiles; ++i) {
            domain::Visit visit = generator.generate(1, 4 + int(rng() % 13)).front();
            withPoolPhotos(visit, pool, rng);
            const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
            const double ms = validate(bytes, visitfile::VisitFileWriter::fileName(visit, bytes));
            samples.push_back(ms);
            totalMs += ms;
            totalBytes += bytes.size();
            photos += qint64(visit.photos.size());
        }
        const Percentiles p = percentiles(samples);
        const double mbps = double(totalBytes) / kMB / (totalMs / 1000.0);
        print(QStringLiteral("validate %1 files: %2 MB (%3 MB per file, %4 photos), %5 s: %6 MB/s; "
                             "per file p50 %7 ms, max %8 ms (target >= 100 MB/s: %9)")
                  .arg(kFiles)
                  .arg(double(totalBytes) / kMB, 0, 'f', 0)
                  .arg(double(totalBytes) / kMB / kFiles, 0, 'f', 1)
                  .arg(photos)
                  .arg(totalMs / 1000.0, 0, 'f', 2)
                  .arg(mbps, 0, 'f', 0)
                  .arg(p.p50, 0, 'f', 1)
                  .arg(p.max, 0, 'f', 1)
                  .arg(mbps >= 100 ? QStringLiteral("met") : QStringLiteral("NOT met")));
        return mbps >= 100 ? 0 : 1;
    }
}

} // namespace tillsyn::bench
