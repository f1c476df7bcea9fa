#include "sqliteofficerepository.h"

#include "storage/postgres/postgreslocator.h"

#include "deviationclosurestore.h"

#include "database.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tillsyn::storage {

using namespace tillsyn::domain;

namespace {

// The stored times are UTC ISO text, so a local day's bounds compare as text.
QString utcText(const QDate &localDay)
{
    return localDay.startOfDay().toUTC().toString(Qt::ISODate);
}

// A list of values bound as one parameter (no limit on bound values), for `IN (SELECT value
// FROM json_each(?))`.
QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

struct Token
{
    QByteArrayView text;
    Result result;
};

// The results as stored. None is a suffix of another, so "<item id><result>" splits one way only.
constexpr Token kTokens[] = {{"ok", Result::Ok},
                             {"deviation", Result::Deviation},
                             {"not_checked", Result::NotChecked},
                             {"not_applicable", Result::NotApplicable}};

// Splits "<item id><result>"; false for anything else (the merge stores nothing else).
bool splitItem(QByteArrayView entry, ScannedAnswer *answer)
{
    for (const Token &t : kTokens) {
        if (entry.size() > t.text.size() && entry.endsWith(t.text)) {
            answer->itemId = entry.first(entry.size() - t.text.size());
            answer->result = t.result;
            return true;
        }
    }
    return false;
}

bool resultFrom(QByteArrayView token, ScannedAnswer *answer)
{
    for (const Token &t : kTokens) {
        if (token == t.text) {
            answer->result = t.result;
            return true;
        }
    }
    return false;
}

// Why not GROUP BY over the answers: SQLite groups by sorting, and sorting two million answer
// rows takes it several seconds. The scan walks each selected visit's answers in one range of
// the covering index office_answer(visit_id, item_id, result) and concatenates them (no sort,
// no table lookups); the statistics tally them in a hash, a small fraction of the time.
QString answersColumn(ScanAnswers answers)
{
    // Item ids are [A-Za-z0-9._-], so ',' and ' ' cannot occur in them or in a result; the
    // section, which is free text, is hex-encoded. No separator between an item id and its
    // result: one concatenation less per answer is a quarter of the query's time. The list is
    // read as bytes (all of it is ASCII), which spares converting it to UTF-16.
    QString entry;
    switch (answers) {
    case ScanAnswers::None:
        return QStringLiteral("NULL");
    case ScanAnswers::Results:
        entry = QStringLiteral("a.result");
        break;
    case ScanAnswers::Items:
        entry = QStringLiteral("a.item_id || a.result");
        break;
    case ScanAnswers::ItemsAndSections:
        entry = QStringLiteral("a.item_id || a.result || ' ' || hex(a.section)");
        break;
    }
    return QStringLiteral("CAST((SELECT group_concat(%1) FROM office_answer a"
                          " WHERE a.visit_id = v.visit_id) AS BLOB)")
        .arg(entry);
}

const QString kRejectedColumns = QStringLiteral(
    "file_name, reason, rejected_at, share, content_hash, stored_as, id FROM office_rejected");

std::vector<RejectedFile> rejectedFrom(QSqlQuery &q)
{
    std::vector<RejectedFile> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), Database::timeFrom(q.value(2)),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toLongLong()});
    return out;
}

class CheckpointBatch : public OfficeRepository::WriteBatch
{
public:
    // A run commits one small transaction per file. SQLite checkpoints the WAL into the database
    // every 1,000 pages (about 4 MB) by default, each time with two fsyncs; during a run it does
    // so every 10,000 pages, and once at the end. The connection's setting is restored after.
    explicit CheckpointBatch(Database &db)
        : m_db(db)
    {
        QSqlQuery q = db.prepare(QStringLiteral("PRAGMA wal_autocheckpoint"));
        db.exec(q);
        m_before = q.next() ? q.value(0).toInt() : 1000;
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=10000"));
    }
    ~CheckpointBatch() override
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_before));
            m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const Error &) {
            // Only a performance setting: the data is committed either way.
        }
    }

