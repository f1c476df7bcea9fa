#include "visitgenerator.h"

#include "field/photoimport.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace tillsyn::visitfile {

using namespace tillsyn::domain;

namespace {
const char *const kNames[] = {"Restaurang Måsen",    "Café Linden",    "Pizzeria Torget",
                              "Förskolan Ekbacken",  "Salong Björken", "Tatueringsstudion Ankaret",
                              "Bilverkstaden Öster", "Sushi Hamnen",   "Bageriet Ängen",
                              "Simhallen Kajen"};
const char *const kCities[] = {"Solna", "Sundbyberg", "Huddinge", "Nacka", "Täby", "Södertälje"};
const char *const kInspectors[] = {"Anna Berg", "Olle Ek", "Sara Lind", "Karim Nasser", "Eva Holm"};
const char *const kComments[] = {
    "Smuts under diskbänken och vid golvbrunnen.", "Temperaturen i kylen uppmättes till 11 °C.",
    "Rutin saknas för allergeninformation.", "Handtvättstället användes som avställningsyta.",
    "Egenkontrollprogrammet är inte uppdaterat."};
} // namespace

VisitGenerator::VisitGenerator(std::vector<Checklist> checklists, unsigned seed)
    : m_checklists(std::move(checklists))
    , m_rng(seed)
{}

QString VisitGenerator::uuid()
{
    auto hex = [&](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s += QChar::fromLatin1("0123456789abcdef"[m_rng() % 16]);
        return s;
    };
    return hex(8) + u'-' + hex(4) + QStringLiteral("-4") + hex(3) + QStringLiteral("-a") + hex(3) +
           u'-' + hex(12);
}

QByteArray VisitGenerator::photoBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(m_rng() % 256, m_rng() % 256, m_rng() % 256));
    QPainter painter(&image);
    for (int i = 0; i < 12; ++i) {
        painter.fillRect(int(m_rng() % width), int(m_rng() % height), 20 + int(m_rng() % 200),
                         20 + int(m_rng() % 200),
                         QColor::fromRgb(m_rng() % 256, m_rng() % 256, m_rng() % 256));
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

Visit VisitGenerator::makeVisit(int index, int photos)
{
    const Checklist &checklist = m_checklists[m_rng() % m_checklists.size()];
    Visit v;
    v.visitId = uuid();
    v.status = VisitStatus::Finished;
    const QDateTime base(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    v.startedAt = base.addSecs(qint64(m_rng() % (300 * 24 * 3600)));
    v.finishedAt = v.startedAt.addSecs(1800 + qint64(m_rng() % 7200));
    v.device = {uuid(), QStringLiteral("laptop-%1").arg(m_rng() % 40)};
    v.inspectors = {{QStringLiteral("inspector-%1").arg(m_rng() % 5),
                     QString::fromUtf8(kInspectors[m_rng() % 5])}};
    const int facility = int(m_rng() % 500);
    v.facility.id = QStringLiteral("G-%1").arg(facility, 4, 10, QChar(u'0'));
    v.facility.name = QString::fromUtf8(kNames[facility % 10]) + u' ' + QString::number(facility);
    v.facility.city = QString::fromUtf8(kCities[facility % 6]);
    v.facility.category = areaToString(checklist.area);
    v.checklist = {checklist.id, checklist.version, checklist.title};
    v.kind = VisitKind(m_rng() % 5);
    v.announced = m_rng() % 3 == 0;
    v.minutesSpent = 30 + int(m_rng() % 180);
    v.summary = index % 3 == 0 ? QStringLiteral("Verksamheten sköts i huvudsak väl.") : QString();
    for (const auto &section : checklist.sections) {
        for (const auto &item : section.items) {
            const unsigned roll = m_rng() % 100;
            const Result result = roll < 70   ? Result::Ok
                                  : roll < 85 ? Result::Deviation
                                  : roll < 93 ? Result::NotChecked
                                              : Result::NotApplicable;
            v.answers.push_back({item.id,
                                 section.title,
                                 item.text,
                                 item.legalReference,
                                 result,
                                 result == Result::Deviation
                                     ? QString::fromUtf8(kComments[m_rng() % 5])
                                     : QString(),
                                 {}});
            v.answers.back().controlArea = item.controlArea;
        }
    }
    for (int p = 0; p < photos; ++p) {
        Photo photo;
        photo.id = QStringLiteral("photo-%1").arg(p + 1);
        photo.mediaType = QStringLiteral("image/jpeg");
        photo.data = photoBytes(640 + int(m_rng() % 640), 480 + int(m_rng() % 480));
        photo.bytes = photo.data.size();
        photo.sha256 = sha256Hex(photo.data);
        photo.caption = QStringLiteral("Bild %1").arg(p + 1);
        Answer &a = v.answers[m_rng() % v.answers.size()];
        photo.itemId = a.itemId;
        a.photoIds.append(photo.id);
        v.photos.push_back(std::move(photo));
    }
    return v;
}

Visit VisitGenerator::nextRevision(const Visit &base)
{
    Visit next = base;
    next.revision = base.revision + 1;
    next.baseRevision = base.revision;
    next.finishedAt = base.finishedAt.addSecs(3600 * (1 + qint64(m_rng() % 48)));
    Answer &changed = next.answers[m_rng() % next.answers.size()];
    changed.result = Result::Deviation;
    changed.comment = QStringLiteral("Ändrad efter samtal med verksamhetsutövaren.");
    return next;
}

std::vector<Visit> VisitGenerator::generate(int count, int photos)
{
    std::vector<Visit> out;
    out.reserve(size_t(count));
    for (int i = 0; int(out.size()) < count; ++i) {
        out.push_back(makeVisit(i, photos));
        if (int(out.size()) < count && m_rng() % 5 == 0)
            out.push_back(nextRevision(out.back()));
    }
    return out;
}

} // namespace tillsyn::visitfile
