-- A Tillsyn database at schema version 1 (core/storage/migrations.cpp, step 1), used by
-- tests/core/storage/migration_test.cpp to check the upgrade to the latest version.
-- Regenerate with:  rm -f tillsyn-v1.db && sqlite3 tillsyn-v1.db < tillsyn-v1.sql
CREATE TABLE facility ( num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', risk_class INTEGER, operator_name TEXT NOT NULL DEFAULT '', org_number TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1);
CREATE INDEX facility_name ON facility(name);
CREATE TABLE checklist ( id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), title TEXT NOT NULL, area TEXT NOT NULL CHECK (area IN ('food','health','environment')), PRIMARY KEY (id, version));
CREATE TABLE checklist_section ( checklist_id TEXT NOT NULL, checklist_version INTEGER NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, PRIMARY KEY (checklist_id, checklist_version, position), FOREIGN KEY (checklist_id, checklist_version)  REFERENCES checklist(id, version) ON DELETE CASCADE);
CREATE TABLE checklist_item ( checklist_id TEXT NOT NULL, checklist_version INTEGER NOT NULL, section_position INTEGER NOT NULL, position INTEGER NOT NULL, item_id TEXT NOT NULL, text TEXT NOT NULL, guidance TEXT NOT NULL DEFAULT '', legal_reference TEXT NOT NULL DEFAULT '', PRIMARY KEY (checklist_id, checklist_version, item_id), FOREIGN KEY (checklist_id, checklist_version, section_position)  REFERENCES checklist_section(checklist_id, checklist_version,  position) ON DELETE CASCADE);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT);

INSERT INTO facility (id, name, address, postal_code, city, category, risk_class, operator_name,
                      org_number, contact_name, phone, email, active)
VALUES ('v1-001', 'Konditori Kanelbullen', 'Storgatan 1', '123 45', 'Ödeshög', 'Café', 3,
        'Kanelbullen AB', '556677-8899', 'Anna Svensson', '0144-123 45', 'anna@example.se', 1),
       ('v1-002', 'Frisörsalong Saxen', 'Kungsvägen 7', '123 46', 'Ödeshög', 'Frisör', NULL,
        'Saxen HB', '969712-3454', '', '', '', 1),
       ('v1-003', 'Bilverkstad Motorn', 'Industrivägen 12', '123 47', 'Mjölby', 'Bilverkstad', 2,
        'Motorn i Mjölby AB', '556123-4567', '', '', '', 0);

INSERT INTO checklist (id, version, title, area) VALUES ('v1-lista', 1, 'Testlista', 'food');
INSERT INTO checklist_section (checklist_id, checklist_version, position, title)
VALUES ('v1-lista', 1, 0, 'Lokaler'), ('v1-lista', 1, 1, 'Hantering');
INSERT INTO checklist_item (checklist_id, checklist_version, section_position, position, item_id,
                            text, guidance, legal_reference)
VALUES ('v1-lista', 1, 0, 0, 'lokal-1', 'Lokalerna är rena', 'Titta på golv och väggar.', ''),
       ('v1-lista', 1, 0, 1, 'lokal-2', 'Handtvätt finns', 'Tvål och papper ska finnas.',
        'förordning (EG) nr 852/2004'),
       ('v1-lista', 1, 1, 2, 'hant-1', 'Kylvaror hålls kalla', 'Mät temperaturen.', '');

PRAGMA user_version = 1;