private:
    Database &m_db;
    int m_before = 1000;
};

} // namespace

SqliteOfficeRepository::SqliteOfficeRepository(const QString &path)
    : m_owned(std::make_unique<Database>(path))
    , m_db(*m_owned)
{}

SqliteOfficeRepository::SqliteOfficeRepository(Database &db)
    : m_db(db)
{}

SqliteOfficeRepository::~SqliteOfficeRepository()
{
    // The statements belong to the connection: finished before it may close.
    m_statements.clear();
}

QString SqliteOfficeRepository::describe() const
{
    return m_db.path();
}

QSqlQuery &SqliteOfficeRepository::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db.prepare(sql)).first;
    return it->second;
}

QSqlQuery SqliteOfficeRepository::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    Database::bindAll(q, binds);
    m_db.exec(q);
    return q;
}

void SqliteOfficeRepository::transaction(const std::function<void()> &work)
{
    // SQLite has one writer: BEGIN IMMEDIATE takes the write lock before anything is read, so
    // the work's reads and writes see no other writer; nothing to retry.
    Transaction tx(m_db);
    work();
    tx.commit();
}

void SqliteOfficeRepository::inVisitTransaction(const QString &, const std::function<void()> &work)
{
    transaction(work);
}

void SqliteOfficeRepository::inTransaction(const std::function<void()> &work)
{
    transaction(work);
}

std::unique_ptr<OfficeRepository::WriteBatch> SqliteOfficeRepository::beginWriteBatch()
{
    return std::make_unique<CheckpointBatch>(m_db);
}

OfficeRepository::SessionOpener SqliteOfficeRepository::sessionOpener() const
{
    // One writer at a time: a second session would wait for this one's lock, file by file.
    return {};
}

void SqliteOfficeRepository::makeDurable()
{
    // The database runs with synchronous=NORMAL: a commit survives the program's crash at once,
    // a power cut only once the write-ahead log is synced. One commit with synchronous=FULL
    // syncs the log, and with it every commit before it (this run's and any other's).
    // The commit must change a byte: SQLite writes nothing for a row rewritten with the same
    // value (as the role was, once a merge had set it), and a commit without pages is not
    // synced. The power-cut test (tests/core/durability) found that.
    m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    try {
        Transaction tx(m_db);
        m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('merge-syncs', '1')"
                                 " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER)"
                                 " + 1"));
        tx.commit();
    } catch (...) {
        m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        throw;
    }
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void SqliteOfficeRepository::checkIntegrity()
{
    m_db.checkIntegrity();
}

void SqliteOfficeRepository::requireOffice()
{
    m_db.requireOffice();
}

void SqliteOfficeRepository::setOfficeRole()
{
    m_db.setRole(Database::Role::Office);
}

QString SqliteOfficeRepository::setting(const QString &key)
{
    return m_db.setting(key);
}

void SqliteOfficeRepository::setSetting(const QString &key, const QString &value)
{
    m_db.setSetting(key, value);
}

void SqliteOfficeRepository::removeSetting(const QString &key)
{
    run(QStringLiteral("DELETE FROM setting WHERE key = ?"), {key});
}

std::map<QString, QString> SqliteOfficeRepository::settings(const QString &prefix)
{
    // substr rather than LIKE: a key may hold '%' or '_'.
    QSqlQuery q = run(QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?"
                                     " ORDER BY key"),
                      {int(prefix.size()), prefix});
    std::map<QString, QString> out;
    while (q.next())
        out.emplace(q.value(0).toString(), q.value(1).toString());
    return out;
}

QStringList SqliteOfficeRepository::offices()
{
    const QString code = setting(QStringLiteral("office_code"));
    return {code.isNull() ? QStringLiteral("") : code};
}

QStringList SqliteOfficeRepository::officesOf(const QString &visitId)
{
    // A file holds one office.
    return revisions(visitId).empty() ? QStringList() : offices();
}

