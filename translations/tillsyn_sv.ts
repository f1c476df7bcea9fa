<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>the user&apos;s data folder</source>
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
        <source>tillsyn-cli: unknown command &quot;%1&quot;</source>
        <translation>tillsyn-cli: okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tillsyn</source>
        <translation>Tillsyn</translation>
    </message>
    <message>
        <source>The database file (default: the user&apos;s data folder).</source>
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
        <source>Print &quot;shown&quot; when the window is first on screen, then quit (for benchmarks).</source>
        <translation>Skriv ut &quot;shown&quot; när fönstret först visas på skärmen och avsluta sedan (för prestandamätning).</translation>
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
        <source>Import facilities from a tillsyn-facilities JSON file or a CSV file with a header row.</source>
        <translation>Importera anläggningar från en JSON-fil i formatet tillsyn-facilities eller en CSV-fil med rubrikrad.</translation>
    </message>
</context>
<context>
    <name>tillsyn::cli::SetupCommands</name>
    <message>
        <source>Database ready with the shipped checklists and demo facilities: %1</source>
        <translation>Databasen är klar med de medföljande checklistorna och demoanläggningarna: %1</translation>
    </message>
    <message>
        <source>Database ready with the shipped checklists: %1</source>
        <translation>Databasen är klar med de medföljande checklistorna: %1</translation>
    </message>
    <message>
        <source>Create or upgrade the database and install the shipped checklists.</source>
        <translation>Skapa eller uppgradera databasen och installera de medföljande checklistorna.</translation>
    </message>
    <message>
        <source>Also add the fictional demo facilities.</source>
        <translation>Lägg även till de fiktiva demoanläggningarna.</translation>
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
        <source>Unknown visit &quot;%1&quot;.</source>
        <translation>Okänt besök &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Visit %1, revision %2 (%3), %4 of %5 answered, %6 deviation(s), %7 min</source>
        <translation>Besök %1, revision %2 (%3), %4 av %5 besvarade, %6 avvikelse(r), %7 min</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>%1/%2 answered, %3 deviation(s)</source>
        <translation>%1/%2 besvarade, %3 avvikelse(r)</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Besökets id.</translation>
    </message>
    <message>
        <source>Start a visit; prints the new visit&apos;s id.</source>
        <translation>Påbörja ett besök; skriver ut det nya besökets id.</translation>
    </message>
    <message>
        <source>The facility&apos;s id.</source>
        <translation>Anläggningens id.</translation>
    </message>
    <message>
        <source>The checklist&apos;s id.</source>
        <translation>Checklistans id.</translation>
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
        <source>An inspector&apos;s name; repeat for colleagues (default: the current user).</source>
        <translation>En inspektörs namn; upprepa för kollegor (standard: den aktuella användaren).</translation>
    </message>
    <message>
        <source>Answer one item of a draft visit.</source>
        <translation>Besvara en punkt i ett besöksutkast.</translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
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
        <source>Attach a photo to an item; prints the photo&apos;s id.</source>
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
        <source>Set the minutes spent on a visit.</source>
        <translation>Ange tidsåtgång i minuter för ett besök.</translation>
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
        <source>Show a visit&apos;s current revision.</source>
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
        <source>Only this facility&apos;s visits.</source>
        <translation>Endast den här anläggningens besök.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Skriv ut en JSON-array.</translation>
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
</context>
<context>
    <name>tillsyn::desktop::FinishVisitDialog</name>
    <message>
        <source>Finish visit</source>
        <translation>Avsluta besöket</translation>
    </message>
    <message>
        <source>%1 — %2
%3 of %4 items answered, %5 deviation(s), %6 minutes.
Summary: %7</source>
        <translation>%1 — %2
%3 av %4 punkter besvarade, %5 avvikelse(r), %6 minuter.
Sammanfattning: %7</translation>
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
        <source>Facilities imported: %1 added, %2 updated, %3 unchanged</source>
        <translation>Anläggningar importerade: %1 tillagda, %2 uppdaterade, %3 oförändrade</translation>
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
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.heic *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <source>Caption of the photo:</source>
        <translation>Fotots bildtext:</translation>
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
    <name>tillsyn::desktop::VisitAnswersModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
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
        <source>Time spent; counts up by itself while the visit is open</source>
        <translation>Tidsåtgång; räknas upp automatiskt medan besöket är öppet</translation>
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
        <translation>Planerat</translation>
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
</context>
<context>
    <name>tillsyn::field::PhotoImport</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: not an image Tillsyn can read (use JPEG or PNG)</source>
        <translation>%1: inte en bild som Tillsyn kan läsa (använd JPEG eller PNG)</translation>
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
</context>
<context>
    <name>tillsyn::field::VisitLifecycle</name>
    <message>
        <source>Unknown facility &quot;%1&quot;.</source>
        <translation>Okänd anläggning &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown checklist &quot;%1&quot; version %2.</source>
        <translation>Okänd checklista &quot;%1&quot; version %2.</translation>
    </message>
    <message>
        <source>Unknown checklist &quot;%1&quot;.</source>
        <translation>Okänd checklista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A visit needs at least one inspector.</source>
        <translation>Ett besök behöver minst en inspektör.</translation>
    </message>
    <message>
        <source>Unknown visit &quot;%1&quot;.</source>
        <translation>Okänt besök &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Visit %1 revision %2 is finished and cannot be changed. Reopen it to make revision %3.</source>
        <translation>Besök %1 revision %2 är avslutat och kan inte ändras. Öppna det igen för att skapa revision %3.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is not part of the checklist of visit %2.</source>
        <translation>Punkten &quot;%1&quot; ingår inte i checklistan för besök %2.</translation>
    </message>
    <message>
        <source>A visit can hold at most 200 photos.</source>
        <translation>Ett besök kan ha högst 200 foton.</translation>
    </message>
    <message>
        <source>Visit %1 has no photo &quot;%2&quot;.</source>
        <translation>Besök %1 har inget foto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The time spent must be between 0 and 100000 minutes.</source>
        <translation>Tidsåtgången måste vara mellan 0 och 100000 minuter.</translation>
    </message>
    <message>
        <source>Visit %1 is already open as revision %2.</source>
        <translation>Besök %1 är redan öppet som revision %2.</translation>
    </message>
