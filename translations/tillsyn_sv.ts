<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name />
        <message>
            <source>the risk class "%1" is not a number from 1 to 8</source>
            <translation>riskklassen "%1" är inte ett tal från 1 till 8</translation>
        </message>
        <message>
            <source>the control time (inspecTime) "%1" is not a number</source>
            <translation>kontrolltiden (inspecTime) "%1" är inte ett tal</translation>
        </message>
        <message>
            <source>the facility "%1" has no name</source>
            <translation>anläggningen "%1" saknar namn</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Usage: tillsyn-cli COMMAND [options]</source>
            <translation>Användning: tillsyn-cli KOMMANDO [alternativ]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Kommandon:</translation>
        </message>
        <message>
            <source>Run tillsyn-cli COMMAND --help for its options.</source>
            <translation>Kör tillsyn-cli KOMMANDO --help för dess alternativ.</translation>
        </message>
        <message>
            <source>The database file (default: %1).</source>
            <translation>Databasfilen (standard: %1).</translation>
        </message>
        <message>
            <source>the user's data folder</source>
            <translation>användarens datamapp</translation>
        </message>
        <message>
            <source>Language of messages: sv or en.</source>
            <translation>Språk för meddelanden: sv eller en.</translation>
        </message>
        <message>
            <source>Run tillsyn-cli %1 --help for usage.</source>
            <translation>Kör tillsyn-cli %1 --help för användning.</translation>
        </message>
        <message>
            <source>tillsyn-cli: unknown command "%1"</source>
            <translation>tillsyn-cli: okänt kommando "%1"</translation>
        </message>
        <message>
            <source>Tillsyn</source>
            <translation>Tillsyn</translation>
        </message>
        <message>
            <source>The database file (default: the user's data folder).</source>
            <translation>Databasfilen (standard: användarens datamapp).</translation>
        </message>
        <message>
            <source>Language of the user interface: sv or en.</source>
            <translation>Språk för användargränssnittet: sv eller en.</translation>
        </message>
        <message>
            <source>Add the fictional demo facilities.</source>
            <translation>Lägg till de fiktiva demoanläggningarna.</translation>
        </message>
        <message>
            <source>Print "shown" when the window is first on screen, then quit (for benchmarks).</source>
            <translation>Skriv ut "shown" när fönstret först visas på skärmen och avsluta sedan (för prestandamätning).</translation>
        </message>
        <message>
            <source>Act for this office of a county's pool on PostgreSQL (its municipality code, four digits); on an office database file, the file's office.</source>
            <translation>Agera för detta kontor i ett läns gemensamma databas på PostgreSQL (dess kommunkod, fyra siffror); på en kontorsdatabasfil, filens kontor.</translation>
        </message>
    </context>
    <context>
        <name>stats</name>
        <message>
            <source>--area must be food, health or environment</source>
            <translation>--area måste vara food, health eller environment</translation>
        </message>
        <message>
            <source>--kind must be planned, follow_up, complaint, incident or other</source>
            <translation>--kind måste vara planned, follow_up, complaint, incident eller other</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>--db postgresql://USER@HOST:PORT/DATABASE is required: a county's pool is a PostgreSQL database</source>
            <translation>--db postgresql://USER@HOST:PORT/DATABASE krävs: ett läns gemensamma databas är en PostgreSQL-databas</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>--share is required</source>
            <translation>--share krävs</translation>
        </message>
        <message>
            <source>credentials are given by %1: give only one of --password-file, --token-file, TILLSYN_PASSWORD and TILLSYN_TOKEN</source>
            <translation>inloggningsuppgifter anges via %1: ange endast ett av --password-file, --token-file, TILLSYN_PASSWORD och TILLSYN_TOKEN</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::ChecklistCommands</name>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>%1: %2 checklist version(s) added, %3 already present</source>
            <translation>%1: %2 checklistversion(er) tillagda, %3 fanns redan</translation>
        </message>
        <message>
            <source>List the newest version of every checklist.</source>
            <translation>Lista den senaste versionen av varje checklista.</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
        <message>
            <source>Import checklists from a tillsyn-checklists JSON file.</source>
            <translation>Importera checklistor från en JSON-fil i formatet tillsyn-checklists.</translation>
        </message>
        <message>
            <source>items: %1</source>
            <translation>punkter: %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::Cli</name>
        <message>
            <source>expected exactly one %1</source>
            <translation>förväntade exakt ett %1-argument</translation>
        </message>
        <message>
            <source>The visit's id.</source>
            <translation>Besökets id.</translation>
        </message>
        <message>
            <source>A revision (default: the newest).</source>
            <translation>En revision (standard: den senaste).</translation>
        </message>
        <message>
            <source>--revision must be a revision number (1, 2, …)</source>
            <translation>--revision måste vara ett revisionsnummer (1, 2, …)</translation>
        </message>
        <message>
            <source>%1 does not exist; an office database is made with "tillsyn-cli init --office". Nothing was changed.</source>
            <translation>%1 finns inte; en kontorsdatabas skapas med "tillsyn-cli init --office". Ingenting ändrades.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-11-26, not "%2"</source>
            <translation>--%1 måste vara ett datum, t.ex. 2026-11-26, inte "%2"</translation>
        </message>
        <message>
            <source>--to lies before --from</source>
            <translation>--to ligger före --from</translation>
        </message>
        <message>
            <source>Only visits finished on or after this date (YYYY-MM-DD).</source>
            <translation>Bara besök avslutade detta datum eller senare (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>Only visits finished on or before this date (YYYY-MM-DD).</source>
            <translation>Bara besök avslutade detta datum eller tidigare (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>%1 is a database server; this command works on a database file (a laptop's, or a one-clerk office's). Nothing was read or changed.</source>
            <translation>%1 är en databasserver; det här kommandot arbetar på en databasfil (en fältdators eller ett kontors med en handläggare). Inget lästes eller ändrades.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::CsvCommands</name>
        <message>
            <source>--out is required</source>
            <translation>--out krävs</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
        <message numerus="yes">
            <source>Answers of %n visit(s) written to %1</source>
            <translation>
                <numerusform>Svar för %n besök skrivna till %1</numerusform>
                <numerusform>Svar för %n besök skrivna till %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) written to %1</source>
            <translation>
                <numerusform>%n besök skrivet till %1</numerusform>
                <numerusform>%n besök skrivna till %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>CSV-filen som ska skrivas.</translation>
        </message>
        <message>
            <source>Export the merged visits as CSV for Excel, as the Office tab does.</source>
            <translation>Exportera de sammanslagna besöken som CSV för Excel, på samma sätt som fliken Kontor.</translation>
        </message>
        <message>
            <source>Export the merged visits' answers as CSV for Excel, as the Office tab does.</source>
            <translation>Exportera svaren från de sammanslagna besöken som CSV för Excel, på samma sätt som fliken Kontor.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::FacilityCommands</name>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>%1: %2 tillagda, %3 uppdaterade, %4 oförändrade</translation>
        </message>
        <message>
            <source>List or search facilities.</source>
            <translation>Lista eller sök anläggningar.</translation>
        </message>
        <message>
            <source>Only facilities whose name, operator, org. number, address or city contain words starting with TEXT.</source>
            <translation>Endast anläggningar vars namn, verksamhetsutövare, org.nr, adress eller ort innehåller ord som börjar med TEXT.</translation>
        </message>
        <message>
            <source>Include deactivated facilities.</source>
            <translation>Ta med avaktiverade anläggningar.</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
        <message>
            <source>%1: warning: facility %2: %3</source>
            <translation>%1: varning: anläggning %2: %3</translation>
        </message>
        <message>
            <source>Import facilities from a tillsyn-facilities JSON file, a CSV file with a header row or a file in the national open-data format for food controls (JSON or CSV).</source>
            <translation>Importera anläggningar från en JSON-fil i formatet tillsyn-facilities, en CSV-fil med rubrikrad eller en fil i det nationella formatet för öppna data om livsmedelskontroller (JSON eller CSV).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::FeeCommands</name>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 krävs</translation>
        </message>
        <message>
            <source>--sek-per-hour must be an amount in kronor like 1400 or 1386.50</source>
            <translation>--sek-per-hour måste vara ett belopp i kronor, t.ex. 1400 eller 1386.50</translation>
        </message>
        <message>
            <source>--rounding must be started-half-hour, started-hour, started-quarter or none</source>
            <translation>--rounding måste vara started-half-hour, started-hour, started-quarter eller none</translation>
        </message>
        <message>
            <source>From %1: %2 kr/h, %3.</source>
            <translation>Från %1: %2 kr/h, %3.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>%1 min, %2 h × %3 kr = %4 kr</source>
            <translation>%1 min, %2 h × %3 kr = %4 kr</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s), %1 kr</source>
            <translation>
                <numerusform>%n besök, %1 kr</numerusform>
                <numerusform>%n besök, %1 kr</numerusform>
            </translation>
        </message>
        <message>
            <source>Add or replace a line of the fee schedule.</source>
            <translation>Lägg till eller ersätt en rad i taxan.</translation>
        </message>
        <message>
            <source>The first day the rate applies (YYYY-MM-DD).</source>
            <translation>Första dagen som timavgiften gäller (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>The hourly rate in kronor.</source>
            <translation>Timavgiften i kronor.</translation>
        </message>
        <message>
            <source>started-half-hour, started-hour, started-quarter or none.</source>
            <translation>started-half-hour, started-hour, started-quarter eller none.</translation>
        </message>
        <message>
            <source>The invoice basis: each visit's chargeable time and amount.</source>
            <translation>Debiteringsunderlaget: varje besöks debiterbara tid och belopp.</translation>
        </message>
        <message>
            <source>Only visits started on or after this date (YYYY-MM-DD).</source>
            <translation>Endast besök som påbörjats detta datum eller senare (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>Only visits started on or before this date (YYYY-MM-DD).</source>
            <translation>Endast besök som påbörjats detta datum eller tidigare (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
        <message>
            <source>Also write the basis as CSV for Excel.</source>
            <translation>Skriv även underlaget som CSV för Excel.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::FollowUpCommands</name>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 krävs</translation>
        </message>
        <message>
            <source>--status must be corrected, remains or not_checked</source>
            <translation>--status måste vara corrected, remains eller not_checked</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(försenad)</translation>
        </message>
        <message>
            <source>%1 deviations, %2 corrected by their deadline of %3 with one (%4), median %5 days to correction</source>
            <translation>%1 avvikelser, %2 av de %3 som hade en sista dag för åtgärd åtgärdades i tid (%4), median %5 dagar till åtgärd</translation>
        </message>
        <message>
            <source>Office: %1</source>
            <translation>Kontoret: %1</translation>
        </message>
        <message>
            <source>The deviation "%1" of visit %2 is closed.</source>
            <translation>Avvikelsen "%1" från besök %2 är stängd.</translation>
        </message>
        <message>
            <source>Record what a visit found about an earlier visit's open deviation.</source>
            <translation>Registrera vad ett besök konstaterade om en öppen avvikelse från ett tidigare besök.</translation>
        </message>
        <message>
            <source>The earlier visit's id.</source>
            <translation>Det tidigare besökets id.</translation>
        </message>
        <message>
            <source>The item of the earlier deviation.</source>
            <translation>Punkten för den tidigare avvikelsen.</translation>
        </message>
        <message>
            <source>corrected, remains or not_checked.</source>
            <translation>corrected, remains eller not_checked.</translation>
        </message>
        <message>
            <source>What was seen.</source>
            <translation>Vad som iakttogs.</translation>
        </message>
        <message>
            <source>List the open deviations this computer knows for a facility.</source>
            <translation>Lista de öppna avvikelser som den här datorn känner till för en anläggning.</translation>
        </message>
        <message>
            <source>The facility's id.</source>
            <translation>Anläggningens id.</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
        <message>
            <source>List the office's deviations, open and closed.</source>
            <translation>Lista kontorets avvikelser, öppna och stängda.</translation>
        </message>
        <message>
            <source>Only this facility's deviations.</source>
            <translation>Endast den här anläggningens avvikelser.</translation>
        </message>
        <message>
            <source>Only open deviations.</source>
            <translation>Endast öppna avvikelser.</translation>
        </message>
        <message>
            <source>Only open deviations past their deadline.</source>
            <translation>Endast öppna avvikelser som har passerat sista dag för åtgärd.</translation>
        </message>
        <message>
            <source>Close an open deviation by hand, with a reason.</source>
            <translation>Stäng en öppen avvikelse för hand, med en motivering.</translation>
        </message>
        <message>
            <source>The item's id.</source>
            <translation>Punktens id.</translation>
        </message>
        <message>
            <source>Why it is closed.</source>
            <translation>Varför den stängs.</translation>
        </message>
        <message>
            <source>How deviations were followed up: the share corrected by their deadline and the median days to correction, per item and for the office.</source>
            <translation>Hur avvikelser har följts upp: andelen som åtgärdats senast sista dag för åtgärd och mediantiden i dagar till åtgärd, per punkt och för kontoret.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Skriv ut JSON.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::KeyCommands</name>
        <message>
            <source>%1 already has a signing key; it is kept. --replace makes a new one, and laptops that trust only the old key then refuse what is published until they trust the new one.</source>
            <translation>%1 har redan en signeringsnyckel; den behålls. --replace skapar en ny, och fältdatorer som bara litar på den gamla nyckeln avvisar då det som publiceras tills de litar på den nya.</translation>
        </message>
        <message>
            <source>%1 has no signing key; make one with tillsyn-cli key create.</source>
            <translation>%1 har ingen signeringsnyckel; skapa en med tillsyn-cli key create.</translation>
        </message>
        <message>
            <source>Trusted: %1 (fingerprint %2). Reference data must now be signed by a trusted key.</source>
            <translation>Betrodd: %1 (fingeravtryck %2). Referensdata måste nu vara signerad med en betrodd nyckel.</translation>
        </message>
        <message>
            <source>Already trusted: %1 (fingerprint %2).</source>
            <translation>Redan betrodd: %1 (fingeravtryck %2).</translation>
        </message>
        <message>
            <source>%1 is not a trusted key.</source>
            <translation>%1 är inte en betrodd nyckel.</translation>
        </message>
        <message>
            <source>Trust removed. No key is trusted now: reference data is taken without checking signatures.</source>
            <translation>Förtroendet har tagits bort. Ingen nyckel är betrodd nu: referensdata tas emot utan att signaturer kontrolleras.</translation>
        </message>
        <message>
            <source>Trust removed.</source>
            <translation>Förtroendet har tagits bort.</translation>
        </message>
        <message>
            <source>No key is trusted: reference data is taken without checking signatures.</source>
            <translation>Ingen nyckel är betrodd: referensdata tas emot utan att signaturer kontrolleras.</translation>
        </message>
        <message>
            <source>Make the office's signing key pair (kept in the database) and print its public key.</source>
            <translation>Skapa kontorets signeringsnyckelpar (sparas i databasen) och skriv ut dess publika nyckel.</translation>
        </message>
        <message>
            <source>Replace an existing key (laptops must then trust the new one).</source>
            <translation>Ersätt en befintlig nyckel (fältdatorerna måste då lita på den nya).</translation>
        </message>
        <message>
            <source>Print the office's public key.</source>
            <translation>Skriv ut kontorets publika nyckel.</translation>
        </message>
        <message>
            <source>Require reference data signed by this office key (more than one may be trusted).</source>
            <translation>Kräv att referensdata är signerad med den här kontorsnyckeln (flera nycklar kan vara betrodda).</translation>
        </message>
        <message>
            <source>Stop trusting an office key, given as ed25519:… or as its key id.</source>
            <translation>Sluta lita på en kontorsnyckel, angiven som ed25519:… eller med sitt nyckel-id.</translation>
        </message>
        <message>
            <source>List the office keys this computer trusts.</source>
            <translation>Lista de kontorsnycklar som den här datorn litar på.</translation>
        </message>
        <message>
            <source>Print the list as JSON.</source>
            <translation>Skriv ut listan som JSON.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::MergeCommands</name>
        <message>
            <source>%1 imported, %2 updated, %3 duplicates, %4 conflicts, %5 history, %6 rejected</source>
            <translation>%1 importerade, %2 uppdaterade, %3 dubbletter, %4 konflikter, %5 historik, %6 avvisade</translation>
        </message>
        <message>
            <source>--visit, --revision N and --reason TEXT are required</source>
            <translation>--visit, --revision N och --reason TEXT krävs</translation>
        </message>
        <message>
            <source>Visit %1: revision %2 stands.</source>
            <translation>Besök %1: revision %2 gäller.</translation>
        </message>
        <message>
            <source>Merge the visit files in a share's inbox into this (office) database.</source>
            <translation>Slå samman besöksfilerna i delningens inkorg med den här databasen (kontorets).</translation>
        </message>
        <message>
            <source>Print the outcome as JSON.</source>
            <translation>Skriv ut resultatet som JSON.</translation>
        </message>
        <message>
            <source>Resolve a conflict: choose the revision of a visit that stands.</source>
            <translation>Lös en konflikt: välj vilken revision av ett besök som gäller.</translation>
        </message>
        <message>
            <source>The revision that stands.</source>
            <translation>Den revision som gäller.</translation>
        </message>
        <message>
            <source>Where two contents claim that revision: a file name or content hash.</source>
            <translation>Om två olika innehåll anger samma revision: ett filnamn eller innehållets hashvärde.</translation>
        </message>
        <message>
            <source>Why (recorded).</source>
            <translation>Varför (registreras).</translation>
        </message>
        <message>
            <source>%1 left in the inbox for the next merge</source>
            <translation>%1 ligger kvar i inkorgen till nästa sammanslagning</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::OfficeCopyCommands</name>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 krävs</translation>
        </message>
        <message>
            <source>%1: the database does not exist</source>
            <translation>%1: databasen finns inte</translation>
        </message>
        <message>
            <source>Copied %1 visits (%2 revisions), %3 facilities, %4 checklists and %5 rejection records from %6 to %7.</source>
            <translation>Kopierade %1 besök (%2 revisioner), %3 anläggningar, %4 checklistor och %5 poster om avvisade filer från %6 till %7.</translation>
        </message>
        <message>
            <source>Copy an office database into an empty one (file or PostgreSQL)</source>
            <translation>Kopiera en kontorsdatabas till en tom databas (fil eller PostgreSQL)</translation>
        </message>
        <message>
            <source>The office database to copy: a file or postgresql://USER@HOST:PORT/DATABASE.</source>
            <translation>Kontorsdatabasen som ska kopieras: en fil eller postgresql://USER@HOST:PORT/DATABASE.</translation>
        </message>
        <message>
            <source>The empty database to copy into (a file is created).</source>
            <translation>Den tomma databasen att kopiera till (en fil skapas).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::OpenDataCommands</name>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 krävs</translation>
        </message>
        <message>
            <source>--out must name a .json or a .csv file</source>
            <translation>--out måste ange en .json- eller .csv-fil</translation>
        </message>
        <message numerus="yes">
            <source>%n inspection(s) of %1 facilities written to %2</source>
            <translation>
                <numerusform>%n kontroll av %1 anläggningar skriven till %2</numerusform>
                <numerusform>%n kontroller av %1 anläggningar skrivna till %2</numerusform>
            </translation>
        </message>
        <message>
            <source>The file to write: FILE.json or FILE.csv (the form follows the name).</source>
            <translation>Filen som ska skrivas: FILE.json eller FILE.csv (formatet följer av namnet).</translation>
        </message>
        <message>
            <source>The publishing organisation's municipality code (SCB), e.g. 1280.</source>
            <translation>Den publicerande organisationens kommunkod (SCB), t.ex. 1280.</translation>
        </message>
        <message>
            <source>The publishing organisation's name, e.g. "Malmö stad".</source>
            <translation>Den publicerande organisationens namn, t.ex. "Malmö stad".</translation>
        </message>
        <message>
            <source>The name of the local SWEREF 99 projection, e.g. "SWEREF 99 15 00".</source>
            <translation>Namnet på den lokala SWEREF 99-projektionen, t.ex. "SWEREF 99 15 00".</translation>
        </message>
        <message>
            <source>Export the food controls as open data in the national format (JSON or CSV): inspections by reporting area, with their facilities.</source>
            <translation>Exportera livsmedelskontrollerna som öppna data i det nationella formatet (JSON eller CSV): kontroller per kontrollområde, med sina anläggningar.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::PlanningCommands</name>
        <message>
            <source>--year must be a year such as 2026</source>
            <translation>--year måste vara ett årtal, t.ex. 2026</translation>
        </message>
        <message>
            <source>List each facility's yearly control time, the hours spent on its visits of the year, the hours remaining and its last visit, largest remaining first.</source>
            <translation>Lista varje anläggnings årliga kontrolltid, timmarna som lagts på årets besök, återstående timmar och senaste besök, med störst återstående tid först.</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>Året (standard: innevarande år).</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::PoolCommands</name>
        <message>
            <source>the office's code</source>
            <translation>kontorets kod</translation>
        </message>
        <message>
            <source>Office %1 is in the pool %2: its clerks are members of the role %3 (%4).</source>
            <translation>Kontoret %1 finns i den gemensamma databasen %2: dess handläggare är medlemmar i rollen %3 (%4).</translation>
        </message>
        <message>
            <source>created</source>
            <translation>skapad</translation>
        </message>
        <message>
            <source>it existed</source>
            <translation>fanns redan</translation>
        </message>
        <message>
            <source>The county's role %1 was created: its members read every office and may act for any.</source>
            <translation>Länets roll %1 skapades: dess medlemmar läser alla kontor och får agera för vilket som helst.</translation>
        </message>
        <message>
            <source>%1 is a member of %2.</source>
            <translation>%1 är medlem i %2.</translation>
        </message>
        <message>
            <source>give the login roles to make members of the county's role</source>
            <translation>ange inloggningsrollerna som ska bli medlemmar i länets roll</translation>
        </message>
        <message>
            <source>Add an office to a county's pool on PostgreSQL (its role, its rights).</source>
            <translation>Lägg till ett kontor i ett läns gemensamma databas på PostgreSQL (dess roll, dess rättigheter).</translation>
        </message>
        <message>
            <source>A clerk's login role to make a member of the office's role (repeatable).</source>
            <translation>En handläggares inloggningsroll som ska bli medlem i kontorets roll (kan upprepas).</translation>
        </message>
        <message>
            <source>Let login roles read every office of a county's pool.</source>
            <translation>Låt inloggningsroller läsa alla kontor i ett läns gemensamma databas.</translation>
        </message>
        <message>
            <source>Make login roles members of tillsyn_county (created when missing) in a county's pool on PostgreSQL (--db postgresql://…): without --office they read every office's rows (stats --by office gives a row per office) and change none; with --office CODE they act for that office.</source>
            <translation>Gör inloggningsroller till medlemmar i tillsyn_county (skapas när den saknas) i ett läns gemensamma databas på PostgreSQL (--db postgresql://…): utan --office läser de alla kontors rader (stats --by office ger en rad per kontor) och ändrar inga; med --office CODE agerar de för det kontoret.</translation>
        </message>
        <message>
            <source>Office %1 now holds what the database held as one office's: %2.</source>
            <translation>Kontoret %1 har nu det som databasen hade som ett enda kontors: %2.</translation>
        </message>
        <message>
            <source>The database holds rows of one office from before it became a pool, under no office (%1): nobody acting for an office sees them. Give them to their office with: tillsyn-cli pool add-office CODE --adopt --db …</source>
            <translation>Databasen har rader från ett enda kontor från tiden innan den blev gemensam, utan kontor (%1): ingen som agerar för ett kontor ser dem. Ge dem till sitt kontor med: tillsyn-cli pool add-office CODE --adopt --db …</translation>
        </message>
        <message>
            <source>%1 visit(s), %2 facility(ies), %3 checklist version(s) and %4 other row(s)</source>
            <translation>%1 besök, %2 anläggning(ar), %3 checklisteversion(er) och %4 andra rader</translation>
        </message>
        <message>
            <source>Add an office to a county's pool: one PostgreSQL database (--db postgresql://…) holding several offices' data, each row under its office's code (SCB's municipality code, four digits), so two municipalities' facility and checklist ids never collide. Creates the group role tillsyn_office_CODE (and tillsyn_county) when missing, grants them Tillsyn's tables, records the office and makes the --member roles its clerks. Row-level security on the server then lets a clerk see and change only their own office's rows, whatever SQL they run; members of tillsyn_county read every office. Clerks name their office with --office CODE (merge, visits, stats, …) or ?office=CODE in the address. Run it as the database's owner with CREATEROLE, or as a superuser; it may be run again (adds members, and with --adopt gives the office the rows under no office; changes nothing else).</source>
            <translation>Lägg till ett kontor i ett läns gemensamma databas: en PostgreSQL-databas (--db postgresql://…) med flera kontors data, varje rad under sitt kontors kod (SCB:s kommunkod, fyra siffror), så att två kommuners id:n för anläggningar och checklistor aldrig krockar. Skapar grupprollen tillsyn_office_CODE (och tillsyn_county) när de saknas, ger dem Tillsyns tabeller, registrerar kontoret och gör rollerna i --member till dess handläggare. Radsäkerheten (row-level security) på servern låter sedan en handläggare se och ändra bara sitt eget kontors rader, vilken SQL hen än kör; medlemmar i tillsyn_county läser alla kontor. Handläggare anger sitt kontor med --office CODE (merge, visits, stats, …) eller ?office=CODE i adressen. Kör det som databasens ägare med CREATEROLE, eller som superanvändare; det kan köras igen (lägger till medlemmar, och med --adopt får kontoret raderna utan kontor; ändrar inget annat).</translation>
        </message>
        <message>
            <source>Give this office the rows the database held as one office's before it became a pool (they are under no office, which nobody acting for an office sees). Copies of rows the office already has are dropped; a row whose key the office has with other values stops it, with nothing changed.</source>
            <translation>Ge det här kontoret raderna som databasen hade som ett enda kontors innan den blev gemensam (de ligger utan kontor, och dem ser ingen som agerar för ett kontor). Kopior av rader som kontoret redan har tas bort; en rad vars nyckel kontoret har med andra värden stoppar alltihop, utan att något ändras.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::PublishCommands</name>
        <message>
            <source>Published %1 facilities and %2 checklist versions to %3.</source>
            <translation>Publicerade %1 anläggningar och %2 checklistversioner till %3.</translation>
        </message>
        <message>
            <source>--out is required</source>
            <translation>--out krävs</translation>
        </message>
        <message>
            <source>There is no published checklist to export.</source>
            <translation>Det finns ingen publicerad checklista att exportera.</translation>
        </message>
        <message>
            <source>Unknown checklist "%1" (or no published version).</source>
            <translation>Okänd checklista "%1" (eller ingen publicerad version).</translation>
        </message>
        <message>
            <source>%1: cannot be written: %2</source>
            <translation>%1: kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>%1 checklist versions written to %2</source>
            <translation>%1 checklistversioner skrivna till %2</translation>
        </message>
        <message>
            <source>Publish active facilities and published checklists to a share's reference/ folder (replaced atomically).</source>
            <translation>Publicera aktiva anläggningar och publicerade checklistor till mappen reference/ i delningen (ersätts atomiskt).</translation>
        </message>
        <message>
            <source>Write published checklist versions as a tillsyn-checklists file.</source>
            <translation>Skriv publicerade checklistversioner till en fil i formatet tillsyn-checklists.</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>Filen som ska skrivas.</translation>
        </message>
        <message>
            <source>Only this checklist.</source>
            <translation>Endast den här checklistan.</translation>
        </message>
        <message>
            <source>Published %1 open deviations.</source>
            <translation>Publicerade %1 öppna avvikelser.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::ReportCommands</name>
        <message>
            <source>--visit and --out are required</source>
            <translation>--visit och --out krävs</translation>
        </message>
        <message>
            <source>Report of visit %1 revision %2 written to %3</source>
            <translation>Rapport för besök %1 revision %2 skriven till %3</translation>
        </message>
        <message>
            <source>Write the PDF report of a finished visit (in the --lang language).</source>
            <translation>Skriv PDF-rapporten för ett avslutat besök (på språket som anges med --lang).</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>PDF-filen som ska skrivas.</translation>
        </message>
        <message>
            <source>Show or set the office letterhead printed on reports.</source>
            <translation>Visa eller ange kontorets brevhuvud som skrivs ut på rapporter.</translation>
        </message>
        <message>
            <source>The office's name.</source>
            <translation>Kontorets namn.</translation>
        </message>
        <message>
            <source>Postal address.</source>
            <translation>Postadress.</translation>
        </message>
        <message>
            <source>Phone number.</source>
            <translation>Telefonnummer.</translation>
        </message>
        <message>
            <source>E-mail address.</source>
            <translation>E-postadress.</translation>
        </message>
        <message>
            <source>A PNG, JPEG or SVG logo file.</source>
            <translation>En logotypfil i PNG, JPEG eller SVG.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::SetupCommands</name>
        <message>
            <source>Create or upgrade the database and install the shipped checklists.</source>
            <translation>Skapa eller uppgradera databasen och installera de medföljande checklistorna.</translation>
        </message>
        <message>
            <source>Also add the fictional demo facilities.</source>
            <translation>Lägg även till de fiktiva demoanläggningarna.</translation>
        </message>
        <message>
            <source>%1 is a field database with visits of its own; it stays a field database. Make the office database in a new file.</source>
            <translation>%1 är en fältdatabas med egna besök; den förblir en fältdatabas. Skapa kontorsdatabasen i en ny fil.</translation>
        </message>
        <message>
            <source>Office database ready with the shipped checklists and demo facilities: %1</source>
            <translation>Kontorsdatabasen är klar med de medföljande checklistorna och demoanläggningarna: %1</translation>
        </message>
        <message>
            <source>Field database ready with the shipped checklists and demo facilities: %1</source>
            <translation>Fältdatabasen är klar med de medföljande checklistorna och demoanläggningarna: %1</translation>
        </message>
        <message>
            <source>Office database ready with the shipped checklists: %1</source>
            <translation>Kontorsdatabasen är klar med de medföljande checklistorna: %1</translation>
        </message>
        <message>
            <source>Field database ready with the shipped checklists: %1</source>
            <translation>Fältdatabasen är klar med de medföljande checklistorna: %1</translation>
        </message>
        <message>
            <source>Make an office database (merge, resolve, publish); without it a new database is a field database.</source>
            <translation>Skapa en kontorsdatabas (merge, resolve, publish); utan detta alternativ blir en ny databas en fältdatabas.</translation>
        </message>
        <message>
            <source>A database on a PostgreSQL server is an office database: use "init --office". Nothing was changed.</source>
            <translation>En databas på en PostgreSQL-server är en kontorsdatabas: använd "init --office". Ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::StatsCommands</name>
        <message>
            <source>Deviation statistics of the visits merged into this office database.</source>
            <translation>Avvikelsestatistik för besöken som slagits samman i den här kontorsdatabasen.</translation>
        </message>
        <message>
            <source>Write this office's anonymised statistics for other offices.</source>
            <translation>Skriv kontorets anonymiserade statistik för andra kontor.</translation>
        </message>
        <message>
            <source>Compare offices' statistics files item by item.</source>
            <translation>Jämför kontorens statistikfiler punkt för punkt.</translation>
        </message>
        <message>
            <source>The first day, YYYY-MM-DD (local time; default: the first visit).</source>
            <translation>Första dagen, ÅÅÅÅ-MM-DD (lokal tid; standard: det första besöket).</translation>
        </message>
        <message>
            <source>The last day, included (default: the last visit).</source>
            <translation>Sista dagen, som räknas med (standard: det sista besöket).</translation>
        </message>
        <message>
            <source>Only visits with this checklist.</source>
            <translation>Endast besök med den här checklistan.</translation>
        </message>
        <message>
            <source>Only checklists of this area: food, health or environment.</source>
            <translation>Endast checklistor inom detta område: food, health eller environment.</translation>
        </message>
        <message>
            <source>Only facilities of this category (exactly as written).</source>
            <translation>Endast anläggningar i den här kategorin (exakt som den är skriven).</translation>
        </message>
        <message>
            <source>Only visits of this kind: planned, follow_up, complaint, incident or other.</source>
            <translation>Endast besök av denna typ: planned, follow_up, complaint, incident eller other.</translation>
        </message>
        <message>
            <source>Only visits by an inspector whose name contains this (any case).</source>
            <translation>Endast besök av en inspektör vars namn innehåller detta (oavsett skiftläge).</translation>
        </message>
        <message>
            <source>Print the rows as JSON.</source>
            <translation>Skriv ut raderna som JSON.</translation>
        </message>
        <message>
            <source>Write this office's anonymised statistics (format tillsyn-stats, version 1) for comparison with other offices: counts per checklist version and item, per item and facility category, per category and per month. No facility, person or free text: item wordings come from the office's published checklists only, and groups of fewer than 5 visits are left out.</source>
            <translation>Skriv kontorets anonymiserade statistik (formatet tillsyn-stats, version 1) för jämförelse med andra kontor: antal per checklistversion och punkt, per punkt och anläggningskategori, per kategori och per månad. Inga anläggningar, personer eller fritext: punkternas formuleringar hämtas endast från kontorets publicerade checklistor, och grupper med färre än 5 besök utelämnas.</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>Filen som ska skrivas.</translation>
        </message>
        <message>
            <source>The office's name in the file (default: the name set with tillsyn-cli office --name).</source>
            <translation>Kontorets namn i filen (standard: namnet som angetts med tillsyn-cli office --name).</translation>
        </message>
        <message>
            <source>Compare two or more offices' statistics files (from tillsyn-cli stats export) item by item: each office's deviation rate side by side and the spread (largest minus smallest rate). Items match by checklist id and item id where the published wording is the same (whatever the version); an item whose wording differs is compared per wording, and the output says so.

The test: Pearson's chi-square test of homogeneity on the table of deviations and ok answers per office (df = offices − 1; for two offices the same as the two-proportion z-test), run only where every expected count is at least 1 and at most a fifth of them are below 5. The p-values of all items tested are corrected with Holm–Bonferroni; an item whose corrected p-value is below 0.05 is flagged "likely different interpretation".</source>
            <translation>Jämför två eller fler kontors statistikfiler (från tillsyn-cli stats export) punkt för punkt: varje kontors avvikelsefrekvens sida vid sida och spridningen (största minus minsta frekvens). Punkter matchas på checklistans id och punktens id där den publicerade formuleringen är densamma (oavsett version); en punkt vars formulering skiljer sig jämförs per formulering, och utskriften anger det.

Testet: Pearsons chi-två-test för homogenitet på tabellen med avvikelser och ok-svar per kontor (df = antal kontor − 1; för två kontor detsamma som z-testet för två andelar), utförs endast där varje förväntat antal är minst 1 och högst en femtedel av dem är under 5. P-värdena för alla testade punkter korrigeras med Holm–Bonferroni; en punkt vars korrigerade p-värde är under 0,05 markeras "troligen olika tolkning".</translation>
        </message>
        <message>
            <source>Compare the counts of this facility category only.</source>
            <translation>Jämför endast antalen för den här anläggningskategorin.</translation>
        </message>
        <message>
            <source>Print the comparison as JSON.</source>
            <translation>Skriv ut jämförelsen som JSON.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>visits  checked  deviations    rate  not checked  not applicable</source>
            <translation> besök   kontr.  avvikelser  frekv.    ej kontr.      ej aktuell</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupp</translation>
        </message>
        <message>
            <source>No visits match.</source>
            <translation>Inga besök matchar.</translation>
        </message>
        <message>
            <source>--out FILE is required</source>
            <translation>--out FILE krävs</translation>
        </message>
        <message>
            <source>--office NAME is required: this database has no office name (set one with tillsyn-cli office --name NAME)</source>
            <translation>--office NAME krävs: den här databasen har inget kontorsnamn (ange ett med tillsyn-cli office --name NAME)</translation>
        </message>
        <message>
            <source>%1: statistics of %2 to %3 written: %4 items, %5 categories, %6 months (groups of fewer than %7 visits left out)</source>
            <translation>%1: statistik för %2 till %3 skriven: %4 punkter, %5 kategorier, %6 månader (grupper med färre än %7 besök utelämnade)</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kan inte läsas: %2</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <source>%1 %2 (%3 of %4)</source>
            <translation>%1 %2 (%3 av %4)</translation>
        </message>
        <message>
            <source>spread %1 points</source>
            <translation>spridning %1 procentenheter</translation>
        </message>
        <message>
            <source>no spread (fewer than two offices checked it)</source>
            <translation>ingen spridning (färre än två kontor har kontrollerat den)</translation>
        </message>
        <message>
            <source>chi² %1, df %2, p %3, Holm-adjusted p %4</source>
            <translation>chi² %1, df %2, p %3, Holm-justerat p %4</translation>
        </message>
        <message>
            <source>not tested: too few answers or deviations</source>
            <translation>inte testad: för få svar eller avvikelser</translation>
        </message>
        <message>
            <source>LIKELY DIFFERENT INTERPRETATION</source>
            <translation>TROLIGEN OLIKA TOLKNING</translation>
        </message>
        <message>
            <source>The wording of this item differs between the files or versions: each wording is compared on its own.</source>
            <translation>Formuleringen av den här punkten skiljer sig mellan filerna eller versionerna: varje formulering jämförs för sig.</translation>
        </message>
        <message>
            <source>give at least two statistics files</source>
            <translation>ange minst två statistikfiler</translation>
        </message>
        <message>
            <source>Offices: %1</source>
            <translation>Kontor: %1</translation>
        </message>
        <message>
            <source>Facility category: %1</source>
            <translation>Anläggningskategori: %1</translation>
        </message>
        <message>
            <source>%1 items, %2 tested, %3 flagged as likely different interpretation (chi-square test, Holm-Bonferroni, alpha 0.05)</source>
            <translation>%1 punkter, %2 testade, %3 markerade som troligen olika tolkning (chi-två-test, Holm-Bonferroni, alfa 0,05)</translation>
        </message>
        <message>
            <source>Group by item (default), section, checklist, category, month, kind, control-area (the food control reporting area) or office.</source>
            <translation>Gruppera efter item (standard), section, checklist, category, month, kind, control-area (livsmedelskontrollens kontrollområde) eller office.</translation>
        </message>
        <message>
            <source>the office</source>
            <translation>kontoret</translation>
        </message>
        <message>
            <source>  median min  mean min  chargeable</source>
            <translation>  median min medel min  debiterbar</translation>
        </message>
        <message>
            <source>  by deadline  median days</source>
            <translation>   inom frist median dagar</translation>
        </message>
        <message>
            <source>--by must be item, section, checklist, category, month, kind, control-area or office</source>
            <translation>--by måste vara item, section, checklist, category, month, kind, control-area eller office</translation>
        </message>
        <message>
            <source>Deviation statistics of the visits merged into this office database: the current revision of every visit that is not in conflict. Per group: visits, checked (answers ok or deviation), deviations, rate = deviations / checked (null when nothing was checked), notChecked and notApplicable. Grouped by category or kind, the rows also give the time spent per visit: timedVisits, minutesMedian and minutesMean (visits with 0 minutes have no time recorded and are left out of these), chargeableShare (chargeable minutes / all minutes) and activities: per activity (preparation, travel, inspection, sampling, reporting, other) minutesMedian and minutesMean over the timed visits, 0 for a visit that spent none on it. Grouped by item, the rows also tell how the deviations were followed up: withDeadline, correctedByDeadline, shareCorrectedByDeadline (null without deadlines), corrected and medianDaysToCorrection (from the visit that found it to the visit or closure by hand that closed it). --by office gives one row for all the visits selected, with all of these; a county member reading a pool on PostgreSQL (no --office) gets one row per office, with its code as office.</source>
            <translation>Avvikelsestatistik för besöken som slagits samman i den här kontorsdatabasen: den aktuella revisionen av varje besök som inte är i konflikt. Per grupp: visits, checked (svar ok eller avvikelse), deviations, rate = deviations / checked (null när inget har kontrollerats), notChecked och notApplicable. Grupperat per kategori eller besökstyp ger raderna även tidsåtgången per besök: timedVisits, minutesMedian och minutesMean (besök med 0 minuter har ingen registrerad tid och räknas inte med i dessa), chargeableShare (debiterbara minuter / alla minuter) och activities: per aktivitet (preparation, travel, inspection, sampling, reporting, other) minutesMedian och minutesMean över de besök som har registrerad tid, 0 för ett besök som inte lade någon tid på aktiviteten. Grupperat per punkt visar raderna även hur avvikelserna följts upp: withDeadline, correctedByDeadline, shareCorrectedByDeadline (null utan tidsfrister), corrected och medianDaysToCorrection (från besöket som fann avvikelsen till det besök eller den manuella stängning som stängde den). --by office ger en rad för alla valda besök, med allt detta; en medlem i länets roll som läser en gemensam databas på PostgreSQL (utan --office) får en rad per kontor, med dess kod som office.</translation>
        </message>
        <message>
            <source>office %1</source>
            <translation>kontor %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::SyncCommands</name>
        <message>
            <source>name at least one FILE</source>
            <translation>ange minst en FILE</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kan inte läsas: %2</translation>
        </message>
        <message>
            <source>%1: the folder cannot be created</source>
            <translation>%1: mappen kan inte skapas</translation>
        </message>
        <message>
            <source>%1: cannot be written: %2</source>
            <translation>%1: kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>--visit and --out are required</source>
            <translation>--visit och --out krävs</translation>
        </message>
        <message>
            <source>Unknown visit "%1".</source>
            <translation>Okänt besök "%1".</translation>
        </message>
        <message>
            <source>Visit %1 has no finished revision %2.</source>
            <translation>Besök %1 har ingen avslutad revision %2.</translation>
        </message>
        <message>
            <source>--out and --visits N (N ≥ 1) are required</source>
            <translation>--out och --visits N (N ≥ 1) krävs</translation>
        </message>
        <message>
            <source>%1 visit files written to %2</source>
            <translation>%1 besöksfiler skrivna till %2</translation>
        </message>
        <message>
            <source>%1 sent, %2 already on the share, %3 waiting</source>
            <translation>%1 skickade, %2 fanns redan i delningen, %3 väntar</translation>
        </message>
        <message>
            <source>A shared folder, or a WebDAV URL (http:// or https://).</source>
            <translation>En delad mapp eller en WebDAV-URL (http:// eller https://).</translation>
        </message>
        <message>
            <source>WebDAV user name; the password comes from TILLSYN_PASSWORD or --password-file.</source>
            <translation>Användarnamn för WebDAV; lösenordet hämtas från TILLSYN_PASSWORD eller --password-file.</translation>
        </message>
        <message>
            <source>A file whose first line is the password.</source>
            <translation>En fil vars första rad är lösenordet.</translation>
        </message>
        <message>
            <source>A file whose first line is a bearer token (or set TILLSYN_TOKEN).</source>
            <translation>En fil vars första rad är en bearer-token (eller ange TILLSYN_TOKEN).</translation>
        </message>
        <message>
            <source>An extra CA certificate (PEM) to trust, e.g. the municipality's own.</source>
            <translation>Ett extra CA-certifikat (PEM) att lita på, t.ex. kommunens eget.</translation>
        </message>
        <message>
            <source>Seconds to wait for the server (default 30).</source>
            <translation>Antal sekunder att vänta på servern (standard 30).</translation>
        </message>
        <message>
            <source>Check visit files; one line per file, OK or the reason.</source>
            <translation>Kontrollera besöksfiler; en rad per fil, OK eller orsaken.</translation>
        </message>
        <message>
            <source>Write a finished revision's visit file.</source>
            <translation>Skriv besöksfilen för en avslutad revision.</translation>
        </message>
        <message>
            <source>The folder to write to.</source>
            <translation>Mappen att skriva till.</translation>
        </message>
        <message>
            <source>Write N valid synthetic visit files (the same for the same seed).</source>
            <translation>Skriv N giltiga syntetiska besöksfiler (samma filer för samma slumpfrö).</translation>
        </message>
        <message>
            <source>How many files.</source>
            <translation>Antal filer.</translation>
        </message>
        <message>
            <source>Photos per visit (default 0).</source>
            <translation>Foton per besök (standard 0).</translation>
        </message>
        <message>
            <source>Random seed (default 1).</source>
            <translation>Slumpfrö (standard 1).</translation>
        </message>
        <message>
            <source>Send every unsent finished visit to the share and fetch its reference data. Exit 1 when anything is left waiting or failed.</source>
            <translation>Skicka alla avslutade besök som inte har skickats till delningen och hämta referensdata därifrån. Avslutas med kod 1 om något fortfarande väntar eller misslyckades.</translation>
        </message>
        <message>
            <source>Print the outcome as JSON.</source>
            <translation>Skriv ut resultatet som JSON.</translation>
        </message>
        <message>
            <source>Reference data was taken without checking signatures: this computer trusts no office key (see tillsyn-cli key trust).</source>
            <translation>Referensdata togs emot utan att signaturer kontrollerades: den här datorn litar inte på någon kontorsnyckel (se tillsyn-cli key trust).</translation>
        </message>
        <message>
            <source>Reference data is taken only when signed by a trusted office key (%1 trusted).</source>
            <translation>Referensdata tas bara emot om den är signerad med en betrodd kontorsnyckel (betrodda nycklar: %1).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::cli::VisitCommands</name>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 krävs</translation>
        </message>
        <message>
            <source>--%1 must be a whole number</source>
            <translation>--%1 måste vara ett heltal</translation>
        </message>
        <message>
            <source>--kind must be planned, follow_up, complaint, incident or other</source>
            <translation>--kind måste vara planned, follow_up, complaint, incident eller other</translation>
        </message>
        <message>
            <source>--result must be ok, deviation, not_checked or not_applicable</source>
            <translation>--result måste vara ok, deviation, not_checked eller not_applicable</translation>
        </message>
        <message>
            <source>warning: unanswered: %1 %2</source>
            <translation>varning: obesvarad: %1 %2</translation>
        </message>
        <message>
            <source>warning: deviation without a comment: %1 %2</source>
            <translation>varning: avvikelse utan kommentar: %1 %2</translation>
        </message>
        <message>
            <source>Visit %1 finished as revision %2.</source>
            <translation>Besök %1 avslutat som revision %2.</translation>
        </message>
        <message>
            <source>Visit %1 reopened as draft revision %2.</source>
            <translation>Besök %1 öppnat igen som utkast till revision %2.</translation>
        </message>
        <message>
            <source>Visit %1 has no revision %2.</source>
            <translation>Besök %1 har ingen revision %2.</translation>
        </message>
        <message>
            <source>Unknown visit "%1".</source>
            <translation>Okänt besök "%1".</translation>
        </message>
        <message>
            <source>r%1</source>
            <translation>r%1</translation>
        </message>
        <message>
            <source>Start a visit; prints the new visit's id.</source>
            <translation>Påbörja ett besök; skriver ut det nya besökets id.</translation>
        </message>
        <message>
            <source>The facility's id.</source>
            <translation>Anläggningens id.</translation>
        </message>
        <message>
            <source>A checklist version (default: the newest).</source>
            <translation>En version av checklistan (standard: den senaste).</translation>
        </message>
        <message>
            <source>planned (default), follow_up, complaint, incident or other.</source>
            <translation>planned (standard), follow_up, complaint, incident eller other.</translation>
        </message>
        <message>
            <source>The visit was not announced.</source>
            <translation>Besöket var inte föranmält.</translation>
        </message>
        <message>
            <source>An inspector's name; repeat for colleagues (default: the current user).</source>
            <translation>En inspektörs namn; upprepa för kollegor (standard: den aktuella användaren).</translation>
        </message>
        <message>
            <source>Answer one item of a draft visit.</source>
            <translation>Besvara en punkt i ett besöksutkast.</translation>
        </message>
        <message>
            <source>The item's id.</source>
            <translation>Punktens id.</translation>
        </message>
        <message>
            <source>ok, deviation, not_checked or not_applicable.</source>
            <translation>ok, deviation, not_checked eller not_applicable.</translation>
        </message>
        <message>
            <source>What was seen.</source>
            <translation>Vad som iakttogs.</translation>
        </message>
        <message>
            <source>Attach a photo to an item; prints the photo's id.</source>
            <translation>Bifoga ett foto till en punkt; skriver ut fotots id.</translation>
        </message>
        <message>
            <source>A JPEG or PNG image.</source>
            <translation>En JPEG- eller PNG-bild.</translation>
        </message>
        <message>
            <source>A caption.</source>
            <translation>En bildtext.</translation>
        </message>
        <message>
            <source>Minutes spent.</source>
            <translation>Tidsåtgång i minuter.</translation>
        </message>
        <message>
            <source>Finish the draft as a numbered revision (warnings on stderr).</source>
            <translation>Avsluta utkastet som en numrerad revision (varningar på stderr).</translation>
        </message>
        <message>
            <source>Reopen a finished visit as the next draft revision.</source>
            <translation>Öppna ett avslutat besök igen som utkast till nästa revision.</translation>
        </message>
        <message>
            <source>Show a visit's current revision.</source>
            <translation>Visa ett besöks aktuella revision.</translation>
        </message>
        <message>
            <source>An earlier revision.</source>
            <translation>En tidigare revision.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Skriv ut JSON.</translation>
        </message>
        <message>
            <source>List visits with status and revision.</source>
            <translation>Lista besök med status och revision.</translation>
        </message>
        <message>
            <source>Only this facility's visits.</source>
            <translation>Endast den här anläggningens besök.</translation>
        </message>
        <message>
            <source>Print a JSON array.</source>
            <translation>Skriv ut en JSON-array.</translation>
        </message>
        <message>
            <source>%1 deviation(s)</source>
            <translation>%1 avvikelse(r)</translation>
        </message>
        <message>
            <source>No checklist is meant for the category "%1" of facility %2: give --checklist ID.</source>
            <translation>Ingen checklista är avsedd för kategorin "%1" för anläggning %2: ange --checklist ID.</translation>
        </message>
        <message>
            <source>--deadline is only for --result deviation</source>
            <translation>--deadline gäller bara för --result deviation</translation>
        </message>
        <message>
            <source>--deadline must be a date written YYYY-MM-DD</source>
            <translation>--deadline måste vara ett datum skrivet ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>--activity must be preparation, travel, inspection, sampling, reporting or other</source>
            <translation>--activity måste vara preparation, travel, inspection, sampling, reporting eller other</translation>
        </message>
        <message>
            <source>give either --image or --declined</source>
            <translation>ange antingen --image eller --declined</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Kan inte läsa %1: %2</translation>
        </message>
        <message>
            <source>Visit %1, revision %2 (%3), %4 of %5 answered, %6, %7 min</source>
            <translation>Besök %1, revision %2 (%3), %4 av %5 besvarade, %6, %7 min</translation>
        </message>
        <message numerus="yes">
            <source>%n deviation(s)</source>
            <translation>
                <numerusform>%n avvikelse</numerusform>
                <numerusform>%n avvikelser</numerusform>
            </translation>
        </message>
        <message>
            <source>%1/%2 answered, %3</source>
            <translation>%1/%2 besvarade, %3</translation>
        </message>
        <message>
            <source>The checklist's id (default: the one meant for the facility's category).</source>
            <translation>Checklistans id (standard: den som är avsedd för anläggningens kategori).</translation>
        </message>
        <message>
            <source>The case number (diarienummer) in the case system.</source>
            <translation>Diarienumret (Dnr) i ärendehanteringssystemet.</translation>
        </message>
        <message>
            <source>With --result deviation: the date it must be corrected by.</source>
            <translation>Med --result deviation: det datum då avvikelsen senast ska vara åtgärdad.</translation>
        </message>
        <message>
            <source>Set the minutes spent on one activity of a visit.</source>
            <translation>Ange antalet minuter som lagts på en aktivitet under ett besök.</translation>
        </message>
        <message>
            <source>preparation, travel, inspection (default), sampling, reporting or other.</source>
            <translation>preparation, travel, inspection (standard), sampling, reporting eller other.</translation>
        </message>
        <message>
            <source>The time is not charged to the operator.</source>
            <translation>Tiden debiteras inte verksamhetsutövaren.</translation>
        </message>
        <message>
            <source>Set a draft visit's case number (an empty number removes it).</source>
            <translation>Ange diarienumret för ett besöksutkast (ett tomt nummer tar bort det).</translation>
        </message>
        <message>
            <source>Record the operator's signature, or that the operator declined to sign.</source>
            <translation>Registrera verksamhetsutövarens signatur, eller att verksamhetsutövaren avböjde att signera.</translation>
        </message>
        <message>
            <source>The operator's name.</source>
            <translation>Verksamhetsutövarens namn.</translation>
        </message>
        <message>
            <source>The operator's role.</source>
            <translation>Verksamhetsutövarens roll.</translation>
        </message>
        <message>
            <source>The signature as a PNG image.</source>
            <translation>Signaturen som en PNG-bild.</translation>
        </message>
        <message>
            <source>The operator declined to sign.</source>
            <translation>Verksamhetsutövaren avböjde att signera.</translation>
        </message>
        <message>
            <source>The operator's comment.</source>
            <translation>Verksamhetsutövarens kommentar.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop</name>
        <message>
            <source>Section</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ActivityTimeWidget</name>
        <message>
            <source>Clock</source>
            <translation>Klocka</translation>
        </message>
        <message>
            <source>The running clock counts into this activity</source>
            <translation>Den löpande klockan räknar tid till den här aktiviteten</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>chargeable</source>
            <translation>debiterbar</translation>
        </message>
        <message>
            <source>In all %1 min, chargeable %2 h</source>
            <translation>Totalt %1 min, debiterbart %2 h</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::CaseNumberEdit</name>
        <message>
            <source>From last visit (F4)</source>
            <translation>Från förra besöket (F4)</translation>
        </message>
        <message>
            <source>Case number (Dnr)</source>
            <translation>Diarienummer (Dnr)</translation>
        </message>
        <message>
            <source>Take the case number of this facility's last visit</source>
            <translation>Hämta diarienumret från anläggningens senaste besök</translation>
        </message>
        <message>
            <source>No earlier visit of this facility has a case number</source>
            <translation>Inget tidigare besök på den här anläggningen har ett diarienummer</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ChecklistAdminPanel</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>&amp;Edit (next version)</source>
            <translation>&amp;Redigera (nästa version)</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>&amp;Duplicera…</translation>
        </message>
        <message>
            <source>&amp;Delete draft</source>
            <translation>&amp;Ta bort utkast</translation>
        </message>
        <message>
            <source>&amp;Changes…</source>
            <translation>&amp;Ändringar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>I&amp;mportera…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportera…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>%1 — version %2%3</source>
            <translation>%1 — version %2%3</translation>
        </message>
        <message>
            <source> (draft)</source>
            <translation> (utkast)</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Checklistor</translation>
        </message>
        <message>
            <source>New checklist</source>
            <translation>Ny checklista</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Duplicate checklist</source>
            <translation>Duplicera checklista</translation>
        </message>
        <message>
            <source>Id of the copy:</source>
            <translation>Kopians id:</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (kopia)</translation>
        </message>
        <message>
            <source>There is no earlier version to compare with.</source>
            <translation>Det finns ingen tidigare version att jämföra med.</translation>
        </message>
        <message>
            <source>Changes from version %1 to %2</source>
            <translation>Ändringar från version %1 till %2</translation>
        </message>
        <message>
            <source>Import checklists</source>
            <translation>Importera checklistor</translation>
        </message>
        <message>
            <source>Checklists (*.json)</source>
            <translation>Checklistor (*.json)</translation>
        </message>
        <message>
            <source>Choose a published version to export: a draft is not ready for other offices.</source>
            <translation>Välj en publicerad version att exportera: ett utkast är inte klart för andra kontor.</translation>
        </message>
        <message>
            <source>Export checklist</source>
            <translation>Exportera checklista</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>&amp;Publish version</source>
            <translation>&amp;Publicera versionen</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ChecklistEditorWidget</name>
        <message>
            <source>Choose a section or an item.</source>
            <translation>Välj ett avsnitt eller en punkt.</translation>
        </message>
        <message>
            <source>Section title:</source>
            <translation>Avsnittsrubrik:</translation>
        </message>
        <message>
            <source>Item id:</source>
            <translation>Punktens id:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Handledning:</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Lagrum:</translation>
        </message>
        <message>
            <source>Add &amp;section</source>
            <translation>Lägg till a&amp;vsnitt</translation>
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation>Lägg till p&amp;unkt</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ta b&amp;ort</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Område:</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>redigera</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Nytt avsnitt</translation>
        </message>
        <message>
            <source>add section</source>
            <translation>lägg till avsnitt</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <source>add item</source>
            <translation>lägg till punkt</translation>
        </message>
        <message>
            <source>remove</source>
            <translation>ta bort</translation>
        </message>
        <message>
            <source>reorder</source>
            <translation>ändra ordning</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>The food control reporting area (kontrollområde) the item is counted under in statistics and open data.</source>
            <translation>Det kontrollområde inom livsmedelskontrollen som punkten räknas till i statistik och öppna data.</translation>
        </message>
        <message>
            <source>Control area:</source>
            <translation>Kontrollområde:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ChecklistTreeModel</name>
        <message>
            <source>version %1 · %2</source>
            <translation>version %1 · %2</translation>
        </message>
        <message>
            <source>Checklist / item</source>
            <translation>Checklista / punkt</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagrum</translation>
        </message>
        <message>
            <source>items: %1</source>
            <translation>punkter: %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ChecklistsPage</name>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Handledning</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagrum</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ComparePanel</name>
        <message>
            <source>Load the statistics files of two or more offices (tillsyn-cli stats export).</source>
            <translation>Läs in statistikfilerna från två eller fler kontor (tillsyn-cli stats export).</translation>
        </message>
        <message>
            <source>&amp;Load files…</source>
            <translation>&amp;Läs in filer…</translation>
        </message>
        <message>
            <source>Statistics files</source>
            <translation>Statistikfiler</translation>
        </message>
        <message>
            <source>Statistics (*.json)</source>
            <translation>Statistik (*.json)</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kan inte läsas: %2</translation>
        </message>
        <message>
            <source>%1 offices, %2 items compared, %3 flagged as likely different interpretation (chi-square test per item, Holm–Bonferroni corrected, alpha %4).</source>
            <translation>%1 kontor, %2 punkter jämförda, %3 markerade som troligen olika tolkning (chi-två-test per punkt, Holm–Bonferroni-korrigerat, alfa %4).</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Spridning</translation>
        </message>
        <message>
            <source>Adjusted p</source>
            <translation>Justerat p</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <source>likely different interpretation</source>
            <translation>troligen olika tolkning</translation>
        </message>
        <message>
            <source>worded differently between versions</source>
            <translation>olika formulering i olika versioner</translation>
        </message>
        <message>
            <source>Deviation rate per office</source>
            <translation>Avvikelsefrekvens per kontor</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ConflictsPanel</name>
        <message>
            <source>Left revision</source>
            <translation>Vänster revision</translation>
        </message>
        <message>
            <source>Right revision</source>
            <translation>Höger revision</translation>
        </message>
        <message>
            <source>Why this revision stands (required, recorded)</source>
            <translation>Varför den här revisionen gäller (obligatoriskt, registreras)</translation>
        </message>
        <message>
            <source>Keep &amp;left</source>
            <translation>Behåll &amp;vänster</translation>
        </message>
        <message>
            <source>Keep &amp;right</source>
            <translation>Behåll h&amp;öger</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>Vänster:</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>Höger:</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Lös konflikten</translation>
        </message>
        <message>
            <source>Field or item</source>
            <translation>Fält eller punkt</translation>
        </message>
        <message>
            <source>Revision %1 (from %2) · %3 · %4</source>
            <translation>Revision %1 (från %2) · %3 · %4</translation>
        </message>
        <message>
            <source> · set aside</source>
            <translation> · lagd åt sidan</translation>
        </message>
        <message>
            <source>Resolved: revision %1 stands for %2; the other revisions are set aside and kept.</source>
            <translation>Löst: revision %1 gäller för %2; de andra revisionerna läggs åt sidan och behålls.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikter</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::DeadlineEdit</name>
        <message>
            <source>No deadline</source>
            <translation>Inget datum</translation>
        </message>
        <message>
            <source>To be corrected by:</source>
            <translation>Åtgärdas senast:</translation>
        </message>
        <message>
            <source>2 weeks</source>
            <translation>2 veckor</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 månad</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 månader</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Inget</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::DueListModel</name>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Control time (h)</source>
            <translation>Kontrolltid (h)</translation>
        </message>
        <message>
            <source>Spent (h)</source>
            <translation>Använt (h)</translation>
        </message>
        <message>
            <source>Remaining (h)</source>
            <translation>Återstår (h)</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Senaste besök</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::EarlierDeviationsModel</name>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Ej markerad</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Earlier comment</source>
            <translation>Tidigare kommentar</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foton</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Åtgärdas senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::EarlierDeviationsPanel</name>
        <message>
            <source>Earlier deviations</source>
            <translation>Tidigare avvikelser</translation>
        </message>
        <message>
            <source>What was seen at this visit (Enter saves)</source>
            <translation>Vad som iakttogs vid detta besök (Enter sparar)</translation>
        </message>
        <message>
            <source>1 corrected · 2 remains · 3 not checked · Tab: comment</source>
            <translation>1 åtgärdad · 2 kvarstår · 3 ej kontrollerad · Tab: kommentar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FacilitiesPage</name>
        <message>
            <source>Search by name, operator, org. number, address or city</source>
            <translation>Sök på namn, verksamhetsutövare, org.nr, adress eller ort</translation>
        </message>
        <message>
            <source>&amp;New visit…</source>
            <translation>&amp;Nytt besök…</translation>
        </message>
        <message>
            <source>Start a visit at the selected facility (Ctrl+N)</source>
            <translation>Påbörja ett besök på den valda anläggningen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Facilities: %1</source>
            <translation>Anläggningar: %1</translation>
        </message>
        <message>
            <source>&amp;Edit facility…</source>
            <translation>&amp;Redigera anläggning…</translation>
        </message>
        <message>
            <source>&amp;Add facility…</source>
            <translation>&amp;Lägg till anläggning…</translation>
        </message>
        <message>
            <source>Show deactivated</source>
            <translation>Visa avaktiverade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektör</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Visits here:</source>
            <translation>Besök på anläggningen:</translation>
        </message>
        <message>
            <source>%1, revision %2</source>
            <translation>%1, revision %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FacilityDetailsView</name>
        <message>
            <source>Operator</source>
            <translation>Verksamhetsutövare</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Risk class</source>
            <translation>Riskklass</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No facility selected</source>
            <translation>Ingen anläggning vald</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Avaktiverad</translation>
        </message>
        <message>
            <source>%1 (not a valid organisation number)</source>
            <translation>%1 (inte ett giltigt organisationsnummer)</translation>
        </message>
        <message>
            <source>experience class %1</source>
            <translation>erfarenhetsklass %1</translation>
        </message>
        <message>
            <source>%1 h control time per year</source>
            <translation>%1 h kontrolltid per år</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FacilityDialog</name>
        <message>
            <source>Active (published to the field)</source>
            <translation>Aktiv (publiceras till fältdatorerna)</translation>
        </message>
        <message>
            <source>New facility</source>
            <translation>Ny anläggning</translation>
        </message>
        <message>
            <source>Edit facility</source>
            <translation>Redigera anläggning</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>NNNNNN-NNNN</source>
            <translation>NNNNNN-NNNN</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Id:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Verksamhetsutövare:</translation>
        </message>
        <message>
            <source>Org. &amp;number:</source>
            <translation>Or&amp;g.nr:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adress:</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>&amp;Postnummer:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>&amp;Risk class:</source>
            <translation>&amp;Riskklass:</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <translation>Kon&amp;takt:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>The id "%1" is already used by another facility.</source>
            <translation>Id:t "%1" används redan av en annan anläggning.</translation>
        </message>
        <message>
            <source>hours per year</source>
            <translation>timmar per år</translation>
        </message>
        <message>
            <source>E&amp;xperience class:</source>
            <translation>Erfaren&amp;hetsklass:</translation>
        </message>
        <message>
            <source>Control &amp;time (h/year):</source>
            <translation>Kontrollti&amp;d (h/år):</translation>
        </message>
        <message>
            <source>The control time "%1" is not a number of hours.</source>
            <translation>Kontrolltiden "%1" är inte ett antal timmar.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FacilityImportDialog</name>
        <message>
            <source>Import facilities — %1</source>
            <translation>Importera anläggningar — %1</translation>
        </message>
        <message>
            <source>%1 to add, %2 to change, %3 unchanged; %4 possible duplicates.</source>
            <translation>%1 att lägga till, %2 att ändra, %3 oförändrade; %4 möjliga dubbletter.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Possible duplicate of</source>
            <translation>Möjlig dubblett av</translation>
        </message>
        <message>
            <source>add</source>
            <translation>lägg till</translation>
        </message>
        <message>
            <source>change</source>
            <translation>ändra</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>oförändrad</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Importen misslyckades</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) import with a warning: see the last column.</source>
            <translation>
                <numerusform>%n rad importeras med en varning: se sista kolumnen.</numerusform>
                <numerusform>%n rader importeras med en varning: se sista kolumnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FacilityListModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Senaste besök</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FeesPanel</name>
        <message>
            <source>Per started half hour</source>
            <translation>Per påbörjad halvtimme</translation>
        </message>
        <message>
            <source>Per started hour</source>
            <translation>Per påbörjad timme</translation>
        </message>
        <message>
            <source>Per started quarter</source>
            <translation>Per påbörjad kvart</translation>
        </message>
        <message>
            <source>Minutes as they are</source>
            <translation>Minuter utan avrundning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>kr/h</source>
            <translation>kr/h</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Avrundning</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Chargeable min</source>
            <translation>Debiterbara min</translation>
        </message>
        <message>
            <source>Billed h</source>
            <translation>Debiterade h</translation>
        </message>
        <message>
            <source>Amount (kr)</source>
            <translation>Belopp (kr)</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportera CSV…</translation>
        </message>
        <message>
            <source>e.g. 1400</source>
            <translation>t.ex. 1400</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Lägg till timavgift</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Från:</translation>
        </message>
        <message>
            <source>kr/h:</source>
            <translation>kr/h:</translation>
        </message>
        <message>
            <source>Fee schedule</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>Visits from:</source>
            <translation>Besök från:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>till:</translation>
        </message>
        <message>
            <source>Invoice basis</source>
            <translation>Debiteringsunderlag</translation>
        </message>
        <message>
            <source>The hourly rate must be an amount in kronor, like 1400 or 1386,50.</source>
            <translation>Timavgiften måste vara ett belopp i kronor, t.ex. 1400 eller 1386,50.</translation>
        </message>
        <message>
            <source>Export invoice basis</source>
            <translation>Exportera debiteringsunderlag</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FinishVisitDialog</name>
        <message>
            <source>Finish visit</source>
            <translation>Avsluta besöket</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Unanswered items (%1):</source>
            <translation>Obesvarade punkter (%1):</translation>
        </message>
        <message>
            <source>Deviations without a comment (%1): the report will not say what was seen.</source>
            <translation>Avvikelser utan kommentar (%1): rapporten kommer inte att ange vad som iakttogs.</translation>
        </message>
        <message>
            <source>Finishing locks this revision (revision %1). Changes later need a new revision.</source>
            <translation>När besöket avslutas låses revisionen (revision %1). Senare ändringar kräver en ny revision.</translation>
        </message>
        <message>
            <source>Continue editing</source>
            <translation>Fortsätt redigera</translation>
        </message>
        <message>
            <source>%1 — %2
%3 of %4 items answered, %5, %6.
Summary: %7</source>
            <translation>%1 — %2
%3 av %4 punkter besvarade, %5, %6.
Sammanfattning: %7</translation>
        </message>
        <message numerus="yes">
            <source>%n deviation(s)</source>
            <translation>
                <numerusform>%n avvikelse</numerusform>
                <numerusform>%n avvikelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minut</numerusform>
                <numerusform>%n minuter</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter or double-click: go to the item</source>
            <translation>Enter eller dubbelklick: gå till punkten</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::FollowUpPanel</name>
        <message>
            <source>Open only</source>
            <translation>Endast öppna</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Endast försenade</translation>
        </message>
        <message>
            <source>Filter by facility, item or comment</source>
            <translation>Filtrera efter anläggning, punkt eller kommentar</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Åtgärdas senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Close by hand…</source>
            <translation>&amp;Stäng för hand…</translation>
        </message>
        <message>
            <source>&amp;Open visit</source>
            <translation>&amp;Öppna besök</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportera &amp;CSV…</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Close deviation</source>
            <translation>Stäng avvikelse</translation>
        </message>
        <message>
            <source>Why is "%1" closed without a visit?</source>
            <translation>Varför stängs "%1" utan besök?</translation>
        </message>
        <message>
            <source>Export follow-up list</source>
            <translation>Exportera uppföljningslista</translation>
        </message>
        <message>
            <source>follow-up.csv</source>
            <translation>uppföljning.csv</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::HelpDialogs</name>
        <message>
            <source>Everywhere</source>
            <translation>Överallt</translation>
        </message>
        <message>
            <source>Search facilities (in the runner: filter its items)</source>
            <translation>Sök anläggningar (i besöksvyn: filtrera dess punkter)</translation>
        </message>
        <message>
            <source>Search facilities</source>
            <translation>Sök anläggningar</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synkronisera nu</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Öppna databas</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Search fields</source>
            <translation>Sökfält</translation>
        </message>
        <message>
            <source>Down, Enter</source>
            <translation>Nedåtpil, Enter</translation>
        </message>
        <message>
            <source>Move into the list</source>
            <translation>Gå till listan</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Anläggningar</translation>
        </message>
        <message>
            <source>New visit for the selected facility</source>
            <translation>Nytt besök på den valda anläggningen</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Open the visit</source>
            <translation>Öppna besöket</translation>
        </message>
        <message>
            <source>Delete a draft (asks first)</source>
            <translation>Ta bort ett utkast (frågar först)</translation>
        </message>
        <message>
            <source>Runner</source>
            <translation>Besöksvyn</translation>
        </message>
        <message>
            <source>No deviation</source>
            <translation>Utan avvikelse</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Avvikelse</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Ej kontrollerad</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ej aktuell</translation>
        </message>
        <message>
            <source>Enter, Down / Up</source>
            <translation>Enter, nedåtpil / uppåtpil</translation>
        </message>
        <message>
            <source>Next / previous item</source>
            <translation>Nästa / föregående punkt</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Write a comment</source>
            <translation>Skriv en kommentar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Back to the items</source>
            <translation>Tillbaka till punkterna</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Nästa punkt</translation>
        </message>
        <message>
            <source>Undo an answer or a removed photo</source>
            <translation>Ångra ett svar eller ett borttaget foto</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>Finish the visit</source>
            <translation>Avsluta besöket</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>Handbok</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ItemPanel</name>
        <message>
            <source>&amp;1  No deviation</source>
            <translation>&amp;1  Utan avvikelse</translation>
        </message>
        <message>
            <source>&amp;2  Deviation</source>
            <translation>&amp;2  Avvikelse</translation>
        </message>
        <message>
            <source>&amp;3  Not checked</source>
            <translation>&amp;3  Ej kontrollerad</translation>
        </message>
        <message>
            <source>&amp;4  Not applicable</source>
            <translation>&amp;4  Ej aktuell</translation>
        </message>
        <message>
            <source>What was seen, and what the operator must do (Esc returns to the list, Ctrl+Enter goes to the next item)</source>
            <translation>Vad som iakttogs och vad verksamhetsutövaren ska åtgärda (Esc återgår till listan, Ctrl+Enter går till nästa punkt)</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Handledning</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Lagrum:</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foton</translation>
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation>Välj en punkt i listan.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::MainWindow</name>
        <message>
            <source>Tillsyn</source>
            <translation>Tillsyn</translation>
        </message>
        <message>
            <source>&amp;Facilities</source>
            <translation>&amp;Anläggningar</translation>
        </message>
        <message>
            <source>&amp;Checklists</source>
            <translation>&amp;Checklistor</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>Import &amp;facilities…</source>
            <translation>&amp;Importera anläggningar…</translation>
        </message>
        <message>
            <source>Import &amp;checklists…</source>
            <translation>Importera &amp;checklistor…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gå</translation>
        </message>
        <message>
            <source>&amp;Search facilities</source>
            <translation>&amp;Sök anläggningar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Tillsyn</source>
            <translation>&amp;Om Tillsyn</translation>
        </message>
        <message>
            <source>Import facilities</source>
            <translation>Importera anläggningar</translation>
        </message>
        <message>
            <source>Facility lists (*.json *.csv *.txt);;All files (*)</source>
            <translation>Anläggningslistor (*.json *.csv *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Importen misslyckades</translation>
        </message>
        <message>
            <source>Import checklists</source>
            <translation>Importera checklistor</translation>
        </message>
        <message>
            <source>Checklists (*.json);;All files (*)</source>
            <translation>Checklistor (*.json);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Checklists imported: %1 added, %2 already present</source>
            <translation>Checklistor importerade: %1 tillagda, %2 fanns redan</translation>
        </message>
        <message>
            <source>About Tillsyn</source>
            <translation>Om Tillsyn</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Tillsyn %1&lt;/h3&gt;&lt;p&gt;Offline-first inspections for municipal environmental, health and food control.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tillsyn %1&lt;/h3&gt;&lt;p&gt;Tillsyn som fungerar utan uppkoppling, för kommunernas miljö- och hälsoskydd samt livsmedelskontroll.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Visits</source>
            <translation>&amp;Besök</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>&amp;Inspector…</source>
            <translation>&amp;Inspektör…</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>Open visit</source>
            <translation>Öppna besök</translation>
        </message>
        <message>
            <source>Visit finished. It is saved as a locked revision.</source>
            <translation>Besöket är avslutat. Det är sparat som en låst revision.</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektör</translation>
        </message>
        <message>
            <source>Your name as it appears on visits and reports:</source>
            <translation>Ditt namn som det visas på besök och rapporter:</translation>
        </message>
        <message>
            <source>&amp;Office</source>
            <translation>&amp;Kontor</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>&amp;Synkronisera nu</translation>
        </message>
        <message>
            <source>&amp;Office letterhead…</source>
            <translation>Kontorets &amp;brevhuvud…</translation>
        </message>
        <message>
            <source>&amp;Share…</source>
            <translation>&amp;Delad mapp / server…</translation>
        </message>
        <message>
            <source>Facilities imported from %1</source>
            <translation>Anläggningar importerade från %1</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Öppna databas…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Öppna databas</translation>
        </message>
        <message>
            <source>Tillsyn databases (*.db);;All files (*)</source>
            <translation>Tillsyn-databaser (*.db);;Alla filer (*)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <source>&amp;Handbook</source>
            <translation>&amp;Handbok</translation>
        </message>
        <message>
            <source>Delete the draft of revision %1? Revision %2 stays as it was finished.</source>
            <translation>Ta bort utkastet till revision %1? Revision %2 förblir som den avslutades.</translation>
        </message>
        <message>
            <source>Delete this visit? It was never finished: its answers, comments and photos are deleted and cannot be brought back.</source>
            <translation>Ta bort det här besöket? Det avslutades aldrig: dess svar, kommentarer och foton tas bort och kan inte återställas.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Ta bort utkast</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>Utkastet har tagits bort.</translation>
        </message>
        <message>
            <source>&amp;Planning</source>
            <translation>&amp;Planering</translation>
        </message>
        <message>
            <source>Open o&amp;ffice database…</source>
            <translation>Öppna &amp;kontorsdatabas…</translation>
        </message>
        <message>
            <source>Open office database</source>
            <translation>Öppna kontorsdatabas</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::MergePanel</name>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Slå samman</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>The share the laptops sync to: a folder or a WebDAV URL</source>
            <translation>Den delade mappen eller servern som fältdatorerna synkroniserar mot: en mapp eller en WebDAV-URL</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Mapp…</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Delad mapp / server</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Share:</source>
            <translation>Delad mapp / server:</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Slår samman…</translation>
        </message>
        <message>
            <source>The merge could not run: %1</source>
            <translation>Sammanslagningen kunde inte köras: %1</translation>
        </message>
        <message>
            <source>%1%2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 history, %7 rejected.</source>
            <translation>%1%2 importerade, %3 uppdaterade, %4 dubbletter, %5 konflikter, %6 historik, %7 avvisade.</translation>
        </message>
        <message>
            <source>Cancelled; the files not reached are still in the inbox. </source>
            <translation>Avbrutet; filerna som inte hanns med ligger kvar i inkorgen. </translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::NewVisitDialog</name>
        <message>
            <source>Announced in advance</source>
            <translation>Föranmält</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (version %2)</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Namn, åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>Facility:</source>
            <translation>Anläggning:</translation>
        </message>
        <message>
            <source>Inspector:</source>
            <translation>Inspektör:</translation>
        </message>
        <message>
            <source>&amp;Checklist:</source>
            <translation>&amp;Checklista:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>C&amp;olleagues:</source>
            <translation>&amp;Kollegor:</translation>
        </message>
        <message>
            <source>Start visit</source>
            <translation>Påbörja besök</translation>
        </message>
        <message numerus="yes">
            <source>%n open deviation(s) from earlier visits to follow up.</source>
            <translation>
                <numerusform>%n öppen avvikelse från tidigare besök att följa upp.</numerusform>
                <numerusform>%n öppna avvikelser från tidigare besök att följa upp.</numerusform>
            </translation>
        </message>
        <message>
            <source>Case &amp;number:</source>
            <translation>&amp;Diarienummer:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OfficeDatabaseDialog</name>
        <message>
            <source>An office database &amp;file</source>
            <translation>En kontorsdatabas som &amp;fil</translation>
        </message>
        <message>
            <source>A &amp;PostgreSQL server</source>
            <translation>En &amp;PostgreSQL-server</translation>
        </message>
        <message>
            <source>&amp;Keep the password in the system keychain</source>
            <translation>&amp;Spara lösenordet i systemets nyckelring</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <source>Open office database</source>
            <translation>Öppna kontorsdatabas</translation>
        </message>
        <message>
            <source>Recent…</source>
            <translation>Senaste…</translation>
        </message>
        <message>
            <source>db.kommun.se, or a socket folder like /var/run/postgresql</source>
            <translation>db.kommun.se, eller en socketmapp, t.ex. /var/run/postgresql</translation>
        </message>
        <message>
            <source>your login name</source>
            <translation>ditt inloggningsnamn</translation>
        </message>
        <message>
            <source>libpq's default (prefer)</source>
            <translation>libpq:s standard (prefer)</translation>
        </message>
        <message>
            <source>only if PGPASSWORD, ~/.pgpass or the keychain have none</source>
            <translation>endast om PGPASSWORD, ~/.pgpass eller nyckelringen saknar lösenord</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>B&amp;läddra…</translation>
        </message>
        <message>
            <source>Recent:</source>
            <translation>Senaste:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Värd:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Databas:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Användare:</translation>
        </message>
        <message>
            <source>SSL mode:</source>
            <translation>SSL-läge:</translation>
        </message>
        <message>
            <source>Root certificate:</source>
            <translation>Rotcertifikat:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Lösenord:</translation>
        </message>
        <message>
            <source>Office database</source>
            <translation>Kontorsdatabas</translation>
        </message>
        <message>
            <source>Tillsyn databases (*.db);;All files (*)</source>
            <translation>Tillsyn-databaser (*.db);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Root certificate</source>
            <translation>Rotcertifikat</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Choose an office database file.</source>
            <translation>Välj en kontorsdatabasfil.</translation>
        </message>
        <message>
            <source>%1 does not exist; an office database is made with "tillsyn-cli init --office".</source>
            <translation>%1 finns inte; en kontorsdatabas skapas med "tillsyn-cli init --office".</translation>
        </message>
        <message>
            <source>The password is kept for this session only: the system keychain is unavailable (%1).</source>
            <translation>Lösenordet sparas bara under den här sessionen: systemets nyckelring är inte tillgänglig (%1).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Ansluter…</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL %1</source>
            <translation>Ansluten: PostgreSQL %1</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Misslyckades: %1</translation>
        </message>
        <message>
            <source>only in a county's pool: its code, e.g. 0180</source>
            <translation>bara i ett läns gemensamma databas: kontorets kod, t.ex. 0180</translation>
        </message>
        <message>
            <source>Office:</source>
            <translation>Kontor:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OfficeDialog</name>
        <message>
            <source>Office letterhead</source>
            <translation>Kontorets brevhuvud</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotyp</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adress:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>&amp;Logotyp:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OfficePage</name>
        <message>
            <source>Merge</source>
            <translation>Sammanslagning</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikter</translation>
        </message>
        <message>
            <source>Rejected files</source>
            <translation>Avvisade filer</translation>
        </message>
        <message>
            <source>All visits</source>
            <translation>Alla besök</translation>
        </message>
        <message>
            <source>Checklist editor</source>
            <translation>Redigera checklistor</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Compare offices</source>
            <translation>Jämför kontor</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Publish to the field</source>
            <translation>Publicera till fältdatorerna</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Avgifter</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OfficeVisitsModel</name>
        <message>
            <source>conflict</source>
            <translation>konflikt</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Inspektörer</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OfficeVisitsPanel</name>
        <message>
            <source>Has deviations</source>
            <translation>Har avvikelser</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <source>Facility:</source>
            <translation>Anläggning:</translation>
        </message>
        <message>
            <source>Inspector:</source>
            <translation>Inspektör:</translation>
        </message>
        <message>
            <source>Checklist:</source>
            <translation>Checklista:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Från:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Till:</translation>
        </message>
        <message>
            <source>&amp;Revisions…</source>
            <translation>&amp;Revisioner…</translation>
        </message>
        <message>
            <source>Re&amp;port…</source>
            <translation>Ra&amp;pport…</translation>
        </message>
        <message>
            <source>Export &amp;visits (CSV)…</source>
            <translation>Exportera b&amp;esök (CSV)…</translation>
        </message>
        <message>
            <source>Export &amp;answers (CSV)…</source>
            <translation>Exportera &amp;svar (CSV)…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Export answers</source>
            <translation>Exportera svar</translation>
        </message>
        <message>
            <source>Export visits</source>
            <translation>Exportera besök</translation>
        </message>
        <message>
            <source>answers.csv</source>
            <translation>svar.csv</translation>
        </message>
        <message>
            <source>visits.csv</source>
            <translation>besök.csv</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>Export &amp;open data…</source>
            <translation>Exportera &amp;öppna data…</translation>
        </message>
        <message>
            <source>The food controls of a period in the national open-data format (JSON or CSV), for the municipality's open data.</source>
            <translation>Livsmedelskontrollerna under en period i det nationella formatet för öppna data (JSON eller CSV), för kommunens öppna data.</translation>
        </message>
        <message>
            <source>Export open data</source>
            <translation>Exportera öppna data</translation>
        </message>
        <message>
            <source>livsmedelskontroller.json</source>
            <translation>livsmedelskontroller.json</translation>
        </message>
        <message>
            <source>Open data (*.json *.csv)</source>
            <translation>Öppna data (*.json *.csv)</translation>
        </message>
        <message>
            <source>Writing open data…</source>
            <translation>Skriver öppna data…</translation>
        </message>
        <message numerus="yes">
            <source>%n inspection(s) written to %1</source>
            <translation>
                <numerusform>%n kontroll skriven till %1</numerusform>
                <numerusform>%n kontroller skrivna till %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisioner</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::OpenDataDialog</name>
        <message>
            <source>Export open data</source>
            <translation>Exportera öppna data</translation>
        </message>
        <message>
            <source>e.g. 1280</source>
            <translation>t.ex. 1280</translation>
        </message>
        <message>
            <source>optional, e.g. SWEREF 99 15 00</source>
            <translation>valfritt, t.ex. SWEREF 99 15 00</translation>
        </message>
        <message>
            <source>The food controls of the period, in the national open-data format (JSON or CSV by the file name). Nothing personal is written: no inspector, no comment, no photo.</source>
            <translation>Periodens livsmedelskontroller i det nationella formatet för öppna data (JSON eller CSV beroende på filnamnet). Inga personuppgifter skrivs: ingen inspektör, inga kommentarer, inga foton.</translation>
        </message>
        <message>
            <source>Municipality code:</source>
            <translation>Kommunkod:</translation>
        </message>
        <message>
            <source>Organisation name:</source>
            <translation>Organisationens namn:</translation>
        </message>
        <message>
            <source>Local SWEREF 99:</source>
            <translation>Lokal SWEREF 99:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Från:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Till:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::PhotoStrip</name>
        <message>
            <source>Add photo…</source>
            <translation>Lägg till foto…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Double-click a photo to edit its caption. Drop image files here.</source>
            <translation>Dubbelklicka på ett foto för att redigera bildtexten. Släpp bildfiler här.</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(ingen bildtext)</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Lägg till foton</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Bildtext</translation>
        </message>
        <message>
            <source>Caption of the photo:</source>
            <translation>Fotots bildtext:</translation>
        </message>
        <message>
            <source>JPEG, PNG or WebP images (*.jpg *.jpeg *.png *.webp)</source>
            <translation>JPEG-, PNG- eller WebP-bilder (*.jpg *.jpeg *.png *.webp)</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::PlanningPage</name>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;Nytt besök</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>&amp;Area:</source>
            <translation>&amp;Område:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message numerus="yes">
            <source>%n facilities, %1 hours remaining in %2.</source>
            <translation>
                <numerusform>%n anläggning, %1 timmar återstår under %2.</numerusform>
                <numerusform>%n anläggningar, %1 timmar återstår under %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::PublishPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Publish to the field</source>
            <translation>&amp;Publicera till fältdatorerna</translation>
        </message>
        <message>
            <source>Publishing writes the active facilities and the published checklist versions to the share (the same share as Merge). Laptops fetch them at their next sync; visits already started keep their checklist version.</source>
            <translation>Vid publicering skrivs de aktiva anläggningarna och de publicerade checklistversionerna till delningen (samma delning som under Sammanslagning). Fältdatorerna hämtar dem vid nästa synkronisering; besök som redan har påbörjats behåller sin checklistversion.</translation>
        </message>
        <message>
            <source>Would publish %1 facilities and %2 checklist versions.
%3</source>
            <translation>Publiceringen skulle omfatta %1 anläggningar och %2 checklistversioner.
%3</translation>
        </message>
        <message>
            <source>Choose the share on the Merge page first.</source>
            <translation>Välj först delningen på sidan Sammanslagning.</translation>
        </message>
        <message>
            <source>Published %1 facilities and %2 checklist versions to %3.
%4</source>
            <translation>Publicerade %1 anläggningar och %2 checklistversioner till %3.
%4</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Inte publicerat: %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::RejectedPanel</name>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Avvisad</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>&amp;Show reason</source>
            <translation>&amp;Visa orsak</translation>
        </message>
        <message>
            <source>Re-&amp;check</source>
            <translation>Kon&amp;trollera igen</translation>
        </message>
        <message>
            <source>Validate the file in rejected/ again; a valid one goes back to the inbox</source>
            <translation>Validera filen i rejected/ igen; en giltig fil flyttas tillbaka till inkorgen</translation>
        </message>
        <message>
            <source>%1 is valid now and back in the inbox; the next merge takes it.</source>
            <translation>%1 är nu giltig och tillbaka i inkorgen; nästa sammanslagning tar med den.</translation>
        </message>
        <message>
            <source>%1 is still rejected: %2</source>
            <translation>%1 är fortfarande avvisad: %2</translation>
        </message>
        <message>
            <source>Re-check</source>
            <translation>Kontrollera igen</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::RemovePhotoCommand</name>
        <message>
            <source>remove photo</source>
            <translation>ta bort foto</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ReportPreviewDialog</name>
        <message>
            <source>Report — %1</source>
            <translation>Rapport — %1</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Spara som PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Spara rapport</translation>
        </message>
        <message>
            <source>report-%1-%2-r%3.pdf</source>
            <translation>rapport-%1-%2-r%3.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>facility</source>
            <translation>anlaggning</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::SetAnswerCommand</name>
        <message>
            <source>set result</source>
            <translation>ange resultat</translation>
        </message>
        <message>
            <source>edit comment</source>
            <translation>redigera kommentar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::ShareSettingsDialog</name>
        <message>
            <source>Sync by itself when the share can be reached</source>
            <translation>Synkronisera automatiskt när delningen kan nås</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Delad mapp / server</translation>
        </message>
        <message>
            <source>A folder such as /mnt/miljo/tillsyn, or https://server/dav/tillsyn/</source>
            <translation>En mapp som /mnt/miljo/tillsyn eller https://server/dav/tillsyn/</translation>
        </message>
        <message>
            <source>Kept in the system keychain, never in a file</source>
            <translation>Sparas i systemets nyckelring, aldrig i en fil</translation>
        </message>
        <message>
            <source>Only for a municipality's own certificate authority</source>
            <translation>Endast för kommunens egen certifikatutfärdare</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Mapp…</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Delad mapp</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA-certifikat</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
        </message>
        <message>
            <source>&amp;Share:</source>
            <translation>&amp;Delad mapp / server:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Användare:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>&amp;CA file:</source>
            <translation>&amp;CA-fil:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testar…</translation>
        </message>
        <message>
            <source>Connected to %1 (%2 files waiting in its inbox).</source>
            <translation>Ansluten till %1 (%2 filer väntar i dess inkorg).</translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Inte ansluten: %1</translation>
        </message>
        <message>
            <source>No keychain is available: the password is kept until Tillsyn closes.</source>
            <translation>Ingen nyckelring är tillgänglig: lösenordet sparas tills Tillsyn stängs.</translation>
        </message>
        <message>
            <source>Signed reference data</source>
            <translation>Signerad referensdata</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::SignatureDialog</name>
        <message>
            <source>The operator &amp;declined to sign</source>
            <translation>Verksamhetsutövaren &amp;avböjde att signera</translation>
        </message>
        <message>
            <source>The operator's signature</source>
            <translation>Verksamhetsutövarens signatur</translation>
        </message>
        <message>
            <source>e.g. owner, manager</source>
            <translation>t.ex. ägare, föreståndare</translation>
        </message>
        <message>
            <source>What the operator said about the visit</source>
            <translation>Verksamhetsutövarens synpunkter på besöket</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>R&amp;ensa</translation>
        </message>
        <message>
            <source>Finish &amp;without signature</source>
            <translation>Avsluta &amp;utan signatur</translation>
        </message>
        <message>
            <source>Record signature</source>
            <translation>Registrera signatur</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation>Signaturyta</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::StatisticsPanel</name>
        <message>
            <source>per item</source>
            <translation>per punkt</translation>
        </message>
        <message>
            <source>per section</source>
            <translation>per avsnitt</translation>
        </message>
        <message>
            <source>per checklist</source>
            <translation>per checklista</translation>
        </message>
        <message>
            <source>per facility category</source>
            <translation>per anläggningskategori</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>per månad</translation>
        </message>
        <message>
            <source>per kind of visit</source>
            <translation>per besökstyp</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <source>All checklists</source>
            <translation>Alla checklistor</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Alla områden</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Facility category</source>
            <translation>Anläggningskategori</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektör</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Visa:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Från:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Till:</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Table as &amp;CSV…</source>
            <translation>Tabell som CS&amp;V…</translation>
        </message>
        <message>
            <source>View as P&amp;DF…</source>
            <translation>Visa som P&amp;DF…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Deviation rate per item (highest %1)</source>
            <translation>Avvikelsefrekvens per punkt (högsta %1)</translation>
        </message>
        <message>
            <source>Deviation rate %</source>
            <translation>Avvikelsefrekvens %</translation>
        </message>
        <message>
            <source>Deviation rate per month</source>
            <translation>Avvikelsefrekvens per månad</translation>
        </message>
        <message>
            <source>Statistics as CSV</source>
            <translation>Statistik som CSV</translation>
        </message>
        <message>
            <source>statistics.csv</source>
            <translation>statistik.csv</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>Statistics as PDF</source>
            <translation>Statistik som PDF</translation>
        </message>
        <message>
            <source>statistics.pdf</source>
            <translation>statistik.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 kan inte skrivas.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Computing… %v of %m</source>
            <translation>Beräknar… %v av %m</translation>
        </message>
        <message>
            <source>&amp;Export statistics file…</source>
            <translation>&amp;Exportera statistikfil…</translation>
        </message>
        <message>
            <source>This office's anonymised statistics, for comparison with other offices (no facility, person or free text).</source>
            <translation>Kontorets anonymiserade statistik, för jämförelse med andra kontor (inga anläggningar, personer eller fritext).</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>Chart per item</source>
            <translation>Diagram per punkt</translation>
        </message>
        <message>
            <source>Chart per month</source>
            <translation>Diagram per månad</translation>
        </message>
        <message>
            <source>Deviation statistics</source>
            <translation>Avvikelsestatistik</translation>
        </message>
        <message>
            <source>Period: %1 – %2</source>
            <translation>Period: %1 – %2</translation>
        </message>
        <message>
            <source>the first visit</source>
            <translation>det första besöket</translation>
        </message>
        <message>
            <source>the last visit</source>
            <translation>det sista besöket</translation>
        </message>
        <message>
            <source>Checklist: %1</source>
            <translation>Checklista: %1</translation>
        </message>
        <message>
            <source>Area: %1</source>
            <translation>Område: %1</translation>
        </message>
        <message>
            <source>Facility category: %1</source>
            <translation>Anläggningskategori: %1</translation>
        </message>
        <message>
            <source>Kind of visit: %1</source>
            <translation>Besökstyp: %1</translation>
        </message>
        <message>
            <source>Inspector: %1</source>
            <translation>Inspektör: %1</translation>
        </message>
        <message>
            <source>All visits (no filter).</source>
            <translation>Alla besök (inget filter).</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Visas: %1</translation>
        </message>
        <message>
            <source>Export statistics file</source>
            <translation>Exportera statistikfil</translation>
        </message>
        <message>
            <source>The office's name in the file:</source>
            <translation>Kontorets namn i filen:</translation>
        </message>
        <message>
            <source>statistics.tillsyn-stats.json</source>
            <translation>statistik.tillsyn-stats.json</translation>
        </message>
        <message>
            <source>Statistics files (*.json)</source>
            <translation>Statistikfiler (*.json)</translation>
        </message>
        <message>
            <source>%1 written. Groups of fewer than %2 visits are left out.</source>
            <translation>%1 har skrivits. Grupper med färre än %2 besök utelämnas.</translation>
        </message>
        <message>
            <source>per control area (food)</source>
            <translation>per kontrollområde (livsmedel)</translation>
        </message>
        <message>
            <source>for the whole office</source>
            <translation>för hela kontoret</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::StatsTableModel</name>
        <message>
            <source>(no category)</source>
            <translation>(ingen kategori)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Kontrollerade</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Andel avvikelser</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Ej kontrollerad</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ej aktuell</translation>
        </message>
        <message>
            <source>Median minutes</source>
            <translation>Median (min)</translation>
        </message>
        <message>
            <source>The whole office</source>
            <translation>Hela kontoret</translation>
        </message>
        <message>
            <source>%1 of %2 deviations with a deadline were corrected by it; %3 of %4 deviations corrected in all.</source>
            <translation>%1 av %2 avvikelser med tidsfrist åtgärdades inom den; totalt åtgärdades %3 av %4 avvikelser.</translation>
        </message>
        <message>
            <source>Median / mean minutes per visit of the %1 visits with time recorded (0 for a visit that spent none on it).</source>
            <translation>Median / medelvärde i minuter per besök för de %1 besöken med registrerad tid (0 för ett besök som inte lade någon tid på den).</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1, min</source>
            <translation>%1, min</translation>
        </message>
        <message>
            <source>Chargeable</source>
            <translation>Debiterbar andel</translation>
        </message>
        <message>
            <source>Corrected by deadline</source>
            <translation>Åtgärdade inom tidsfrist</translation>
        </message>
        <message>
            <source>Median days to correction</source>
            <translation>Median dagar till åtgärd</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::SyncStatus</name>
        <message>
            <source>Sync</source>
            <translation>Synkronisera</translation>
        </message>
        <message>
            <source>Send finished visits and fetch facilities and checklists (F5)</source>
            <translation>Skicka avslutade besök och hämta anläggningar och checklistor (F5)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Väntar på att skickas: %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::SyncUi</name>
        <message>
            <source>Share password</source>
            <translation>Lösenord för delningen</translation>
        </message>
        <message>
            <source>Password for %1 at %2:</source>
            <translation>Lösenord för %1 på %2:</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>Synkroniserar med %1…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synkroniseringen misslyckades: %1</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synkronisering</translation>
        </message>
        <message>
            <source>Sync cancelled: %1 sent, the rest still waiting.</source>
            <translation>Synkroniseringen avbröts: %1 skickade, resten väntar fortfarande.</translation>
        </message>
        <message>
            <source>Sync done: %1 sent, %2 not sent.</source>
            <translation>Synkroniseringen klar: %1 skickade, %2 inte skickade.</translation>
        </message>
        <message>
            <source>%1 was not applied: %2</source>
            <translation>%1 lästes inte in: %2</translation>
        </message>
        <message>
            <source>Facilities and checklists were taken without checking signatures: no office key is trusted (Settings → Share…).</source>
            <translation>Anläggningar och checklistor togs emot utan att signaturer kontrollerades: ingen kontorsnyckel är betrodd (Inställningar → Delad mapp / server…).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::TrustedKeysEditor</name>
        <message>
            <source>&amp;Trust key</source>
            <translation>Lita på &amp;nyckel</translation>
        </message>
        <message>
            <source>&amp;Remove trust</source>
            <translation>Ta &amp;bort förtroende</translation>
        </message>
        <message>
            <source>ed25519:… as printed by tillsyn-cli key show at the office</source>
            <translation>ed25519:… som den skrivs ut av tillsyn-cli key show på kontoret</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingeravtryck %1</translation>
        </message>
        <message>
            <source>No office key is trusted: facilities and checklists are taken from the share without checking signatures.</source>
            <translation>Ingen kontorsnyckel är betrodd: anläggningar och checklistor tas emot från delningen utan att signaturer kontrolleras.</translation>
        </message>
        <message>
            <source>Facilities and checklists are taken only when signed by one of these office keys:</source>
            <translation>Anläggningar och checklistor tas bara emot om de är signerade med någon av dessa kontorsnycklar:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitAnswersModel</name>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message numerus="yes">
            <source>Photos: %n</source>
            <translation>
                <numerusform>Foton: %n</numerusform>
                <numerusform>Foton: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitHeader</name>
        <message>
            <source>&amp;Finish visit…</source>
            <translation>&amp;Avsluta besöket…</translation>
        </message>
        <message>
            <source>&amp;Reopen as new revision</source>
            <translation>&amp;Öppna igen som ny revision</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Present for the operator, separated by commas</source>
            <translation>Närvarande för verksamhetsutövaren, åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>Overall assessment</source>
            <translation>Samlad bedömning</translation>
        </message>
        <message>
            <source>Time spent:</source>
            <translation>Tidsåtgång:</translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>Närvarande:</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Sammanfattning:</translation>
        </message>
        <message>
            <source>%1 (version %2) · %3 · %4</source>
            <translation>%1 (version %2) · %3 · %4</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>föranmält</translation>
        </message>
        <message>
            <source>unannounced</source>
            <translation>oanmält</translation>
        </message>
        <message>
            <source>Draft of revision %1</source>
            <translation>Utkast till revision %1</translation>
        </message>
        <message>
            <source>Revision %1, finished %2</source>
            <translation>Revision %1, avslutad %2</translation>
        </message>
        <message>
            <source>Answered %1/%2 · deviations: %3</source>
            <translation>Besvarade %1/%2 · avvikelser: %3</translation>
        </message>
        <message>
            <source>Create &amp;report…</source>
            <translation>Skapa &amp;rapport…</translation>
        </message>
        <message>
            <source>Time spent in all; set per activity, the running clock counts into the chosen one</source>
            <translation>Total tidsåtgång; ange den per aktivitet, den löpande klockan räknar tid till den valda aktiviteten</translation>
        </message>
        <message>
            <source>Case number:</source>
            <translation>Diarienummer:</translation>
        </message>
        <message>
            <source>Time per activity:</source>
            <translation>Tid per aktivitet:</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitListModel</name>
        <message>
            <source>%1, revision %2</source>
            <translation>%1, revision %2</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Påbörjat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarade</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>skickat</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>misslyckades: %1</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synk</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitRevisionsDialog</name>
        <message>
            <source>Revision %1 (base %2)%3 — %4</source>
            <translation>Revision %1 (bas %2)%3 — %4</translation>
        </message>
        <message>
            <source>, set aside</source>
            <translation>, lagd åt sidan</translation>
        </message>
        <message>
            <source>%1: %2 chose revision %3: %4</source>
            <translation>%1: %2 valde revision %3: %4</translation>
        </message>
        <message>
            <source>No resolutions.</source>
            <translation>Inga beslut.</translation>
        </message>
        <message>
            <source>%1 — %2 · %3 · finished %4 · %5 minutes</source>
            <translation>%1 — %2 · %3 · avslutat %4 · %5 minuter</translation>
        </message>
        <message>
            <source>Visit — %1</source>
            <translation>Besök — %1</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitRunnerPage</name>
        <message>
            <source>Filter items (Ctrl+F)</source>
            <translation>Filtrera punkter (Ctrl+F)</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Alla punkter</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Obesvarade</translation>
        </message>
        <message>
            <source>Deviations only</source>
            <translation>Endast avvikelser</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Reopen visit</source>
            <translation>Öppna besöket igen</translation>
        </message>
        <message>
            <source>Reopen this visit as revision %1? Revision %2 stays as it is.</source>
            <translation>Öppna besöket igen som revision %1? Revision %2 förblir oförändrad.</translation>
        </message>
        <message>
            <source>Tillsyn</source>
            <translation>Tillsyn</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::desktop::VisitsPage</name>
        <message>
            <source>Filter visits by facility, checklist or status</source>
            <translation>Filtrera besök efter anläggning, checklista eller status</translation>
        </message>
        <message>
            <source>&amp;Delete draft…</source>
            <translation>&amp;Ta bort utkast…</translation>
        </message>
        <message>
            <source>Delete a draft started by mistake (Delete). Finished revisions are never deleted.</source>
            <translation>Ta bort ett utkast som påbörjats av misstag (Delete). Avslutade revisioner tas aldrig bort.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::domain</name>
        <message>
            <source>Food control</source>
            <translation>Livsmedelskontroll</translation>
        </message>
        <message>
            <source>Health protection</source>
            <translation>Hälsoskydd</translation>
        </message>
        <message>
            <source>Environmental protection</source>
            <translation>Miljöskydd</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad kontroll</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljande</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Klagomål</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <source>No deviation</source>
            <translation>Utan avvikelse</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Avvikelse</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Ej kontrollerad</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ej aktuell</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Åtgärdad</translation>
        </message>
        <message>
            <source>Remains</source>
            <translation>Kvarstår</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Förberedelse</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Resa</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspektion</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Provtagning</translation>
        </message>
        <message>
            <source>Report writing</source>
            <translation>Rapportskrivning</translation>
        </message>
        <message>
            <source>Other work</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <source>must be 1 to 64 characters (it has %1)</source>
            <translation>måste vara 1 till 64 tecken (det har %1)</translation>
        </message>
        <message>
            <source>must not contain control characters</source>
            <translation>får inte innehålla styrtecken</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::fees::InvoiceBasis</name>
        <message>
            <source>Visit %1 (%2) has no hourly rate in force on %3: the fee schedule needs a rate from that date or earlier.</source>
            <translation>Besök %1 (%2) har ingen timavgift som gäller den %3: taxan behöver en timavgift från det datumet eller tidigare.</translation>
        </message>
        <message>
            <source>(no case number)</source>
            <translation>(inget diarienummer)</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::field::PhotoImport</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kan inte läsas: %2</translation>
        </message>
        <message>
            <source>%1: the image has %2 megapixels; the limit is %3</source>
            <translation>%1: bilden har %2 megapixlar; gränsen är %3</translation>
        </message>
        <message>
            <source>%1: the image cannot be decoded: %2</source>
            <translation>%1: bilden kan inte avkodas: %2</translation>
        </message>
        <message>
            <source>%1: the image cannot be stored: %2</source>
            <translation>%1: bilden kan inte sparas: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: not an image Tillsyn can read (use JPEG, PNG or WebP)</source>
            <translation>%1: inte en bild som Tillsyn kan läsa (använd JPEG, PNG eller WebP)</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::field::VisitLifecycle</name>
        <message>
            <source>Unknown facility "%1".</source>
            <translation>Okänd anläggning "%1".</translation>
        </message>
        <message>
            <source>Unknown checklist "%1" version %2.</source>
            <translation>Okänd checklista "%1" version %2.</translation>
        </message>
        <message>
            <source>Unknown checklist "%1".</source>
            <translation>Okänd checklista "%1".</translation>
        </message>
        <message>
            <source>A visit needs at least one inspector.</source>
            <translation>Ett besök behöver minst en inspektör.</translation>
        </message>
        <message>
            <source>Unknown visit "%1".</source>
            <translation>Okänt besök "%1".</translation>
        </message>
        <message>
            <source>Visit %1 revision %2 is finished and cannot be changed. Reopen it to make revision %3.</source>
            <translation>Besök %1 revision %2 är avslutat och kan inte ändras. Öppna det igen för att skapa revision %3.</translation>
        </message>
        <message>
            <source>The item "%1" is not part of the checklist of visit %2.</source>
            <translation>Punkten "%1" ingår inte i checklistan för besök %2.</translation>
        </message>
        <message>
            <source>A visit can hold at most 200 photos.</source>
            <translation>Ett besök kan ha högst 200 foton.</translation>
        </message>
        <message>
            <source>Visit %1 has no photo "%2".</source>
            <translation>Besök %1 har inget foto "%2".</translation>
        </message>
        <message>
            <source>Visit %1 is already open as revision %2.</source>
            <translation>Besök %1 är redan öppet som revision %2.</translation>
        </message>
        <message>
            <source>The case number %1.</source>
            <translation>Diarienumret %1.</translation>
        </message>
        <message>
            <source>Photo "%1" cannot be put back: its picture is missing.</source>
            <translation>Fotot "%1" kan inte läggas tillbaka: bilden saknas.</translation>
        </message>
        <message>
            <source>Visit %1 already has a photo "%2".</source>
            <translation>Besök %1 har redan ett foto "%2".</translation>
        </message>
        <message>
            <source>Visit %1 revision %2 could not be deleted.</source>
            <translation>Besök %1 revision %2 kunde inte tas bort.</translation>
        </message>
        <message>
            <source>The item "%1" is not a deviation: only a deviation has a deadline.</source>
            <translation>Punkten "%1" är ingen avvikelse: endast en avvikelse har en sista dag för åtgärd.</translation>
        </message>
        <message>
            <source>Visit %1 cannot follow up its own deviation "%2": a visit follows up earlier visits.</source>
            <translation>Besök %1 kan inte följa upp sin egen avvikelse "%2": ett besök följer upp tidigare besök.</translation>
        </message>
        <message>
            <source>Visit %1 has no open deviation "%2" known to this computer for %3.</source>
            <translation>Besök %1 har ingen öppen avvikelse "%2" som den här datorn känner till för %3.</translation>
        </message>
        <message>
            <source>The minutes of one activity must be between 0 and 1440.</source>
            <translation>Minuterna för en aktivitet måste vara mellan 0 och 1440.</translation>
        </message>
        <message>
            <source>A signature needs the operator's name.</source>
            <translation>En signatur kräver verksamhetsutövarens namn.</translation>
        </message>
        <message>
            <source>A declined signature has no image.</source>
            <translation>En avböjd signatur har ingen bild.</translation>
        </message>
        <message>
            <source>A signature needs an image of the signature, or that the operator declined to sign.</source>
            <translation>En signatur kräver en bild av signaturen, eller att verksamhetsutövaren avböjde att signera.</translation>
        </message>
        <message>
            <source>The signature image is larger than 1 MiB.</source>
            <translation>Signaturbilden är större än 1 MiB.</translation>
        </message>
        <message>
            <source>The signature image is not a PNG image.</source>
            <translation>Signaturbilden är inte en PNG-bild.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::json::ObjectReader</name>
        <message>
            <source>%1: member "%2": %3</source>
            <translation>%1: fältet "%2": %3</translation>
        </message>
        <message>
            <source>is required but missing</source>
            <translation>krävs men saknas</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>måste vara en sträng</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>får inte vara tomt</translation>
        </message>
        <message>
            <source>must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'</source>
            <translation>måste vara 1 till 128 tecken av A-Z, a-z, 0-9, '.', '_' eller '-'</translation>
        </message>
        <message>
            <source>must be a lowercase UUID (8-4-4-4-12 hexadecimal digits)</source>
            <translation>måste vara ett UUID med gemener (8-4-4-4-12 hexadecimala siffror)</translation>
        </message>
        <message>
            <source>must be an integer</source>
            <translation>måste vara ett heltal</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>måste vara mellan %1 och %2</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>måste vara true eller false</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>måste vara en array</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>måste vara ett objekt</translation>
        </message>
        <message>
            <source>is "%1", expected "%2"</source>
            <translation>är "%1", förväntade "%2"</translation>
        </message>
        <message>
            <source>must be the string "%1"</source>
            <translation>måste vara strängen "%1"</translation>
        </message>
        <message>
            <source>version %1 is not known to this version of Tillsyn (it reads version %2)</source>
            <translation>version %1 är okänd för den här versionen av Tillsyn (den läser version %2)</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::json::StrictJson</name>
        <message>
            <source>the file is empty</source>
            <translation>filen är tom</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>den översta nivån måste vara ett JSON-objekt</translation>
        </message>
        <message>
            <source>unexpected text after the end of the document</source>
            <translation>oväntad text efter dokumentets slut</translation>
        </message>
        <message>
            <source>unexpected end of the document</source>
            <translation>oväntat slut på dokumentet</translation>
        </message>
        <message>
            <source>nesting is deeper than the limit of %1 levels</source>
            <translation>nästlingen är djupare än gränsen på %1 nivåer</translation>
        </message>
        <message>
            <source>expected a member name in double quotes</source>
            <translation>förväntade ett fältnamn inom dubbla citattecken</translation>
        </message>
        <message>
            <source>the member "%1" appears twice in one object</source>
            <translation>fältet "%1" förekommer två gånger i samma objekt</translation>
        </message>
        <message>
            <source>expected ':' after a member name</source>
            <translation>förväntade ':' efter ett fältnamn</translation>
        </message>
        <message>
            <source>unexpected end of the document inside an object</source>
            <translation>oväntat slut på dokumentet inuti ett objekt</translation>
        </message>
        <message>
            <source>expected ',' or '}' in an object</source>
            <translation>förväntade ',' eller '}' i ett objekt</translation>
        </message>
        <message>
            <source>unexpected end of the document inside an array</source>
            <translation>oväntat slut på dokumentet inuti en array</translation>
        </message>
        <message>
            <source>expected ',' or ']' in an array</source>
            <translation>förväntade ',' eller ']' i en array</translation>
        </message>
        <message>
            <source>invalid value</source>
            <translation>ogiltigt värde</translation>
        </message>
        <message>
            <source>invalid number</source>
            <translation>ogiltigt tal</translation>
        </message>
        <message>
            <source>number is too long</source>
            <translation>talet är för långt</translation>
        </message>
        <message>
            <source>number is out of range</source>
            <translation>talet ligger utanför tillåtet intervall</translation>
        </message>
        <message>
            <source>incomplete \u escape</source>
            <translation>ofullständig \u-sekvens</translation>
        </message>
        <message>
            <source>invalid \u escape</source>
            <translation>ogiltig \u-sekvens</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>ogiltig UTF-8</translation>
        </message>
        <message>
            <source>a string is longer than the limit of %1 bytes</source>
            <translation>en sträng är längre än gränsen på %1 byte</translation>
        </message>
        <message>
            <source>unterminated string</source>
            <translation>oavslutad sträng</translation>
        </message>
        <message>
            <source>control character inside a string</source>
            <translation>styrtecken inuti en sträng</translation>
        </message>
        <message>
            <source>a lone surrogate (\u%1) is not valid Unicode</source>
            <translation>ett ensamt surrogat (\u%1) är inte giltig Unicode</translation>
        </message>
        <message>
            <source>invalid escape sequence in a string</source>
            <translation>ogiltig escapesekvens i en sträng</translation>
        </message>
        <message>
            <source>%1: the file is larger than the limit of %2 bytes</source>
            <translation>%1: filen är större än gränsen på %2 byte</translation>
        </message>
        <message>
            <source>%1: not valid JSON at line %2, column %3: %4</source>
            <translation>%1: inte giltig JSON på rad %2, kolumn %3: %4</translation>
        </message>
        <message>
            <source>%1: not valid JSON: %2</source>
            <translation>%1: inte giltig JSON: %2</translation>
        </message>
        <message>
            <source>\u0000 (a NUL character) is not allowed in text</source>
            <translation>\u0000 (ett NUL-tecken) är inte tillåtet i text</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::keychain::PostgresKeychain</name>
        <message>
            <source>no keychain service answered</source>
            <translation>ingen nyckelringstjänst svarade</translation>
        </message>
        <message>
            <source>the system keychain is unavailable: %1; the password can come from PGPASSWORD or ~/.pgpass</source>
            <translation>systemets nyckelring är inte tillgänglig: %1; lösenordet kan hämtas från PGPASSWORD eller ~/.pgpass</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge</name>
        <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Uppdaterad</translation>
        </message>
        <message>
            <source>Already present</source>
            <translation>Fanns redan</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Older revision</source>
            <translation>Äldre revision</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Avvisad</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge::ConflictResolver</name>
        <message>
            <source>A resolution needs a reason.</source>
            <translation>Ett beslut kräver en motivering.</translation>
        </message>
        <message>
            <source>Unknown visit "%1".</source>
            <translation>Okänt besök "%1".</translation>
        </message>
        <message>
            <source>Visit %1 has no revision %2%3.</source>
            <translation>Besök %1 har ingen revision %2%3.</translation>
        </message>
        <message>
            <source> matching "%1"</source>
            <translation> som matchar "%1"</translation>
        </message>
        <message>
            <source>Visit %1 has %2 different contents for revision %3: name one by its file name or content hash.</source>
            <translation>Besök %1 har %2 olika innehåll för revision %3: ange ett av dem med filnamn eller innehållets hashvärde.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge::MergeRun</name>
        <message>
            <source>%1 is no longer in rejected/</source>
            <translation>%1 finns inte längre i rejected/</translation>
        </message>
        <message>
            <source>%1: changed while it was merged; left in the inbox for the next merge</source>
            <translation>%1: ändrades under sammanslagningen; ligger kvar i inkorgen till nästa sammanslagning</translation>
        </message>
        <message>
            <source>%1: changed after it was read; merged as read and left in the inbox for the next merge</source>
            <translation>%1: ändrades efter att den lästes; slogs samman som den lästes och ligger kvar i inkorgen till nästa sammanslagning</translation>
        </message>
        <message>
            <source>not moved: %1</source>
            <translation>flyttades inte: %1</translation>
        </message>
        <message>
            <source>%1; not moved: %2</source>
            <translation>%1; flyttades inte: %2</translation>
        </message>
        <message>
            <source>%1: not stored, left in the inbox for the next merge: %2</source>
            <translation>%1: sparades inte, ligger kvar i inkorgen till nästa sammanslagning: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge::OfficeCopy</name>
        <message>
            <source>%1 already holds office data: copy only into an empty database.</source>
            <translation>%1 innehåller redan kontorsdata: kopiera bara till en tom databas.</translation>
        </message>
        <message>
            <source>"%1" version %2</source>
            <translation>"%1" version %2</translation>
        </message>
        <message>
            <source>%1 holds checklist drafts that a copy cannot take: %2. Publish or delete them in the checklist editor first; nothing was copied.</source>
            <translation>%1 innehåller checklistutkast som en kopia inte kan ta med: %2. Publicera eller ta bort dem i checklisteditorn först; ingenting kopierades.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge::OfficeDeviations</name>
        <message>
            <source>A deviation is closed by hand only with a reason.</source>
            <translation>En avvikelse kan bara stängas för hand med en motivering.</translation>
        </message>
        <message>
            <source>Visit %1 has no deviation "%2" in its current revision (or the visit is in conflict).</source>
            <translation>Besök %1 har ingen avvikelse "%2" i sin aktuella revision (eller så är besöket i konflikt).</translation>
        </message>
        <message>
            <source>The deviation "%1" of visit %2 was already closed by %3 on %4: %5</source>
            <translation>Avvikelsen "%1" från besök %2 stängdes redan av %3 den %4: %5</translation>
        </message>
        <message>
            <source>The deviation "%1" of visit %2 was already closed by visit %3.</source>
            <translation>Avvikelsen "%1" från besök %2 stängdes redan genom besök %3.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::merge::RevisionComparison</name>
        <message>
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>(not in this revision)</source>
            <translation>(finns inte i den här revisionen)</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Obesvarad</translation>
        </message>
        <message>
            <source>Photos: %1</source>
            <translation>Foton: %1</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Inspektörer</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Påbörjat</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Minutes spent</source>
            <translation>Tidsåtgång i minuter</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::ChecklistDiff</name>
        <message>
            <source>wording</source>
            <translation>formulering</translation>
        </message>
        <message>
            <source>guidance</source>
            <translation>handledning</translation>
        </message>
        <message>
            <source>legal reference</source>
            <translation>lagrum</translation>
        </message>
        <message>
            <source>Added %1: %2</source>
            <translation>Tillagd %1: %2</translation>
        </message>
        <message>
            <source>Removed %1: %2</source>
            <translation>Borttagen %1: %2</translation>
        </message>
        <message>
            <source>Changed %1 (%2): %3</source>
            <translation>Ändrad %1 (%2): %3</translation>
        </message>
        <message>
            <source>No item was added, removed or changed.</source>
            <translation>Ingen punkt har lagts till, tagits bort eller ändrats.</translation>
        </message>
        <message>
            <source>control area</source>
            <translation>kontrollområde</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::ChecklistEditor</name>
        <message>
            <source>The checklist id "%1" must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'.</source>
            <translation>Checklistans id "%1" måste vara 1 till 128 tecken av A-Z, a-z, 0-9, '.', '_' eller '-'.</translation>
        </message>
        <message>
            <source>The checklist needs a title.</source>
            <translation>Checklistan behöver en titel.</translation>
        </message>
        <message>
            <source>Every section needs a title.</source>
            <translation>Varje avsnitt behöver en rubrik.</translation>
        </message>
        <message>
            <source>The item id "%1" must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'.</source>
            <translation>Punktens id "%1" måste vara 1 till 128 tecken av A-Z, a-z, 0-9, '.', '_' eller '-'.</translation>
        </message>
        <message>
            <source>The item id "%1" is used twice.</source>
            <translation>Punktens id "%1" används två gånger.</translation>
        </message>
        <message>
            <source>The item %1 has no text.</source>
            <translation>Punkten %1 har ingen text.</translation>
        </message>
        <message>
            <source>Section 1</source>
            <translation>Avsnitt 1</translation>
        </message>
        <message>
            <source>A checklist with the id "%1" already exists.</source>
            <translation>Det finns redan en checklista med id:t "%1".</translation>
        </message>
        <message>
            <source>Unknown checklist "%1".</source>
            <translation>Okänd checklista "%1".</translation>
        </message>
        <message>
            <source>Unknown checklist "%1" version %2.</source>
            <translation>Okänd checklista "%1" version %2.</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 is published and never changes; edit it to make version %3.</source>
            <translation>Checklistan "%1" version %2 är publicerad och ändras aldrig; redigera den för att skapa version %3.</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 is already published.</source>
            <translation>Checklistan "%1" version %2 är redan publicerad.</translation>
        </message>
        <message>
            <source>Checklist "%1" has no items: add some before publishing.</source>
            <translation>Checklistan "%1" har inga punkter: lägg till några innan den publiceras.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; checklist "%1" version %2 is not one.</source>
            <translation>Endast ett utkast kan tas bort; checklistan "%1" version %2 är inget utkast.</translation>
        </message>
        <message>
            <source>The item %1 has the control area "%2"; it must be a capital letter and two digits, like J08.</source>
            <translation>Punkten %1 har kontrollområdet "%2"; det måste vara en versal och två siffror, t.ex. J08.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::ChecklistsFile</name>
        <message>
            <source>must be "food", "health" or "environment"</source>
            <translation>måste vara "food", "health" eller "environment"</translation>
        </message>
        <message>
            <source>must hold at least one section</source>
            <translation>måste innehålla minst ett avsnitt</translation>
        </message>
        <message>
            <source>"%1" is used by another item of this checklist</source>
            <translation>"%1" används av en annan punkt i den här checklistan</translation>
        </message>
        <message>
            <source>must hold at least one item</source>
            <translation>måste innehålla minst en punkt</translation>
        </message>
        <message>
            <source>must be an RFC 3339 time in UTC</source>
            <translation>måste vara en RFC 3339-tid i UTC</translation>
        </message>
        <message>
            <source>checklist "%1" version %2 appears twice in the file</source>
            <translation>checklistan "%1" version %2 förekommer två gånger i filen</translation>
        </message>
        <message>
            <source>must be a category name of 1 to 200 characters on one line</source>
            <translation>måste vara ett kategorinamn på 1 till 200 tecken på en rad</translation>
        </message>
        <message>
            <source>must be a capital letter and two digits, like J08</source>
            <translation>måste vara en versal och två siffror, t.ex. J08</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::FacilitiesFile</name>
        <message>
            <source>the id "%1" must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'</source>
            <translation>id:t "%1" måste vara 1 till 128 tecken av A-Z, a-z, 0-9, '.', '_' eller '-'</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>namnet är tomt</translation>
        </message>
        <message>
            <source>"%1" is not a valid organisation number (NNNNNN-NNNN with a correct check digit)</source>
            <translation>"%1" är inte ett giltigt organisationsnummer (NNNNNN-NNNN med korrekt kontrollsiffra)</translation>
        </message>
        <message>
            <source>the risk class must be between 1 and 8</source>
            <translation>riskklassen måste vara mellan 1 och 8</translation>
        </message>
        <message>
            <source>must be an RFC 3339 time in UTC</source>
            <translation>måste vara en RFC 3339-tid i UTC</translation>
        </message>
        <message>
            <source>"%1" is used by another facility</source>
            <translation>"%1" används av en annan anläggning</translation>
        </message>
        <message>
            <source>the experience class "%1" must be A, B or C</source>
            <translation>erfarenhetsklassen "%1" måste vara A, B eller C</translation>
        </message>
        <message>
            <source>the control time must be a number of hours of at least 0</source>
            <translation>kontrolltiden måste vara ett antal timmar, minst 0</translation>
        </message>
        <message>
            <source>must be "A", "B" or "C"</source>
            <translation>måste vara "A", "B" eller "C"</translation>
        </message>
        <message>
            <source>must be a number of at least 0</source>
            <translation>måste vara ett tal, minst 0</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::FacilityCsv</name>
        <message>
            <source>line %1: a quoted field is not closed</source>
            <translation>rad %1: ett citerat fält är inte avslutat</translation>
        </message>
        <message>
            <source>%1: the file is empty; expected a header row and one row per facility</source>
            <translation>%1: filen är tom; förväntade en rubrikrad och en rad per anläggning</translation>
        </message>
        <message>
            <source>%1: line 1: the header lacks the required column(s) %2 (also accepted: Objekt-ID, Namn)</source>
            <translation>%1: rad 1: rubrikraden saknar den eller de obligatoriska kolumnerna %2 (accepteras också: Objekt-ID, Namn)</translation>
        </message>
        <message>
            <source>line %1: %2 fields, but the header has %3</source>
            <translation>rad %1: %2 fält, men rubrikraden har %3</translation>
        </message>
        <message>
            <source>line %1: the risk class "%2" is not a number</source>
            <translation>rad %1: riskklassen "%2" är inte ett tal</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>rad %1: %2</translation>
        </message>
        <message>
            <source>line %1: the id "%2" appears on an earlier line</source>
            <translation>rad %1: id:t "%2" förekommer på en tidigare rad</translation>
        </message>
        <message>
            <source>%1: rows with errors: %2; nothing was imported</source>
            <translation>%1: rader med fel: %2; ingenting importerades</translation>
        </message>
        <message>
            <source>line %1: the control time "%2" is not a number</source>
            <translation>rad %1: kontrolltiden "%2" är inte ett tal</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::FacilityImportPreview</name>
        <message>
            <source>the organisation number "%1" fails its check digit; it is imported as given and marked</source>
            <translation>organisationsnumret "%1" har fel kontrollsiffra; det importeras som det är och markeras</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::FollowUpsFile</name>
        <message>
            <source>must be an RFC 3339 time in UTC</source>
            <translation>måste vara en RFC 3339-tid i UTC</translation>
        </message>
        <message>
            <source>the deviation %1 of visit %2 is listed twice</source>
            <translation>avvikelsen %1 från besök %2 förekommer två gånger</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD</source>
            <translation>måste vara ett datum skrivet ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>must be a capital letter and two digits, like J08</source>
            <translation>måste vara en versal och två siffror, t.ex. J08</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::Importer</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kan inte läsas: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::KeyStore</name>
        <message>
            <source>%1 already has a signing key; it is kept. Replacing it makes every laptop that trusts only this key refuse the next publish.</source>
            <translation>%1 har redan en signeringsnyckel; den behålls. Om den ersätts avvisar alla fältdatorer som bara litar på den här nyckeln nästa publicering.</translation>
        </message>
        <message>
            <source>%1: the trusted key %2 is stored under the wrong name.</source>
            <translation>%1: den betrodda nyckeln %2 är sparad under fel namn.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::OpenDataFacilities</name>
        <message>
            <source>"facilities" must be an array</source>
            <translation>"facilities" måste vara en array</translation>
        </message>
        <message>
            <source>facilities[%1]: must be an object</source>
            <translation>facilities[%1]: måste vara ett objekt</translation>
        </message>
        <message>
            <source>line %1: %2 fields, but the header has %3</source>
            <translation>rad %1: %2 fält, men rubrikraden har %3</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>rad %1: %2</translation>
        </message>
        <message>
            <source>line %1: the facility "%2" differs from its earlier row</source>
            <translation>rad %1: anläggningen "%2" skiljer sig från sin tidigare rad</translation>
        </message>
        <message>
            <source>the file lists no facilities</source>
            <translation>filen innehåller inga anläggningar</translation>
        </message>
        <message>
            <source>the idLocal "%1" is used by more than one facility</source>
            <translation>idLocal "%1" används av mer än en anläggning</translation>
        </message>
        <message>
            <source>%1: not a usable open-data file (%2 problems); nothing was imported</source>
            <translation>%1: inte en användbar fil med öppna data (%2 problem); ingenting importerades</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::PublicKey</name>
        <message>
            <source>"%1" is not a public key: it must start with "ed25519:".</source>
            <translation>"%1" är inte en publik nyckel: den måste börja med "ed25519:".</translation>
        </message>
        <message>
            <source>"%1" is not a public key: the part after "ed25519:" is not base64.</source>
            <translation>"%1" är inte en publik nyckel: delen efter "ed25519:" är inte base64.</translation>
        </message>
        <message>
            <source>"%1" is not a public key: it holds %2 bytes, an Ed25519 key 32.</source>
            <translation>"%1" är inte en publik nyckel: den innehåller %2 byte, en Ed25519-nyckel 32.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::Publisher</name>
        <message>
            <source>%1 version %2</source>
            <translation>%1 version %2</translation>
        </message>
        <message>
            <source>Since the last publish (%1): %2 facilities added, %3 changed, %4 no longer published.</source>
            <translation>Sedan förra publiceringen (%1): %2 anläggningar tillagda, %3 ändrade, %4 publiceras inte längre.</translation>
        </message>
        <message>
            <source>No new checklist versions.</source>
            <translation>Inga nya checklistversioner.</translation>
        </message>
        <message>
            <source>New checklist versions: %1</source>
            <translation>Nya checklistversioner: %1</translation>
        </message>
        <message>
            <source>Signed with the office key %1.</source>
            <translation>Signerat med kontorsnyckeln %1.</translation>
        </message>
        <message>
            <source>Not signed: this office has no signing key (tillsyn-cli key create). Laptops that trust a key will refuse these files.</source>
            <translation>Inte signerat: kontoret har ingen signeringsnyckel (tillsyn-cli key create). Fältdatorer som litar på en nyckel kommer att avvisa de här filerna.</translation>
        </message>
        <message>
            <source>Nothing has been published to the field yet: this will be the first publish (%1 facilities, %2 checklist versions).</source>
            <translation>Ingenting har publicerats till fältdatorerna ännu: detta blir den första publiceringen (%1 anläggningar, %2 checklistversioner).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::SignatureFile</name>
        <message>
            <source>is "%1", expected "%2"</source>
            <translation>är "%1", förväntade "%2"</translation>
        </message>
        <message>
            <source>must be 16 lowercase hex digits</source>
            <translation>måste vara 16 hexadecimala siffror med gemener</translation>
        </message>
        <message>
            <source>must be the base64 of a 64-byte signature</source>
            <translation>måste vara base64 för en signatur på 64 byte</translation>
        </message>
        <message>
            <source>%1: signed with key %2, which this computer does not trust.</source>
            <translation>%1: signerad med nyckeln %2, som den här datorn inte litar på.</translation>
        </message>
        <message>
            <source>%1: the signature in %2 does not match the file's bytes (the file was changed after it was signed, or the office is publishing at this moment and the next sync takes both).</source>
            <translation>%1: signaturen i %2 stämmer inte med filens innehåll (filen ändrades efter att den signerades, eller så publicerar kontoret just nu och nästa synkronisering hämtar båda).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::reference::SigningKey</name>
        <message>
            <source>The cryptography library cannot be started.</source>
            <translation>Kryptografibiblioteket kan inte startas.</translation>
        </message>
        <message>
            <source>The stored signing key is damaged (%1 bytes instead of 64).</source>
            <translation>Den sparade signeringsnyckeln är skadad (%1 byte i stället för 64).</translation>
        </message>
        <message>
            <source>The stored signing key is damaged (its two halves do not belong together).</source>
            <translation>Den sparade signeringsnyckeln är skadad (dess två halvor hör inte ihop).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::CaseSection</name>
        <message>
            <source>Case number (Dnr)</source>
            <translation>Diarienummer (Dnr)</translation>
        </message>
        <message>
            <source>%1 %2 min</source>
            <translation>%1 %2 min</translation>
        </message>
        <message>
            <source>(not chargeable)</source>
            <translation>(ej debiterbar)</translation>
        </message>
        <message>
            <source>Time per activity</source>
            <translation>Tid per aktivitet</translation>
        </message>
        <message>
            <source>Chargeable time</source>
            <translation>Debiterbar tid</translation>
        </message>
        <message>
            <source>%1 h (%2 minutes; in all %3 minutes)</source>
            <translation>%1 h (%2 minuter; totalt %3 minuter)</translation>
        </message>
        <message>
            <source>The operator's acknowledgement</source>
            <translation>Verksamhetsutövarens bekräftelse</translation>
        </message>
        <message>
            <source>The operator's comment:</source>
            <translation>Verksamhetsutövarens kommentar:</translation>
        </message>
        <message>
            <source>The operator declined to sign.</source>
            <translation>Verksamhetsutövaren avböjde att signera.</translation>
        </message>
        <message>
            <source>Signed by %1 · %2</source>
            <translation>Signerad av %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::ControlReport</name>
        <message>
            <source>Visit %1 has no revision %2.</source>
            <translation>Besök %1 har ingen revision %2.</translation>
        </message>
        <message>
            <source>Unknown visit "%1".</source>
            <translation>Okänt besök "%1".</translation>
        </message>
        <message>
            <source>Visit %1 revision %2 is a draft: finish it before making its report.</source>
            <translation>Besök %1 revision %2 är ett utkast: avsluta det innan rapporten skapas.</translation>
        </message>
        <message>
            <source>%1 · %2 · produced %3</source>
            <translation>%1 · %2 · upprättad %3</translation>
        </message>
        <message>
            <source>%1: the report cannot be written: %2</source>
            <translation>%1: rapporten kan inte skrivas: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::CsvExport</name>
        <message>
            <source>conflict</source>
            <translation>konflikt</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Visit id</source>
            <translation>Besöks-id</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Facility id</source>
            <translation>Anläggnings-id</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Checklist id</source>
            <translation>Checklist-id</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Inspektörer</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Påbörjat</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Item id</source>
            <translation>Punkt-id</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagrum</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::DeviationsCsv</name>
        <message>
            <source>open, overdue</source>
            <translation>öppen, försenad</translation>
        </message>
        <message>
            <source>open</source>
            <translation>öppen</translation>
        </message>
        <message>
            <source>closed by visit %1</source>
            <translation>stängd genom besök %1</translation>
        </message>
        <message>
            <source>closed by %1: %2</source>
            <translation>stängd av %1: %2</translation>
        </message>
        <message>
            <source>Facility id</source>
            <translation>Anläggnings-id</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Item id</source>
            <translation>Punkt-id</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Åtgärdas senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::OpenData</name>
        <message>
            <source>%1: the file name must end in .json or .csv (the form to write).</source>
            <translation>%1: filnamnet måste sluta på .json eller .csv (formatet som ska skrivas).</translation>
        </message>
        <message>
            <source>%1: could not be written: %2</source>
            <translation>%1: kunde inte skrivas: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::ReportBuilder</name>
        <message>
            <source>Control report</source>
            <translation>Kontrollrapport</translation>
        </message>
        <message>
            <source>Inspection report</source>
            <translation>Inspektionsrapport</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Anläggning</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Verksamhetsutövare</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Date of visit</source>
            <translation>Besöksdatum</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Föranmält</translation>
        </message>
        <message>
            <source>Yes, announced in advance</source>
            <translation>Ja, föranmält</translation>
        </message>
        <message>
            <source>No, unannounced</source>
            <translation>Nej, oanmält</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Inspektörer</translation>
        </message>
        <message>
            <source>Present for the operator</source>
            <translation>Närvarande för verksamhetsutövaren</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Ej antecknat</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Tidsåtgång</translation>
        </message>
        <message>
            <source>%1 minutes (%2 h)</source>
            <translation>%1 minuter (%2 h)</translation>
        </message>
        <message>
            <source>A planned control to check whether the business meets the requirements of the legislation.</source>
            <translation>En planerad kontroll av om verksamheten uppfyller kraven i lagstiftningen.</translation>
        </message>
        <message>
            <source>A follow-up of deviations found at an earlier visit.</source>
            <translation>En uppföljning av avvikelser som konstaterades vid ett tidigare besök.</translation>
        </message>
        <message>
            <source>A control prompted by a complaint.</source>
            <translation>En kontroll med anledning av ett klagomål.</translation>
        </message>
        <message>
            <source>A control prompted by an incident.</source>
            <translation>En kontroll med anledning av en händelse.</translation>
        </message>
        <message>
            <source>A control for another reason.</source>
            <translation>En kontroll av annan anledning.</translation>
        </message>
        <message>
            <source>Purpose and method</source>
            <translation>Syfte och metod</translation>
        </message>
        <message>
            <source>The control was made on site by inspection and conversation with the staff, following the checklist "%1" (version %2). %3 of its %4 items were assessed.</source>
            <translation>Kontrollen gjordes på plats genom inspektion och samtal med personalen, enligt checklistan "%1" (version %2). %3 av dess %4 punkter bedömdes.</translation>
        </message>
        <message>
            <source>Follow-up of a deviation from the visit of %1</source>
            <translation>Uppföljning av en avvikelse från besöket den %1</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Lagrum:</translation>
        </message>
        <message>
            <source>(No comment was recorded.)</source>
            <translation>(Ingen kommentar antecknades.)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>%1 items were checked and %2 deviations were found.</source>
            <translation>%1 punkter kontrollerades och %2 avvikelser konstaterades.</translation>
        </message>
        <message>
            <source>No deviations were found at the control.</source>
            <translation>Inga avvikelser konstaterades vid kontrollen.</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Each deviation below must be corrected. The office may follow up that this has been done.</source>
            <translation>Varje avvikelse nedan ska åtgärdas. Miljökontoret kan följa upp att så har skett.</translation>
        </message>
        <message>
            <source>Overall assessment</source>
            <translation>Samlad bedömning</translation>
        </message>
        <message>
            <source>Checked without deviation</source>
            <translation>Kontrollerat utan avvikelse</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagrum</translation>
        </message>
        <message>
            <source>Not checked at this visit</source>
            <translation>Ej kontrollerat vid detta besök</translation>
        </message>
        <message>
            <source>Not applicable to this business</source>
            <translation>Ej aktuellt för denna verksamhet</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Ej bedömt</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Questions about this report: %1, %2.</source>
            <translation>Frågor om denna rapport: %1, %2.</translation>
        </message>
        <message>
            <source>Report produced %1.</source>
            <translation>Rapporten upprättad %1.</translation>
        </message>
        <message>
            <source>Revised report, version %1</source>
            <translation>Reviderad rapport, version %1</translation>
        </message>
        <message>
            <source>(This photo cannot be shown: it %1.)</source>
            <translation>(Fotot kan inte visas: det %1.)</translation>
        </message>
        <message>
            <source>(This photo cannot be shown: %1.)</source>
            <translation>(Fotot kan inte visas: %1.)</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Kommentar:</translation>
        </message>
        <message>
            <source>Other photos</source>
            <translation>Övriga foton</translation>
        </message>
        <message>
            <source>unknown date</source>
            <translation>okänt datum</translation>
        </message>
        <message>
            <source>Follow-up of earlier deviations</source>
            <translation>Uppföljning av tidigare avvikelser</translation>
        </message>
        <message>
            <source>Earlier visit</source>
            <translation>Tidigare besök</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>To be corrected by %1</source>
            <translation>Åtgärdas senast %1</translation>
        </message>
        <message>
            <source>Follow-up visit: this visit checked deviations found earlier.</source>
            <translation>Uppföljningsbesök: vid detta besök kontrollerades avvikelser som konstaterats tidigare.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::ReportDocument</name>
        <message>
            <source>Reports can only be laid out by a program with a graphical application (an internal error: please report it).</source>
            <translation>Rapporter kan bara sättas upp av ett program med grafiskt gränssnitt (ett internt fel: rapportera det).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::report::ReportRenderer</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Sida %1 av %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::stats::StatsExporter</name>
        <message>
            <source>The period ends (%1) before it begins (%2).</source>
            <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
        </message>
        <message>
            <source>There are no merged visits to export (visits in conflict do not count).</source>
            <translation>Det finns inga sammanslagna besök att exportera (besök i konflikt räknas inte).</translation>
        </message>
        <message>
            <source>%1: cannot be written: %2</source>
            <translation>%1: kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>The office name must be one line of 1 to %1 characters.</source>
            <translation>Kontorets namn måste vara en rad med 1 till %1 tecken.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::stats::StatsFile</name>
        <message>
            <source>must be a date YYYY-MM-DD</source>
            <translation>måste vara ett datum ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>is %1, below the file's minimum group size %2 (smaller groups must be left out)</source>
            <translation>är %1, under filens minsta gruppstorlek %2 (mindre grupper måste utelämnas)</translation>
        </message>
        <message>
            <source>is %1, more than the %2 answers checked</source>
            <translation>är %1, fler än de %2 kontrollerade svaren</translation>
        </message>
        <message>
            <source>is %1, but checked, notChecked and notApplicable add up to %2 (an item has one answer per visit)</source>
            <translation>är %1, men checked, notChecked och notApplicable blir sammanlagt %2 (en punkt har ett svar per besök)</translation>
        </message>
        <message>
            <source>must be at most 64 letters, digits, spaces and , . &amp; / ( ) + -</source>
            <translation>får bestå av högst 64 bokstäver, siffror, mellanslag och , . &amp; / ( ) + -</translation>
        </message>
        <message>
            <source>must be 64 lowercase hexadecimal digits</source>
            <translation>måste vara 64 hexadecimala siffror med gemener</translation>
        </message>
        <message>
            <source>is longer than %1 characters</source>
            <translation>är längre än %1 tecken</translation>
        </message>
        <message>
            <source>must be present and be the SHA-256 of "text"</source>
            <translation>måste finnas och vara SHA-256 av "text"</translation>
        </message>
        <message>
            <source>item "%1" of checklist "%2" version %3 appears twice</source>
            <translation>punkt "%1" i checklistan "%2" version %3 förekommer två gånger</translation>
        </message>
        <message>
            <source>must be a month YYYY-MM</source>
            <translation>måste vara en månad ÅÅÅÅ-MM</translation>
        </message>
        <message>
            <source>%1 lies outside the period</source>
            <translation>%1 ligger utanför perioden</translation>
        </message>
        <message>
            <source>"%1" appears twice</source>
            <translation>"%1" förekommer två gånger</translation>
        </message>
        <message>
            <source>must be one line of at most %1 characters</source>
            <translation>måste vara en rad med högst %1 tecken</translation>
        </message>
        <message>
            <source>does not fit within its item in "items"</source>
            <translation>ryms inte inom sin punkt i "items"</translation>
        </message>
        <message>
            <source>lies before "from"</source>
            <translation>ligger före "from"</translation>
        </message>
        <message>
            <source>must be an RFC 3339 time in UTC</source>
            <translation>måste vara en RFC 3339-tid i UTC</translation>
        </message>
        <message>
            <source>the statistics file being written</source>
            <translation>statistikfilen som skrivs</translation>
        </message>
        <message>
            <source>is %1, more than %2 (%3)</source>
            <translation>är %1, fler än %2 (%3)</translation>
        </message>
        <message>
            <source>must be 0 when no deviation was corrected</source>
            <translation>måste vara 0 när ingen avvikelse har åtgärdats</translation>
        </message>
        <message>
            <source>is %1, more than the group's %2 visits</source>
            <translation>är %1, fler än gruppens %2 besök</translation>
        </message>
        <message>
            <source>must all be 0 when no visit was timed</source>
            <translation>måste alla vara 0 när inget besök har registrerad tid</translation>
        </message>
        <message>
            <source>add up to 0, but a timed visit has time recorded</source>
            <translation>blir sammanlagt 0, men ett besök har registrerad tid</translation>
        </message>
        <message>
            <source>is %1, more than the %2 minutes of all activities</source>
            <translation>är %1, mer än de %2 minuterna för alla aktiviteter</translation>
        </message>
        <message>
            <source>must be planned, follow_up, complaint, incident or other</source>
            <translation>måste vara planned, follow_up, complaint, incident eller other</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::ChecklistStore</name>
        <message>
            <source>%1: checklist "%2" version %3 already exists with other content. A published version never changes: give the edited checklist the next version number. Nothing was imported.</source>
            <translation>%1: checklistan "%2" version %3 finns redan med annat innehåll. En publicerad version ändras aldrig: ge den redigerade checklistan nästa versionsnummer. Ingenting importerades.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::Database</name>
        <message>
            <source>%1: the database cannot be opened: %2</source>
            <translation>%1: databasen kan inte öppnas: %2</translation>
        </message>
        <message>
            <source>%1: the folder cannot be created</source>
            <translation>%1: mappen kan inte skapas</translation>
        </message>
        <message>
            <source>%1: the database lies on a network file system (%2). SQLite cannot keep it safe there: a crash or a second computer could corrupt it. Keep the database on this computer's own disk (use --db with a local path); use the network folder only as a sync share.</source>
            <translation>%1: databasen ligger på ett nätverksfilsystem (%2). SQLite kan inte skydda den där: en krasch eller en annan dator kan skada den. Ha databasen på den här datorns egen disk (använd --db med en lokal sökväg); använd nätverksmappen endast som delad mapp för synkronisering.</translation>
        </message>
        <message>
            <source>%1: this is not a Tillsyn database (not an SQLite file). The file was not changed.</source>
            <translation>%1: detta är inte en Tillsyn-databas (inte en SQLite-fil). Filen ändrades inte.</translation>
        </message>
        <message>
            <source>%1: the database was created by a newer version of Tillsyn (schema version %2; this version knows up to %3). Install the newer Tillsyn to open it. The file was not changed.</source>
            <translation>%1: databasen skapades av en nyare version av Tillsyn (schemaversion %2; den här versionen känner till upp till %3). Installera den nyare versionen av Tillsyn för att öppna den. Filen ändrades inte.</translation>
        </message>
        <message>
            <source>%1: this is not a readable SQLite database: %2</source>
            <translation>%1: detta är inte en läsbar SQLite-databas: %2</translation>
        </message>
        <message>
            <source>%1: database error: %2 (in: %3)</source>
            <translation>%1: databasfel: %2 (i: %3)</translation>
        </message>
        <message>
            <source>%1: database error: %2</source>
            <translation>%1: databasfel: %2</translation>
        </message>
        <message>
            <source>%1: the database file is read-only (%2). Tillsyn needs to write to its database; make the file writable or use a copy. The file was not changed.</source>
            <translation>%1: databasfilen är skrivskyddad (%2). Tillsyn behöver skriva till sin databas; gör filen skrivbar eller använd en kopia. Filen ändrades inte.</translation>
        </message>
        <message>
            <source>%1: the folder is read-only (%2). SQLite keeps its journal beside the database and needs to write there.</source>
            <translation>%1: mappen är skrivskyddad (%2). SQLite sparar sin journal bredvid databasen och behöver skriva där.</translation>
        </message>
        <message>
            <source>%1: this is an SQLite database of another program, not a Tillsyn database. The file was not changed.</source>
            <translation>%1: detta är en SQLite-databas från ett annat program, inte en Tillsyn-databas. Filen ändrades inte.</translation>
        </message>
        <message>
            <source>%1 is a field database; this works only on an office database (one made with "tillsyn-cli init --office"). Nothing was read or changed.</source>
            <translation>%1 är en fältdatabas; detta fungerar bara med en kontorsdatabas (en som skapats med "tillsyn-cli init --office"). Ingenting lästes eller ändrades.</translation>
        </message>
        <message>
            <source>%1: the database is damaged (SQLite's quick check failed: %2). Nothing was changed; restore the database from a backup.</source>
            <translation>%1: databasen är skadad (SQLite:s snabbkontroll misslyckades: %2). Ingenting ändrades; återställ databasen från en säkerhetskopia.</translation>
        </message>
        <message>
            <source>%1: the database is damaged (SQLite's quick check found: %2). Nothing was changed; restore the database from a backup.</source>
            <translation>%1: databasen är skadad (SQLite:s snabbkontroll hittade: %2). Ingenting ändrades; återställ databasen från en säkerhetskopia.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::OfficeRepository</name>
        <message>
            <source>%1 names office %2 and --office names %3: give one.</source>
            <translation>%1 anger kontoret %2 och --office anger %3: ange ett.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::PostgresConnection</name>
        <message>
            <source>%1: Qt's PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
            <translation>%1: Qt:s PostgreSQL-drivrutin (QPSQL) är inte installerad. Installera paketet libqt6sql6-psql.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Kan inte ansluta till %1: %2</translation>
        </message>
        <message>
            <source>%1: %2 failed: %3</source>
            <translation>%1: %2 misslyckades: %3</translation>
        </message>
        <message>
            <source>no password in PGPASSWORD or ~/.pgpass</source>
            <translation>inget lösenord i PGPASSWORD eller ~/.pgpass</translation>
        </message>
        <message>
            <source>%1: cannot send statements through libpq: %2</source>
            <translation>%1: kan inte skicka satser genom libpq: %2</translation>
        </message>
        <message>
            <source>Qt's driver gives no connection handle</source>
            <translation>Qt:s drivrutin ger inget anslutningshandtag</translation>
        </message>
        <message>
            <source>%1: the connection was lost: %2</source>
            <translation>%1: anslutningen bröts: %2</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::PostgresLocator</name>
        <message>
            <source>%1: not a usable PostgreSQL address: %2. Expected postgresql://USER@HOST:PORT/DATABASE</source>
            <translation>%1: inte en användbar PostgreSQL-adress: %2. Förväntade postgresql://USER@HOST:PORT/DATABASE</translation>
        </message>
        <message>
            <source>it is not of that form</source>
            <translation>den har inte den formen</translation>
        </message>
        <message>
            <source>%1: the address contains a password. A password is never given on the command line or in an address: set PGPASSWORD or put it in ~/.pgpass.</source>
            <translation>%1: adressen innehåller ett lösenord. Ett lösenord anges aldrig på kommandoraden eller i en adress: ange PGPASSWORD eller lägg det i ~/.pgpass.</translation>
        </message>
        <message>
            <source>the port "%1" is not a number from 1 to 65535</source>
            <translation>porten "%1" är inte ett tal från 1 till 65535</translation>
        </message>
        <message>
            <source>the database name is missing</source>
            <translation>databasnamnet saknas</translation>
        </message>
        <message>
            <source>sslmode "%1" is not one of %2</source>
            <translation>sslmode "%1" är inte något av %2</translation>
        </message>
        <message>
            <source>sslrootcert names no file</source>
            <translation>sslrootcert anger ingen fil</translation>
        </message>
        <message>
            <source>"%1" contains a character a PostgreSQL connection cannot carry</source>
            <translation>"%1" innehåller ett tecken som en PostgreSQL-anslutning inte kan hantera</translation>
        </message>
        <message>
            <source>database %1 on the PostgreSQL server %2</source>
            <translation>databasen %1 på PostgreSQL-servern %2</translation>
        </message>
        <message>
            <source>the office "%1" is not a municipality code of four digits</source>
            <translation>kontoret "%1" är inte en kommunkod med fyra siffror</translation>
        </message>
        <message>
            <source>the parameter "%1" is not supported (only sslmode, sslrootcert and office)</source>
            <translation>parametern "%1" stöds inte (bara sslmode, sslrootcert och office)</translation>
        </message>
        <message>
            <source>"%1" is not an office code: give the municipality's code of four digits (SCB), e.g. 0180.</source>
            <translation>"%1" är inte en kontorskod: ange kommunens kod med fyra siffror (SCB), t.ex. 0180.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::PostgresMigrations</name>
        <message>
            <source>%1 holds tables of another program (no Tillsyn schema). Use an empty database for the office.</source>
            <translation>%1 innehåller tabeller från ett annat program (inget Tillsyn-schema). Använd en tom databas för kontoret.</translation>
        </message>
        <message>
            <source>%1 was written by a newer Tillsyn (schema %2, this version knows %3). Update Tillsyn.</source>
            <translation>%1 har skrivits av en nyare version av Tillsyn (schema %2, den här versionen känner till %3). Uppdatera Tillsyn.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::PostgresOfficeRepository</name>
        <message>
            <source>%1 is not an office database (its role is "%2").</source>
            <translation>%1 är inte en kontorsdatabas (dess roll är "%2").</translation>
        </message>
        <message>
            <source>%1: checklist "%2" version %3 already exists with other content. A published version never changes: give the edited checklist the next version number. Nothing was imported.</source>
            <translation>%1: checklistan "%2" version %3 finns redan med annat innehåll. En publicerad version ändras aldrig: ge den redigerade checklistan nästa versionsnummer. Ingenting importerades.</translation>
        </message>
        <message>
            <source>Visit %1 is in more than one office of %2 (%3): act for one of them (--office CODE, or the Office field when opening the database).</source>
            <translation>Besöket %1 finns hos mer än ett kontor i %2 (%3): agera för ett av dem (--office CODE, eller fältet Kontor när databasen öppnas).</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::PostgresPool</name>
        <message>
            <source>%1: there is no role "%2" to make a member of %3. Create the clerk's login role first (CREATE ROLE … LOGIN PASSWORD …). Nothing was changed.</source>
            <translation>%1: det finns ingen roll "%2" att göra till medlem i %3. Skapa handläggarens inloggningsroll först (CREATE ROLE … LOGIN PASSWORD …). Inget ändrades.</translation>
        </message>
        <message>
            <source>%1 is a county pool of the offices %2: name the office you act for with --office CODE (or ?office=CODE in the address).</source>
            <translation>%1 är ett läns gemensamma databas med kontoren %2: ange kontoret du agerar för med --office CODE (eller ?office=CODE i adressen).</translation>
        </message>
        <message>
            <source>%1: the role %2 bypasses row-level security (a superuser or BYPASSRLS role) and would see every office's rows: it cannot act for office %3. Connect as a clerk's role.</source>
            <translation>%1: rollen %2 går förbi radsäkerheten (en superanvändare eller en roll med BYPASSRLS) och skulle se alla kontors rader: den kan inte agera för kontoret %3. Anslut som en handläggares roll.</translation>
        </message>
        <message>
            <source>You are not a member of office %1's role %2 in %3 (you are %4%5), so you cannot act for that office. The county's database administrator adds the office and its clerks with: tillsyn-cli pool add-office %1 --member ROLE.</source>
            <translation>Du är inte medlem i kontoret %1:s roll %2 i %3 (du är %4%5), så du kan inte agera för det kontoret. Länets databasadministratör lägger till kontoret och dess handläggare med: tillsyn-cli pool add-office %1 --member ROLE.</translation>
        </message>
        <message>
            <source>; the role does not exist</source>
            <translation>; rollen finns inte</translation>
        </message>
        <message>
            <source>%1: office %2 already has %3 row(s) of the table %4 with the same key (%5) as rows under no office, but other values (the first: %6). Nothing was changed: decide which rows to keep, then run this again.</source>
            <translation>%1: kontoret %2 har redan %3 rad(er) i tabellen %4 med samma nyckel (%5) som rader utan kontor, men andra värden (den första: %6). Inget ändrades: bestäm vilka rader som ska behållas och kör sedan detta igen.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::storage::SqliteOfficeRepository</name>
        <message>
            <source>%1 is office %2's database: it cannot take office %3's visits (an office database file holds one office; a county's offices share a PostgreSQL pool). Nothing was changed.</source>
            <translation>%1 är kontoret %2:s databas: den kan inte ta emot kontoret %3:s besök (en kontorsdatabasfil rymmer ett kontor; ett läns kontor delar en gemensam databas på PostgreSQL). Inget ändrades.</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::sync</name>
        <message>
            <source>sent</source>
            <translation>skickad</translation>
        </message>
        <message>
            <source>already on the share</source>
            <translation>fanns redan i mappen</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>misslyckades</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>hoppades över</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>uppdaterad</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>oförändrad</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>saknas</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::sync::FolderShare</name>
        <message>
            <source>the disk is full</source>
            <translation>disken är full</translation>
        </message>
        <message>
            <source>the folder is read-only or access is denied</source>
            <translation>mappen är skrivskyddad eller så nekas åtkomst</translation>
        </message>
        <message>
            <source>the folder is not reachable (%1)</source>
            <translation>mappen kan inte nås (%1)</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>the share folder is missing</source>
            <translation>den delade mappen saknas</translation>
        </message>
        <message>
            <source>cannot create the folder</source>
            <translation>kan inte skapa mappen</translation>
        </message>
        <message>
            <source>cannot read</source>
            <translation>kan inte läsa</translation>
        </message>
        <message>
            <source>cannot create a temporary file</source>
            <translation>kan inte skapa en temporär fil</translation>
        </message>
        <message>
            <source>cannot write</source>
            <translation>kan inte skriva</translation>
        </message>
        <message>
            <source>%1: a different file with this name is already there; it was not overwritten</source>
            <translation>%1: en annan fil med samma namn finns redan där; den skrevs inte över</translation>
        </message>
        <message>
            <source>cannot move the file into place</source>
            <translation>kan inte flytta filen på plats</translation>
        </message>
        <message>
            <source>cannot replace the file</source>
            <translation>kan inte ersätta filen</translation>
        </message>
        <message>
            <source>%1: already exists; not overwritten</source>
            <translation>%1: finns redan; skrevs inte över</translation>
        </message>
        <message>
            <source>cannot move %1 here</source>
            <translation>kan inte flytta %1 hit</translation>
        </message>
        <message>
            <source>%1: is a symbolic link, not a folder inside the share; refused, nothing was read or written there</source>
            <translation>%1: är en symbolisk länk, inte en mapp i delningen; avvisad, ingenting lästes eller skrevs där</translation>
        </message>
        <message>
            <source>cannot open the folder</source>
            <translation>kan inte öppna mappen</translation>
        </message>
        <message>
            <source>cannot list the folder</source>
            <translation>kan inte lista mappen</translation>
        </message>
        <message>
            <source>%1: is a symbolic link; not read (a share's files must be in it, not elsewhere)</source>
            <translation>%1: är en symbolisk länk; lästes inte (en delnings filer måste ligga i den, inte någon annanstans)</translation>
        </message>
        <message>
            <source>%1: is not a regular file (a folder, a pipe or a device); not read</source>
            <translation>%1: är inte en vanlig fil (en mapp, en pipe eller en enhet); lästes inte</translation>
        </message>
        <message>
            <source>%1: is larger than the limit of %2 MiB; not read</source>
            <translation>%1: är större än gränsen på %2 MiB; lästes inte</translation>
        </message>
        <message>
            <source>cannot create the file</source>
            <translation>kan inte skapa filen</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::sync::ShareLocation</name>
        <message>
            <source>"%1" is not a valid address</source>
            <translation>"%1" är inte en giltig adress</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::sync::SyncEngine</name>
        <message>
            <source>Fetching facilities</source>
            <translation>Hämtar anläggningar</translation>
        </message>
        <message>
            <source>Fetching checklists</source>
            <translation>Hämtar checklistor</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>Sending %1</source>
            <translation>Skickar %1</translation>
        </message>
        <message>
            <source>%1 was refused: %2 is not a signature (too large). This laptop takes reference data only when signed by an office key it trusts.</source>
            <translation>%1 avvisades: %2 är ingen signatur (för stor). Den här fältdatorn tar bara emot referensdata som är signerad med en kontorsnyckel som den litar på.</translation>
        </message>
        <message>
            <source>%1 was refused: it has no signature (%2 is missing). This laptop takes reference data only when signed by an office key it trusts.</source>
            <translation>%1 avvisades: den har ingen signatur (%2 saknas). Den här fältdatorn tar bara emot referensdata som är signerad med en kontorsnyckel som den litar på.</translation>
        </message>
        <message>
            <source>%1 was refused, nothing was changed: %2</source>
            <translation>%1 avvisades, ingenting ändrades: %2</translation>
        </message>
        <message>
            <source>%1 was refused, nothing was changed: it was published at %2, before the file this computer already has (published at %3). An older file put back on the share is not taken again.</source>
            <translation>%1 avvisades, ingenting ändrades: den publicerades %2, före filen som den här datorn redan har (publicerad %3). En äldre fil som läggs tillbaka i delningen tas inte emot igen.</translation>
        </message>
        <message>
            <source>Fetching open deviations</source>
            <translation>Hämtar öppna avvikelser</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::sync::WebDavShare</name>
        <message>
            <source>%1: the CA file cannot be read: %2</source>
            <translation>%1: CA-filen kan inte läsas: %2</translation>
        </message>
        <message>
            <source>%1: the file holds no certificate</source>
            <translation>%1: filen innehåller inget certifikat</translation>
        </message>
        <message>
            <source>%1: the server did not answer within %2 seconds</source>
            <translation>%1: servern svarade inte inom %2 sekunder</translation>
        </message>
        <message>
            <source>%1: the server's certificate does not verify (%2). Check the address, or give the municipality's CA file.</source>
            <translation>%1: serverns certifikat kan inte verifieras (%2). Kontrollera adressen eller ange kommunens CA-fil.</translation>
        </message>
        <message>
            <source>%1: cancelled</source>
            <translation>%1: avbrutet</translation>
        </message>
        <message>
            <source>%1: the server cannot be reached: %2</source>
            <translation>%1: servern kan inte nås: %2</translation>
        </message>
        <message>
            <source>the user name or password was not accepted (401)</source>
            <translation>användarnamnet eller lösenordet godtogs inte (401)</translation>
        </message>
        <message>
            <source>not found (404)</source>
            <translation>hittades inte (404)</translation>
        </message>
        <message>
            <source>the server reports a conflict (409)</source>
            <translation>servern rapporterar en konflikt (409)</translation>
        </message>
        <message>
            <source>the server answered %1</source>
            <translation>servern svarade %1</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>cannot create the folder</source>
            <translation>kan inte skapa mappen</translation>
        </message>
        <message>
            <source>cannot list the folder</source>
            <translation>kan inte lista mappen</translation>
        </message>
        <message>
            <source>%1: the server's folder listing cannot be read: %2</source>
            <translation>%1: serverns mapplistning kan inte läsas: %2</translation>
        </message>
        <message>
            <source>cannot read</source>
            <translation>kan inte läsa</translation>
        </message>
        <message>
            <source>%1: a different file with this name is already on the server; it was not overwritten</source>
            <translation>%1: en annan fil med samma namn finns redan på servern; den skrevs inte över</translation>
        </message>
        <message>
            <source>cannot send</source>
            <translation>kan inte skicka</translation>
        </message>
        <message>
            <source>cannot replace</source>
            <translation>kan inte ersätta</translation>
        </message>
        <message>
            <source>%1: already exists; not overwritten</source>
            <translation>%1: finns redan; skrevs inte över</translation>
        </message>
        <message>
            <source>cannot move</source>
            <translation>kan inte flytta</translation>
        </message>
        <message>
            <source>%1: a password or token is never sent over an unencrypted connection (http://); use the share's https:// address</source>
            <translation>%1: ett lösenord eller en token skickas aldrig över en okrypterad anslutning (http://); använd delningens https://-adress</translation>
        </message>
        <message>
            <source>%1: the transfer is too slow and was stopped after %2 seconds</source>
            <translation>%1: överföringen är för långsam och stoppades efter %2 sekunder</translation>
        </message>
        <message>
            <source>%1: the server sent more than %2 MB, more than any file of the share may hold; nothing of it was used</source>
            <translation>%1: servern skickade mer än %2 MB, mer än någon fil i delningen får innehålla; ingenting av det användes</translation>
        </message>
        <message>
            <source>%1: the server sent compressed data that was not asked for (%2); nothing of it was used</source>
            <translation>%1: servern skickade komprimerad data som inte begärts (%2); ingenting av den användes</translation>
        </message>
        <message>
            <source>%1: the transfer was cut off (%2 of %3 bytes arrived); it will be tried again</source>
            <translation>%1: överföringen avbröts (%2 av %3 byte kom fram); ett nytt försök görs</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt antal</translation>
        </message>
        <message>
            <source>access is denied (403) to %1; ask IT to give this account access</source>
            <translation>åtkomst nekas (403) till %1; be IT-avdelningen att ge det här kontot åtkomst</translation>
        </message>
        <message>
            <source>the server's upload limit is too small for this file: %1 MB; ask IT to raise it (413)</source>
            <translation>serverns gräns för uppladdning är för liten för den här filen: %1 MB; be IT-avdelningen att höja den (413)</translation>
        </message>
        <message>
            <source>the file is locked on the server (423); try again later</source>
            <translation>filen är låst på servern (423); försök igen senare</translation>
        </message>
        <message>
            <source>the server is out of space (507); ask IT to free space on the share</source>
            <translation>servern har slut på utrymme (507); be IT-avdelningen att frigöra utrymme i delningen</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::visitfile::CaseMembers</name>
        <message>
            <source>must be preparation, travel, inspection, sampling, reporting or other</source>
            <translation>måste vara preparation, travel, inspection, sampling, reporting eller other</translation>
        </message>
        <message>
            <source>is %1 but the time entries add up to %2</source>
            <translation>är %1 men tidsposterna blir sammanlagt %2</translation>
        </message>
        <message>
            <source>must be an RFC 3339 time in UTC, like 2026-11-26T09:15:00Z</source>
            <translation>måste vara en RFC 3339-tid i UTC, t.ex. 2026-11-26T09:15:00Z</translation>
        </message>
        <message>
            <source>is before startedAt</source>
            <translation>ligger före startedAt</translation>
        </message>
        <message>
            <source>must not be present when the operator declined to sign</source>
            <translation>får inte finnas när verksamhetsutövaren avböjde att signera</translation>
        </message>
        <message>
            <source>must be "image/png"</source>
            <translation>måste vara "image/png"</translation>
        </message>
        <message>
            <source>must be 64 lowercase hexadecimal digits</source>
            <translation>måste vara 64 hexadecimala siffror med gemener</translation>
        </message>
        <message>
            <source>holds more than 1 MiB</source>
            <translation>innehåller mer än 1 MiB</translation>
        </message>
        <message>
            <source>is not standard base64</source>
            <translation>är inte standard-base64</translation>
        </message>
        <message>
            <source>says %1 bytes but the data holds %2</source>
            <translation>anger %1 byte men datan innehåller %2</translation>
        </message>
        <message>
            <source>does not match the signature's data (the data hashes to %1)</source>
            <translation>stämmer inte med signaturens data (datan har hashvärdet %1)</translation>
        </message>
        <message>
            <source>is not a PNG image</source>
            <translation>är inte en PNG-bild</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::visitfile::FollowUpMembers</name>
        <message>
            <source>must be a date written YYYY-MM-DD</source>
            <translation>måste vara ett datum skrivet ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>is allowed only on a deviation (the result is "%1")</source>
            <translation>är endast tillåtet för en avvikelse (resultatet är "%1")</translation>
        </message>
        <message>
            <source>is this visit's own id: a visit follows up earlier visits only</source>
            <translation>är det här besökets eget id: ett besök följer bara upp tidigare besök</translation>
        </message>
        <message>
            <source>must be corrected, remains or not_checked</source>
            <translation>måste vara corrected, remains eller not_checked</translation>
        </message>
        <message>
            <source>the deviation %1 of visit %2 is followed up twice</source>
            <translation>avvikelsen %1 från besök %2 följs upp två gånger</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::visitfile::PhotoCheck</name>
        <message>
            <source>is not a JPEG image (its header is broken)</source>
            <translation>är inte en JPEG-bild (filhuvudet är skadat)</translation>
        </message>
        <message>
            <source>is not a PNG image (its header is broken)</source>
            <translation>är inte en PNG-bild (filhuvudet är skadat)</translation>
        </message>
        <message>
            <source>is not a PNG image (it does not end with its IEND chunk)</source>
            <translation>är inte en PNG-bild (den slutar inte med sitt IEND-block)</translation>
        </message>
        <message>
            <source>is neither a JPEG nor a PNG image</source>
            <translation>är varken en JPEG- eller en PNG-bild</translation>
        </message>
        <message>
            <source>is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels</source>
            <translation>är %1 × %2 pixlar (%3 megapixlar); gränsen är %4 megapixlar</translation>
        </message>
    </context>
    <context>
        <name>tillsyn::visitfile::VisitFileReader</name>
        <message>
            <source>must be an RFC 3339 time in UTC, like 2026-11-26T09:15:00Z</source>
            <translation>måste vara en RFC 3339-tid i UTC, t.ex. 2026-11-26T09:15:00Z</translation>
        </message>
        <message>
            <source>must be "image/jpeg" or "image/png"</source>
            <translation>måste vara "image/jpeg" eller "image/png"</translation>
        </message>
        <message>
            <source>must be 64 lowercase hexadecimal digits</source>
            <translation>måste vara 64 hexadecimala siffror med gemener</translation>
        </message>
        <message>
            <source>is not standard base64</source>
            <translation>är inte standard-base64</translation>
        </message>
        <message>
            <source>says %1 bytes but the data holds %2</source>
            <translation>anger %1 byte men datan innehåller %2</translation>
        </message>
        <message>
            <source>does not match the photo's data (the data hashes to %1)</source>
            <translation>stämmer inte med fotots data (datan har hashvärdet %1)</translation>
        </message>
        <message>
            <source>is not a %1 image</source>
            <translation>är inte en %1-bild</translation>
        </message>
        <message>
            <source>must be below revision (%1)</source>
            <translation>måste vara lägre än revision (%1)</translation>
        </message>
        <message>
            <source>is before startedAt</source>
            <translation>ligger före startedAt</translation>
        </message>
        <message>
            <source>must name at least one inspector</source>
            <translation>måste ange minst en inspektör</translation>
        </message>
        <message>
            <source>must be planned, follow_up, complaint, incident or other</source>
            <translation>måste vara planned, follow_up, complaint, incident eller other</translation>
        </message>
        <message>
            <source>holds %1 photos; the limit is %2</source>
            <translation>innehåller %1 foton; gränsen är %2</translation>
        </message>
        <message>
            <source>"%1" is used by another photo</source>
            <translation>"%1" används av ett annat foto</translation>
        </message>
        <message>
            <source>holds %1 answers; the limit is %2</source>
            <translation>innehåller %1 svar; gränsen är %2</translation>
        </message>
        <message>
            <source>"%1" is answered twice</source>
            <translation>"%1" är besvarad två gånger</translation>
        </message>
        <message>
            <source>must be ok, deviation, not_checked or not_applicable</source>
            <translation>måste vara ok, deviation, not_checked eller not_applicable</translation>
        </message>
        <message>
            <source>must be a photo id</source>
            <translation>måste vara ett foto-id</translation>
        </message>
        <message>
            <source>names the photo "%1", which is not in the file</source>
            <translation>anger fotot "%1", som inte finns i filen</translation>
        </message>
        <message>
            <source>must be a capital letter and two digits, like J08</source>
            <translation>måste vara en versal och två siffror, t.ex. J08</translation>
        </message>
    </context>
</TS>