void SqliteOfficeRepository::actFor(const QString &office)
{
    // A file is one office's: the first code given names it, another is refused (a county's
    // offices share a PostgreSQL pool instead).
    if (office.isEmpty())
        return;
    PostgresLocator::requireOfficeCode(office);
    requireOffice(); // a field database has no office to name
    const QString recorded = setting(QStringLiteral("office_code"));
    if (recorded.isEmpty()) {
        setSetting(QStringLiteral("office_code"), office);
        return;
    }
    if (recorded != office)
        throw Error(tr("%1 is office %2's database: it cannot take office %3's visits (an "
                       "office database file holds one office; a county's offices share a "
                       "PostgreSQL pool). Nothing was changed.")
                        .arg(describe(), recorded, office));
}

std::vector<OfficeRevision> SqliteOfficeRepository::revisions(const QString &visitId)
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT revision, base_revision, content_hash, set_aside, file_name, merged_at, finished_at"
        " FROM office_revision WHERE visit_id = ? ORDER BY revision, merged_at, content_hash"));
    q.bindValue(0, visitId);
    m_db.exec(q);
    std::vector<OfficeRevision> out;
    while (q.next()) {
        out.push_back(
            {{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool()},
             q.value(4).toString(),
             Database::timeFrom(q.value(5)),
             Database::timeFrom(q.value(6))});
    }
    q.finish();
    return out;
}

void SqliteOfficeRepository::insertRevision(const Visit &v, const QString &contentHash,
                                            const QString &fileName, const QByteArray &bytes,
                                            const QDateTime &mergedAt)
{
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO office_revision (visit_id, revision, base_revision, content_hash, file_name,"
        " bytes, merged_at, finished_at) VALUES (?,?,?,?,?,?,?,?)"));
    Database::bindAll(q, {v.visitId, v.revision, v.baseRevision, contentHash, fileName, bytes,
                          Database::timeText(mergedAt), Database::timeText(v.finishedAt)});
    m_db.exec(q);
}

QByteArray SqliteOfficeRepository::revisionBytes(const QString &visitId, int revision,
                                                 const QString &contentHash)
{
    QSqlQuery q = run(QStringLiteral("SELECT bytes FROM office_revision WHERE visit_id = ? AND"
                                     " revision = ? AND content_hash = ?"),
                      {visitId, revision, contentHash});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void SqliteOfficeRepository::setAside(const QString &visitId, int revision,
                                      const QString &contentHash, bool aside)
{
    run(QStringLiteral("UPDATE office_revision SET set_aside = ? WHERE visit_id = ? AND"
                       " revision = ? AND content_hash = ?"),
        {aside ? 1 : 0, visitId, revision, contentHash});
}

bool SqliteOfficeRepository::hasVisits()
{
    QSqlQuery q = run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM office_revision)"), {});
    return q.next() && q.value(0).toBool();
}

