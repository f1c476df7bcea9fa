#include "controlarea.h"

#include <QRegularExpression>

namespace tillsyn::domain {

bool ControlAreas::isValidCode(const QString &code)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z][0-9]{2}\\z"));
    return form.match(code).hasMatch();
}

const std::vector<ControlArea> &ControlAreas::all()
{
    // Source: Livsmedelsverket, Kontrollwiki, "Bilaga 2 Rapporteringspunkter" (the annual
    // reporting instruction, https://kontrollwiki.livsmedelsverket.se/artikel/809). The names are
    // the reporting points' own; what the offices report by, so not translated.
    static const std::vector<ControlArea> areas = {
        {QStringLiteral("A01"),
         QStringLiteral("Godkännande och registrering av anläggningar och verksamheter")},
        {QStringLiteral("A04"), QStringLiteral("Ekologiska produkter, aktörer som ska inneha "
                                               "certifikat")},
        {QStringLiteral("A05"), QStringLiteral("Godkännande av naturligt mineralvatten")},
        {QStringLiteral("A06"), QStringLiteral("Godkännande av genetiskt modifierade organismer")},
        {QStringLiteral("A07"),
         QStringLiteral("Anmälningskrav för vissa livsmedel för särskilda grupper")},
        {QStringLiteral("A11"), QStringLiteral("Anmälan om fri från")},
        {QStringLiteral("A12"),
         QStringLiteral("Anmälan till Livsmedelsverket om ekologisk produktion")},
        {QStringLiteral("A99"), QStringLiteral("Övriga administrativa krav")},
        {QStringLiteral("B01"), QStringLiteral("Livsmedelsinformation, allmänna krav och "
                                               "skyldigheter")},
        {QStringLiteral("B02"),
         QStringLiteral("Obligatorisk livsmedelsinformation, innehåll och presentation")},
        {QStringLiteral("B03"), QStringLiteral("Obligatorisk livsmedelsinformation, "
                                               "näringsdeklaration")},
        {QStringLiteral("B04"), QStringLiteral("Frivillig livsmedelsinformation")},
        {QStringLiteral("B99"), QStringLiteral("Övrig livsmedelsinformation")},
        {QStringLiteral("C01"), QStringLiteral("Nyckelhålsmärkning")},
        {QStringLiteral("C02"), QStringLiteral("Näringspåståenden")},
        {QStringLiteral("C03"), QStringLiteral("Hälsopåståenden")},
        {QStringLiteral("C04"), QStringLiteral("Märkning av livsmedel som innehåller GMO")},
        {QStringLiteral("C05"), QStringLiteral("Särskild märkning av kosttillskott")},
        {QStringLiteral("C06"), QStringLiteral("Bestrålade livsmedel")},
        {QStringLiteral("C07"), QStringLiteral("Information om frånvaro eller reducerad "
                                               "förekomst av gluten")},
        {QStringLiteral("C08"), QStringLiteral("Ursprungsmärkning av honung")},
        {QStringLiteral("C09"), QStringLiteral("Märkning och presentation inom vinsektorn")},
        {QStringLiteral("C10"), QStringLiteral("Spritdrycker: definition, beskrivning, märkning "
                                               "och presentation")},
        {QStringLiteral("C11"),
         QStringLiteral("Konsumentinformation om fiskeri- och vattenbruksprodukter")},
        {QStringLiteral("C99"), QStringLiteral("Övrig särskild märkning och information")},
        {QStringLiteral("D03"), QStringLiteral("Ursprungsbeteckning och geografisk beteckning "
                                               "inom vinsektorn")},
        {QStringLiteral("H01"), QStringLiteral("Spårbarhet")},
        {QStringLiteral("J02"), QStringLiteral("Lokaler, utrustning och underhåll")},
        {QStringLiteral("J03"), QStringLiteral("Rengöring och hygienisk hantering")},
        {QStringLiteral("J04"), QStringLiteral("Personlig hygien")},
        {QStringLiteral("J05"), QStringLiteral("Utbildning")},
        {QStringLiteral("J06"), QStringLiteral("Skadedjur")},
        {QStringLiteral("J07"), QStringLiteral("Vatten")},
        {QStringLiteral("J08"), QStringLiteral("Temperaturer")},
        {QStringLiteral("K01"), QStringLiteral("HACCP och faroanalys")},
        {QStringLiteral("O01"),
         QStringLiteral("Andra krav i livsmedelslagstiftningen, övriga regler")},
    };
    return areas;
}

QString ControlAreas::nameOf(const QString &code)
{
    for (const ControlArea &a : all()) {
        if (a.code == code)
            return a.name;
    }
    return {};
}

} // namespace tillsyn::domain
