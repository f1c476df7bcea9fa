#include "benchutil.h"

#include "domain/orgnumber.h"

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

} // namespace tillsyn::bench