QStringList SqliteOfficeRepository::visitIds()
{
    QSqlQuery q =
        run(QStringLiteral("SELECT DISTINCT visit_id FROM office_revision ORDER BY visit_id"), {});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void SqliteOfficeRepository::clearCurrent(const QString &visitId)
{
    QSqlQuery &drop = statement(QStringLiteral("DELETE FROM office_visit WHERE visit_id = ?"));
    drop.bindValue(0, visitId);
    m_db.exec(drop);
}

void SqliteOfficeRepository::writeCurrent(const QString &visitId, const CurrentRevision &current,
                                          const Visit &v)
{
    // office_answer rows go with their office_visit row (ON DELETE CASCADE).
    clearCurrent(visitId);
    QStringList inspectors;
    for (const Inspector &i : v.inspectors)
        inspectors.append(i.name);
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO office_visit (visit_id, revision, content_hash, in_conflict, facility_id,"
        " facility_name, facility_category, checklist_id, checklist_version, checklist_title, kind,"
        " announced, inspectors, started_at, finished_at, minutes_spent, deviations)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Database::bindAll(q, {visitId, current.revision, current.contentHash,
                          current.inConflict ? 1 : 0, v.facility.id, v.facility.name,
                          v.facility.category, v.checklist.id, v.checklist.version,
                          v.checklist.title, toString(v.kind), v.announced ? 1 : 0,
                          inspectors.join(QStringLiteral(", ")), Database::timeText(v.startedAt),
                          Database::timeText(v.finishedAt), v.minutesSpent, v.deviationCount()});
    m_db.exec(q);
    QSqlQuery &answer = statement(QStringLiteral(
        "INSERT INTO office_answer (visit_id, position, item_id, section, text, legal_reference,"
        " result, comment, control_area) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < int(v.answers.size()); ++i) {
        const Answer &a = v.answers[size_t(i)];
        Database::bindAll(answer, {visitId, i, a.itemId, a.section, a.text, a.legalReference,
                                   toString(a.result.value_or(Result::NotChecked)), a.comment,
                                   a.controlArea});
        m_db.exec(answer);
    }
}

std::optional<StoredFile> SqliteOfficeRepository::currentFile(const QString &visitId)
{
    QSqlQuery q = run(QStringLiteral(
                          "SELECT r.file_name, r.bytes FROM office_visit v JOIN office_revision r"
                          " ON r.visit_id = v.visit_id AND r.revision = v.revision AND"
                          " r.content_hash = v.content_hash WHERE v.visit_id = ?"),
                      {visitId});
    if (!q.next())
        return std::nullopt;
    return StoredFile{q.value(0).toString(), q.value(1).toByteArray()};
}

void SqliteOfficeRepository::eachCurrentFile(
    const VisitFilter &filter, const std::function<void(const QString &, const StoredFile &)> &each)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = run(QStringLiteral("SELECT v.visit_id, r.file_name, r.bytes FROM office_visit v"
                                     " JOIN office_revision r ON r.visit_id = v.visit_id AND"
                                     " r.revision = v.revision AND r.content_hash ="
                                     " v.content_hash WHERE %1 ORDER BY v.finished_at DESC,"
                                     " v.visit_id")
                          .arg(where),
                      binds);
    while (q.next())
        each(q.value(0).toString(), StoredFile{q.value(1).toString(), q.value(2).toByteArray()});
}

QStringList SqliteOfficeRepository::distinctMatching(const QString &column, const QString &part,
                                                     bool perName)
{
    // There are few distinct values (facilities, checklists, inspector lists), so they are
    // matched here.
    QSqlQuery q = run(QStringLiteral("SELECT DISTINCT %1 FROM office_visit").arg(column), {});
    QStringList matching;
    while (q.next()) {
        const QString value = q.value(0).toString();
        // office_visit.inspectors holds the names joined by ", ": a part of one name matches.
        const QStringList names = perName ? value.split(QStringLiteral(", ")) : QStringList{value};
        for (const QString &name : names) {
            if (name.contains(part, Qt::CaseInsensitive)) {
                matching.append(value);
                break;
            }
        }
    }
    return matching;
}