</context>
<context>
    <name>tillsyn::json::ObjectReader</name>
    <message>
        <source>%1: member &quot;%2&quot;: %3</source>
        <translation>%1: fältet &quot;%2&quot;: %3</translation>
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
        <source>must be 1 to 128 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>måste vara 1 till 128 tecken av A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
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
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>är &quot;%1&quot;, förväntade &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be the string &quot;%1&quot;</source>
        <translation>måste vara strängen &quot;%1&quot;</translation>
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
        <source>the member &quot;%1&quot; appears twice in one object</source>
        <translation>fältet &quot;%1&quot; förekommer två gånger i samma objekt</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>förväntade &apos;:&apos; efter ett fältnamn</translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object</source>
        <translation>oväntat slut på dokumentet inuti ett objekt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>förväntade &apos;,&apos; eller &apos;}&apos; i ett objekt</translation>
    </message>
    <message>
        <source>unexpected end of the document inside an array</source>
        <translation>oväntat slut på dokumentet inuti en array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>förväntade &apos;,&apos; eller &apos;]&apos; i en array</translation>
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
</context>
<context>
    <name>tillsyn::reference::ChecklistsFile</name>
    <message>
        <source>must be &quot;food&quot;, &quot;health&quot; or &quot;environment&quot;</source>
        <translation>måste vara &quot;food&quot;, &quot;health&quot; eller &quot;environment&quot;</translation>
    </message>
    <message>
        <source>must hold at least one section</source>
        <translation>måste innehålla minst ett avsnitt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another item of this checklist</source>
        <translation>&quot;%1&quot; används av en annan punkt i den här checklistan</translation>
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
        <source>checklist &quot;%1&quot; version %2 appears twice in the file</source>
        <translation>checklistan &quot;%1&quot; version %2 förekommer två gånger i filen</translation>
    </message>
</context>
<context>
    <name>tillsyn::reference::FacilitiesFile</name>
    <message>
        <source>the id &quot;%1&quot; must be 1 to 128 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>id:t &quot;%1&quot; måste vara 1 till 128 tecken av A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>namnet är tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid organisation number (NNNNNN-NNNN with a correct check digit)</source>
        <translation>&quot;%1&quot; är inte ett giltigt organisationsnummer (NNNNNN-NNNN med korrekt kontrollsiffra)</translation>
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
        <source>&quot;%1&quot; is used by another facility</source>
        <translation>&quot;%1&quot; används av en annan anläggning</translation>
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
        <source>line %1: the risk class &quot;%2&quot; is not a number</source>
        <translation>rad %1: riskklassen &quot;%2&quot; är inte ett tal</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>line %1: the id &quot;%2&quot; appears on an earlier line</source>
        <translation>rad %1: id:t &quot;%2&quot; förekommer på en tidigare rad</translation>
    </message>
    <message>
        <source>%1: rows with errors: %2; nothing was imported</source>
        <translation>%1: rader med fel: %2; ingenting importerades</translation>
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
    <name>tillsyn::storage::ChecklistStore</name>
    <message>
        <source>%1: checklist &quot;%2&quot; version %3 already exists with other content. A published version never changes: give the edited checklist the next version number. Nothing was imported.</source>
        <translation>%1: checklistan &quot;%2&quot; version %3 finns redan med annat innehåll. En publicerad version ändras aldrig: ge den redigerade checklistan nästa versionsnummer. Ingenting importerades.</translation>
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
        <source>%1: the database lies on a network file system (%2). SQLite cannot keep it safe there: a crash or a second computer could corrupt it. Keep the database on this computer&apos;s own disk (use --db with a local path); use the network folder only as a sync share.</source>
        <translation>%1: databasen ligger på ett nätverksfilsystem (%2). SQLite kan inte skydda den där: en krasch eller en annan dator kan skada den. Ha databasen på den här datorns egen disk (använd --db med en lokal sökväg); använd nätverksmappen endast som delad mapp för synkronisering.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: filen kan inte läsas: %2</translation>
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
</context>
</TS>
