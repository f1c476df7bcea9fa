<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>main</name>
    <message>
        <source>Usage: tillsyn-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tillsyn-cli COMMAND --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tillsyn-cli %1 --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tillsyn-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::cli::ChecklistCommands</name>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 checklist version(s) added, %3 already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the newest version of every checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import checklists from a tillsyn-checklists JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::cli::Cli</name>
    <message>
        <source>expected exactly one %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::cli::FacilityCommands</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or search facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only facilities whose name, operator, org. number, address or city contain words starting with TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deactivated facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import facilities from a tillsyn-facilities JSON file or a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::cli::SetupCommands</name>
    <message>
        <source>Database ready with the shipped checklists and demo facilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready with the shipped checklists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database and install the shipped checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the fictional demo facilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::ChecklistTreeModel</name>
    <message>
        <source>version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::ChecklistsPage</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::FacilitiesPage</name>
    <message>
        <source>Search by name, operator, org. number, address or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::FacilityDetailsView</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::FacilityListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::desktop::MainWindow</name>
    <message>
        <source>Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;facilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility lists (*.json *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities imported: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists imported: %1 added, %2 already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tillsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tillsyn %1&lt;/h3&gt;&lt;p&gt;Offline-first inspections for municipal environmental, health and food control.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::domain</name>
    <message>
        <source>Food control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::json::ObjectReader</name>
    <message>
        <source>%1: member &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 128 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not known to this version of Tillsyn (it reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::json::StrictJson</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than the limit of %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is longer than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone surrogate (\u%1) is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::reference::ChecklistsFile</name>
    <message>
        <source>must be &quot;food&quot;, &quot;health&quot; or &quot;environment&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another item of this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an RFC 3339 time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist &quot;%1&quot; version %2 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::reference::FacilitiesFile</name>
    <message>
        <source>the id &quot;%1&quot; must be 1 to 128 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid organisation number (NNNNNN-NNNN with a correct check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk class must be between 1 and 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an RFC 3339 time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::reference::FacilityCsv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row and one row per facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: the header lacks the required column(s) %2 (also accepted: Objekt-ID, Namn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the risk class &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the id &quot;%2&quot; appears on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have errors; nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tillsyn::reference::Importer</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::storage::ChecklistStore</name>
    <message>
        <source>%1: checklist &quot;%2&quot; version %3 already exists with other content. A published version never changes: give the edited checklist the next version number. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tillsyn::storage::Database</name>
    <message>
        <source>%1: the database cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database lies on a network file system (%2). SQLite cannot keep it safe there: a crash or a second computer could corrupt it. Keep the database on this computer&apos;s own disk (use --db with a local path); use the network folder only as a sync share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a Tillsyn database (not an SQLite file). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database was created by a newer version of Tillsyn (schema version %2; this version knows up to %3). Install the newer Tillsyn to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a readable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database error: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