QString SqliteOfficeRepository::conditions(const VisitFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("1")};
    if (f.conflicts == VisitFilter::Conflicts::Excluded)
        where << QStringLiteral("v.in_conflict = 0");
    else if (f.conflicts == VisitFilter::Conflicts::Only)
        where << QStringLiteral("v.in_conflict = 1");
    if (f.from.isValid()) {
        where << QStringLiteral("v.finished_at >= ?");
        binds->append(utcText(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("v.finished_at < ?");
        binds->append(utcText(f.to.addDays(1)));
    }
    if (!f.checklistId.isEmpty()) {
        where << QStringLiteral("v.checklist_id = ?");
        binds->append(f.checklistId);
    }
    if (f.area) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM checklist c WHERE c.id = v.checklist_id AND c.area = ?)");
        binds->append(domain::areaToString(*f.area));
    }
    if (f.category) {
        where << QStringLiteral("v.facility_category = ?");
        binds->append(Database::text(*f.category));
    }
    if (f.kind) {
        where << QStringLiteral("v.kind = ?");
        binds->append(domain::toString(*f.kind));
    }
    if (!f.facilityId.isEmpty()) {
        where << QStringLiteral("v.facility_id = ?");
        binds->append(f.facilityId);
    }
    if (f.deviationsOnly)
        where << QStringLiteral("v.deviations > 0");
    const auto oneOf = [&](const QString &column, const QStringList &values,
                           const QString &orExactly) {
        binds->append(jsonList(values));
        if (orExactly.isNull())
            return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
        return QStringLiteral("(%1 IN (SELECT value FROM json_each(?)) OR %2 = ?)")
            .arg(column, orExactly);
    };
    if (!f.inspector.isEmpty())
        where << oneOf(QStringLiteral("v.inspectors"),
                       distinctMatching(QStringLiteral("inspectors"), f.inspector, true), {});
    if (!f.facility.isEmpty()) {
        where << oneOf(QStringLiteral("v.facility_name"),
                       distinctMatching(QStringLiteral("facility_name"), f.facility, false),
                       QStringLiteral("v.facility_id"));
        binds->append(f.facility);
    }
    if (!f.checklist.isEmpty()) {
        where << oneOf(QStringLiteral("v.checklist_title"),
                       distinctMatching(QStringLiteral("checklist_title"), f.checklist, false),
                       QStringLiteral("v.checklist_id"));
        binds->append(f.checklist);
    }
    return where.join(QStringLiteral(" AND "));
}

std::vector<OfficeVisitSummary> SqliteOfficeRepository::visitSummaries(const VisitFilter &filter)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = run(
        QStringLiteral(
            "SELECT v.visit_id, v.revision, v.in_conflict, v.facility_id, v.facility_name,"
            " v.checklist_id, v.checklist_title, v.kind, v.inspectors, v.started_at, v.finished_at,"
            " v.deviations, (SELECT group_concat(revision) FROM (SELECT DISTINCT revision FROM"
            " office_revision r WHERE r.visit_id = v.visit_id ORDER BY revision))"
            " FROM office_visit v WHERE %1 ORDER BY v.finished_at DESC, v.visit_id")
            .arg(where),
        binds);
    std::vector<OfficeVisitSummary> out;
    while (q.next()) {
        OfficeVisitSummary s;
        s.visitId = q.value(0).toString();
        s.revision = q.value(1).toInt();
        s.inConflict = q.value(2).toBool();
        s.facilityId = q.value(3).toString();
        s.facilityName = q.value(4).toString();
        s.checklistId = q.value(5).toString();
        s.checklistTitle = q.value(6).toString();
        fromString(q.value(7).toString(), &s.kind);
        s.inspectors = q.value(8).toString();
        s.startedAt = Database::timeFrom(q.value(9));
        s.finishedAt = Database::timeFrom(q.value(10));
        s.deviations = q.value(11).toInt();
        for (const QString &r : q.value(12).toString().split(u',', Qt::SkipEmptyParts))
            s.revisions.push_back(r.toInt());
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<AnswerRow> SqliteOfficeRepository::answerRows(const VisitFilter &filter,
                                                          const QStringList &visitIds)
{
    QVariantList binds;
    QString where = conditions(filter, &binds);
    if (!visitIds.isEmpty()) {
        // Only the chosen visits are read (their ids as one JSON array).
        where += QStringLiteral(" AND v.visit_id IN (SELECT value FROM json_each(?))");
        binds.append(jsonList(visitIds));
    }
    QSqlQuery q = run(
        QStringLiteral(
            "SELECT v.visit_id, v.revision, v.facility_name, v.checklist_id, a.item_id, a.section,"
            " a.text, a.legal_reference, a.result, a.comment FROM office_answer a JOIN"
            " office_visit v USING (visit_id) WHERE %1 ORDER BY v.finished_at, v.visit_id,"
            " a.position")
            .arg(where),
        binds);
    std::vector<AnswerRow> out;
    while (q.next()) {
        AnswerRow r{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), Result::NotChecked,
                    q.value(9).toString()};
        fromString(q.value(8).toString(), &r.result);
        out.push_back(std::move(r));
    }
    return out;
}

