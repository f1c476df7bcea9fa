#include "benchutil.h"

#include "domain/orgnumber.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace tillsyn::bench {

Percentiles percentiles(std::vector<double> s)
{
    std::sort(s.begin(), s.end());
    auto at = [&](double q) { return s[std::min(s.size() - 1, size_t(q * double(s.size())))]; };
    return {at(0.50), at(0.99), s.back()};
}

std::vector<domain::Facility> syntheticFacilities(int n, unsigned seed)
{
    static const char *const first[] = {"Restaurang", "Café",        "Pizzeria", "Förskolan",
                                        "Salong",     "Bilverkstad", "Sushi",    "Bageri",
                                        "Frisör",     "Tatuering",   "Kiosk",    "Grill",
                                        "Skolan",     "Hälsan",      "Bad"};
    static const char *const second[] = {"Solgläntan", "Björken", "Ekbacken", "Måsen",  "Kajen",
                                         "Torget",     "Hamnen",  "Linden",   "Ängen",  "Stjärnan",
                                         "Bäcken",     "Älven",   "Rosen",    "Tallen", "Öster"};
    static const char *const streets[] = {"Storgatan", "Kyrkvägen", "Skolgatan", "Industrivägen",
                                          "Parkvägen", "Sjövägen",  "Ringvägen", "Åsgatan"};
    static const char *const cities[] = {"Solna",    "Sundbyberg", "Huddinge",
                                         "Nacka",    "Täby",       "Järfälla",
                                         "Botkyrka", "Sollentuna", "Södertälje"};
    std::mt19937 rng(seed);
    auto pick = [&](const auto &list) { return QString::fromUtf8(list[rng() % std::size(list)]); };
    std::vector<domain::Facility> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        domain::Facility f;
        f.id = QStringLiteral("S-%1").arg(i, 6, 10, QChar(u'0'));
        f.name = pick(first) + u' ' + pick(second) + u' ' + QString::number(i);
        f.address = pick(streets) + u' ' + QString::number(1 + rng() % 120);
        f.postalCode = QStringLiteral("1%1 %2").arg(rng() % 90 + 10).arg(rng() % 90 + 10);
        f.city = pick(cities);
        f.category = pick(first);
        // A valid org. number: nine digits and the Luhn check digit that fits them.
        const QString nine = QStringLiteral("559%1").arg(i, 6, 10, QChar(u'0'));
        for (int d = 0; d < 10; ++d) {
            if (domain::OrgNumber::luhnValid(nine + QString::number(d))) {
                f.operatorDetails.orgNumber =
                    nine.left(6) + u'-' + nine.mid(6) + QString::number(d);
                break;
            }
        }
        f.operatorDetails.name = f.name + QStringLiteral(" AB");
        out.push_back(std::move(f));
    }
    return out;
}

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// Random ellipses, then noise: a JPEG of it is as large as a phone photo's.
QImage photo(std::mt19937 &rng)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(rng() % 256, rng() % 256, rng() % 256));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromRgb(rng() % 256, rng() % 256, rng() % 256));
        painter.drawEllipse(int(rng() % 1600) - 50, int(rng() % 1200) - 50, int(8 + rng() % 160),
                            int(8 + rng() % 160));
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(rng() % 25) - 12;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + d, 255), qBound(0, qGreen(p) + d, 255),
                           qBound(0, qBlue(p) + d, 255));
        }
    }
    return image;
}

domain::Checklist benchChecklist(const QString &id, const QString &title, int sections,
                                 int perSection, bool longTexts)
{
    domain::Checklist c;
    c.id = id;
    c.version = 1;
    c.title = title;
    c.area = domain::Area::Food;
    for (int s = 0; s < sections; ++s) {
        domain::ChecklistSection section;
        section.title = QStringLiteral("Avsnitt %1").arg(s + 1);
        for (int i = 0; i < perSection; ++i) {
            const QString text =
                longTexts ? QStringLiteral("Kontrollpunkt %1 i avsnitt %2: lokaler, utrustning och "
                                           "rutiner är ändamålsenliga")
                          : QStringLiteral("Kontrollpunkt %1 i avsnitt %2 är uppfylld");
            section.items.push_back(
                {QStringLiteral("punkt-%1-%2").arg(s + 1).arg(i + 1), text.arg(i + 1).arg(s + 1),
                 QStringLiteral("Handledning för punkten."),
                 longTexts
                     ? QStringLiteral("Förordning (EG) nr 852/2004 bilaga II kap. %1").arg(s + 1)
                     : QStringLiteral("förordning (EG) nr 852/2004")});
        }
        c.sections.push_back(section);
    }
    return c;
}

BenchField prepareField(storage::Database &db, const domain::Checklist &checklist)
{
    BenchField f;
    storage::ChecklistStore(db).import({checklist}, QStringLiteral("bench"));
    f.facilities = syntheticFacilities(1);
    storage::FacilityStore(db).upsert(f.facilities);
    for (const auto &s : checklist.sections) {
        for (const auto &i : s.items)
            f.items.append(i.id);
    }
    f.request.facilityId = f.facilities.front().id;
    f.request.checklistId = checklist.id;
    f.request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    return f;
}

} // namespace tillsyn::bench
