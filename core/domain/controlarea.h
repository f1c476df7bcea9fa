#pragma once

#include <QString>

#include <vector>

namespace tillsyn::domain {

// Food control reporting areas (kontrollområden / rapporteringspunkter): the codes Livsmedelsverket
// counts food controls by (formats.md, "Additions to version 1": `controlArea`), e.g. J08.
struct ControlArea
{
    QString code; // ^[A-Z][0-9]{2}$
    QString name; // Livsmedelsverket's own (Swedish) name: data, like a checklist's wording
};

class ControlAreas
{
public:
    // A capital letter and two digits. The format checks only the form: a list that changes by
    // year must not make older files invalid.
    static bool isValidCode(const QString &code);
    // The areas to pick from, by code (Livsmedelsverket, Kontrollwiki, "Bilaga 2
    // Rapporteringspunkter"; the food checklist's items use them).
    static const std::vector<ControlArea> &all();
    // The area's name, or empty for a code not on the list.
    static QString nameOf(const QString &code);
};

} // namespace tillsyn::domain