void SqliteOfficeRepository::addResolution(const Resolution &r)
{
    run(QStringLiteral("INSERT INTO office_resolution (visit_id, revision, content_hash, reason,"
                       " resolved_by, resolved_at) VALUES (?,?,?,?,?,?)"),
        {r.visitId, r.revision, r.contentHash, r.reason, r.resolvedBy,
         Database::timeText(r.resolvedAt)});
}

std::vector<Resolution> SqliteOfficeRepository::resolutions(const QString &visitId)
{
    QSqlQuery q =
        run(QStringLiteral("SELECT revision, content_hash, reason, resolved_by, resolved_at FROM"
                           " office_resolution WHERE visit_id = ? ORDER BY id"),
            {visitId});
    std::vector<Resolution> out;
    while (q.next())
        out.push_back({visitId, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), Database::timeFrom(q.value(4))});
    return out;
}

qint64 SqliteOfficeRepository::addRejected(const RejectedFile &f)
{
    QSqlQuery q = run(QStringLiteral("INSERT INTO office_rejected (file_name, reason, rejected_at,"
                                     " share, content_hash, stored_as, moved) VALUES"
                                     " (?,?,?,?,?,?,?)"),
                      {f.fileName, f.reason, Database::timeText(f.rejectedAt), f.share,
                       f.contentHash, f.storedAs, int(!f.storedAs.isEmpty())});
    return q.lastInsertId().toLongLong();
}

qint64 SqliteOfficeRepository::pendingRejection(const RejectedFile &f)
{
    QSqlQuery q = run(QStringLiteral("SELECT id FROM office_rejected WHERE moved = 0 AND"
                                     " file_name = ? AND content_hash = ? AND share = ? ORDER BY"
                                     " id LIMIT 1"),
                      {f.fileName, f.contentHash, f.share});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SqliteOfficeRepository::markRejectedMoved(qint64 id, const QString &storedAs)
{
    QSqlQuery q =
        run(QStringLiteral("UPDATE office_rejected SET stored_as = ?, moved = 1 WHERE id = ?"),
            {storedAs, id});
    return q.numRowsAffected() > 0;
}

void SqliteOfficeRepository::removePendingRejection(qint64 id)
{
    run(QStringLiteral("DELETE FROM office_rejected WHERE id = ? AND moved = 0"), {id});
}

std::vector<RejectedFile> SqliteOfficeRepository::pendingRejections(const QString &share)
{
    QSqlQuery q = run(QStringLiteral("SELECT %1 WHERE moved = 0 AND share = ? ORDER BY id")
                          .arg(kRejectedColumns),
                      {share});
    return rejectedFrom(q);
}

QSet<QString> SqliteOfficeRepository::rejectedPaths()
{
    QSqlQuery q =
        run(QStringLiteral("SELECT stored_as FROM office_rejected WHERE stored_as <> ''"), {});
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::vector<RejectedFile> SqliteOfficeRepository::rejected()
{
    QSqlQuery q = run(QStringLiteral("SELECT %1 ORDER BY id DESC").arg(kRejectedColumns), {});
    return rejectedFrom(q);
}

void SqliteOfficeRepository::scanVisits(const VisitFilter &filter, ScanAnswers answers,
                                        bool withMonth, const ScanCallback &each)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    // 'localtime': a visit finished at 00:30 on 1 April in Sweden belongs to April.
    QSqlQuery q = run(QStringLiteral("SELECT v.checklist_id, v.checklist_version,"
                                     " v.checklist_title, v.facility_category, v.kind,"
                                     " v.finished_at, v.minutes_spent, %1, %2 FROM office_visit v"
                                     " WHERE %3")
                          .arg(withMonth
                                   ? QStringLiteral("strftime('%Y-%m', v.finished_at, 'localtime')")
                                   : QStringLiteral("NULL"),
                               answersColumn(answers), where),
                      binds);
    const auto section = [&](QByteArrayView hex) {
        // Looked up without copying the key (most answers repeat the section before); copied
        // once when it is new.
        const QByteArray key = QByteArray::fromRawData(hex.data(), hex.size());
        auto it = m_sections.constFind(key);
        if (it == m_sections.constEnd()) {
            const QByteArray owned = hex.toByteArray();
            it = m_sections.insert(owned, QString::fromUtf8(QByteArray::fromHex(owned)));
        }
        return *it;
    };
    const auto parseEntry = [&](QByteArrayView entry, ScannedAnswer *answer) {
        if (answers == ScanAnswers::Results)
            return resultFrom(entry, answer);
        if (answers == ScanAnswers::ItemsAndSections) {
            const qsizetype space = entry.lastIndexOf(' ');
            if (space < 0)
                return false;
            answer->section = section(entry.sliced(space + 1));
            entry = entry.first(space);
        }
        return splitItem(entry, answer);
    };
    ScannedVisit v;
    std::vector<ScannedAnswer> parsed;
    while (q.next()) {
        v.checklistId = q.value(0).toString();
        v.checklistVersion = q.value(1).toInt();
        v.checklistTitle = q.value(2).toString();
        v.category = q.value(3).toString();
        v.kind = q.value(4).toString();
        v.finishedAt = q.value(5).toString();
        v.minutesSpent = q.value(6).toInt();
        v.month = q.value(7).toString();
        const QByteArray text = q.value(8).toByteArray();
        parsed.clear();
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype comma = text.indexOf(',', from);
            if (comma < 0)
                comma = text.size();
            ScannedAnswer a;
            if (parseEntry(QByteArrayView(text).sliced(from, comma - from), &a))
                parsed.push_back(std::move(a));
            from = comma + 1;
        }
        each(v, parsed);
    }
}

std::vector<ControlAreaCount> SqliteOfficeRepository::controlAreaCounts(const VisitFilter &filter)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    // Few areas and a sort of only the food answers: a GROUP BY is cheap here (unlike per item).
    QSqlQuery q = run(QStringLiteral("SELECT a.control_area, count(DISTINCT v.visit_id),"
                                     " sum(a.result = 'ok'), sum(a.result = 'deviation'),"
                                     " sum(a.result = 'not_checked'),"
                                     " sum(a.result = 'not_applicable')"
                                     " FROM office_visit v JOIN office_answer a"
                                     " ON a.visit_id = v.visit_id"
                                     " WHERE %1 AND a.control_area <> '' GROUP BY a.control_area")
                          .arg(where),
                      binds);
    std::vector<ControlAreaCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

QString SqliteOfficeRepository::latestAnswerText(const QString &checklistId, const QString &itemId)
{
    QSqlQuery q = run(QStringLiteral(
                          "SELECT a.text FROM office_visit v INDEXED BY office_visit_finished CROSS"
                          " JOIN office_answer a ON a.visit_id = v.visit_id AND a.item_id = ?"
                          " WHERE v.checklist_id = ? AND v.in_conflict = 0 ORDER BY"
                          " v.finished_at DESC LIMIT 1"),
                      {itemId, checklistId});
    return q.next() ? q.value(0).toString() : QString();
}

std::vector<Facility> SqliteOfficeRepository::facilities(bool includeInactive)
{
    return FacilityStore(m_db).search({}, 0, std::numeric_limits<int>::max(), includeInactive);
}

std::vector<Facility> SqliteOfficeRepository::searchFacilities(const QString &text,
                                                              bool includeInactive)
{
    return FacilityStore(m_db).search(text, 0, std::numeric_limits<int>::max(), includeInactive);
}

std::optional<Facility> SqliteOfficeRepository::facility(const QString &id)
{
    return FacilityStore(m_db).find(id);
}

ImportCounts SqliteOfficeRepository::upsertFacilities(const std::vector<Facility> &facilities)
{
    return FacilityStore(m_db).upsert(facilities);
}

std::vector<Checklist> SqliteOfficeRepository::publishedChecklists()
{
    return ChecklistStore(m_db).publishedVersions();
}

std::vector<Checklist> SqliteOfficeRepository::allChecklists()
{
    return ChecklistStore(m_db).allVersions();
}

std::optional<Checklist> SqliteOfficeRepository::checklist(const QString &id, int version)
{
    return ChecklistStore(m_db).find(id, version);
}

std::optional<OfficeRepository::ChecklistStatus>
SqliteOfficeRepository::checklistStatus(const QString &id, int version)
{
    return ChecklistStore(m_db).status(id, version);
}

void SqliteOfficeRepository::insertChecklist(const Checklist &checklist, ChecklistStatus status)
{
    ChecklistStore(m_db).insert(checklist, status);
}

void SqliteOfficeRepository::removeChecklist(const QString &id, int version)
{
    ChecklistStore(m_db).remove(id, version);
}

void SqliteOfficeRepository::markChecklistPublished(const QString &id, int version,
                                                    const QDateTime &at)
{
    ChecklistStore(m_db).markPublished(id, version, at);
}

ImportCounts SqliteOfficeRepository::importChecklists(const std::vector<Checklist> &checklists,
                                                      const QString &source)
{
    return ChecklistStore(m_db).import(checklists, source);
}

std::optional<PublishRecord> SqliteOfficeRepository::lastPublish()
{
    QSqlQuery q = run(QStringLiteral("SELECT published_at, share, facilities, checklists FROM"
                                     " publish_log ORDER BY id DESC LIMIT 1"),
                      {});
    if (!q.next())
        return std::nullopt;
    return PublishRecord{Database::timeFrom(q.value(0)), q.value(1).toString(),
                         q.value(2).toByteArray(), q.value(3).toByteArray()};
}

void SqliteOfficeRepository::addPublish(const PublishRecord &r)
{
    // Byte arrays as they were bound before the seam (the columns' affinity decides storage).
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO publish_log (published_at, share, facilities, checklists) VALUES (?,?,?,?)"));
    q.addBindValue(r.publishedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(r.share);
    q.addBindValue(r.facilities);
    q.addBindValue(r.checklists);
    m_db.exec(q);
}

void SqliteOfficeRepository::addDeviationClosure(const domain::DeviationClosure &closure)
{
    DeviationClosureStore(m_db).add(closure);
}

std::vector<domain::DeviationClosure> SqliteOfficeRepository::deviationClosures()
{
    return DeviationClosureStore(m_db).all();
}

// The table fee_rate keeps its SQLite schema (dates as ISO text): no data change.
std::vector<domain::FeeRate> SqliteOfficeRepository::feeSchedule()
{
    QSqlQuery q =
        run(QStringLiteral(
                "SELECT valid_from, ore_per_hour, rounding FROM fee_rate ORDER BY valid_from"),
            {});
    std::vector<domain::FeeRate> out;
    while (q.next()) {
        domain::FeeRate r;
        r.validFrom = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        r.orePerHour = q.value(1).toLongLong();
        domain::roundingFromString(q.value(2).toString(), &r.rounding);
        out.push_back(r);
    }
    return out;
}

void SqliteOfficeRepository::setFeeRate(const domain::FeeRate &rate)
{
    run(QStringLiteral("INSERT INTO fee_rate (valid_from, ore_per_hour, rounding) VALUES (?, ?, ?)"
                       " ON CONFLICT (valid_from) DO UPDATE SET ore_per_hour ="
                       " excluded.ore_per_hour, rounding = excluded.rounding"),
        {rate.validFrom.toString(Qt::ISODate), rate.orePerHour,
         domain::roundingToString(rate.rounding)});
}

void SqliteOfficeRepository::removeFeeRate(const QDate &validFrom)
{
    run(QStringLiteral("DELETE FROM fee_rate WHERE valid_from = ?"),
        {validFrom.toString(Qt::ISODate)});
}

} // namespace tillsyn::storage
