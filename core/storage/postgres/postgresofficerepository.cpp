#include "postgresofficerepository.h"

#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgrespool.h"
#include "storage/storageerror.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace tillsyn::storage {

using namespace tillsyn::domain;

namespace {

// Times go in as UTC ISO 8601 text (what SQLite stores, to the second) and come out as seconds
// since the epoch: no driver conversion of time zones in between.
QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant(QString());
}

QString epoch(const QString &column)
{
    return QStringLiteral("CAST(extract(epoch FROM %1) AS bigint)").arg(column);
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Text columns are NOT NULL with '' for "none"; Qt binds a null QString as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A PostgreSQL array literal of texts, bound as one value (CAST(? AS text[])): a list of any
// length in one parameter.
QString textArray(const QStringList &values)
{
    // One pass into one buffer: a merge writes eight of these a file.
    qsizetype size = 2;
    for (const QString &v : values)
        size += v.size() + 3;
    QString out;
    out.reserve(size);
    out += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        out += u'"';
        for (const QChar c : values[i]) {
            if (c == u'\\' || c == u'"')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

// The local calendar day's first instant, as the filter's dates mean it.
QString dayStart(const QDate &localDay)
{
    return localDay.startOfDay().toUTC().toString(Qt::ISODate);
}

const QString kRejectedColumns =
    QStringLiteral("file_name, reason, %1, share, content_hash, stored_as, id FROM office_rejected")
        .arg(epoch(QStringLiteral("rejected_at")));

std::vector<RejectedFile> rejectedFrom(QSqlQuery &q)
{
    std::vector<RejectedFile> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toLongLong()});
    return out;
}

const QString kFacilityColumns = QStringLiteral(
    "id, name, address, postal_code, city, category, risk_class, operator_name, org_number,"
    " contact_name, phone, email, active, exp_class, control_hours FROM facility");
// SQLite's order of the register: name COLLATE NOCASE (folding A-Z only), then id.
const QString kFacilityOrder = QStringLiteral(
    "translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), id");

Facility facilityFrom(const QSqlQuery &q)
{
    Facility f;
    f.id = q.value(0).toString();
    f.name = q.value(1).toString();
    f.address = q.value(2).toString();
    f.postalCode = q.value(3).toString();
    f.city = q.value(4).toString();
    f.category = q.value(5).toString();
    if (!q.value(6).isNull())
        f.riskClass = q.value(6).toInt();
    f.operatorDetails.name = q.value(7).toString();
    f.operatorDetails.orgNumber = q.value(8).toString();
    f.operatorDetails.contactName = q.value(9).toString();
    f.operatorDetails.phone = q.value(10).toString();
    f.operatorDetails.email = q.value(11).toString();
    f.active = q.value(12).toBool();
    f.expClass = q.value(13).toString();
    if (!q.value(14).isNull())
        f.controlHours = q.value(14).toDouble();
    return f;
}

} // namespace

PostgresOfficeRepository::PostgresOfficeRepository(const PostgresLocator &locator)
    : m_db(locator)
{
    PostgresMigrations::migrate(m_db);
    m_readsEveryOffice = PostgresPool::checkSession(m_db);
}

PostgresOfficeRepository::~PostgresOfficeRepository() = default;

QString PostgresOfficeRepository::describe() const
{
    return m_db.locator().toUri();
}

void PostgresOfficeRepository::inVisitTransaction(const QString &visitId,
                                                  const std::function<void()> &work)
{
    if (m_db.inTransaction()) {
        work();
        return;
    }
    // Every unit about this visit takes this lock first: two clerks merging revisions of one
    // visit take turns, and the second reads the history the first committed. (Two visits whose
    // ids hash alike merely take turns too.) Per office: two offices' visits of the same id do
    // not wait for each other.
    const QString &office = m_db.locator().office;
    const QString lockKey = office.isEmpty() ? visitId : office + u'/' + visitId;
    // BEGIN, the lock and the visit's history in one round trip rather than three (a merge is a
    // few such units a file, and with the server elsewhere each round trip is the network's):
    // each statement has a snapshot of its own (READ COMMITTED), so the history is read after
    // the lock is held.
    struct Forget // the history read belongs to this unit only, however it ends
    {
        std::optional<History> &history;
        ~Forget() { history.reset(); }
    } forget{m_history};
    m_db.inTransaction(
        [&] {
            m_visitWithoutRevisions.clear();
            work();
        },
        {{QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"), {lockKey}},
         {revisionsQuery(), {visitId}}},
        [&](const std::vector<PostgresConnection::Rows> &rows) {
            m_history = History{visitId, revisionsFrom(rows.at(1))}; // after the lock's
        });
}

void PostgresOfficeRepository::inTransaction(const std::function<void()> &work)
{
    m_db.inTransaction([&] {
        m_visitWithoutRevisions.clear(); // read in another unit: no longer known
        work();
    });
}

namespace {

// A merge's session commits without waiting for its WAL to reach the disk (synchronous_commit =
// off): a merge is thousands of small transactions, and waiting for one fsync each was most of
// its time (79 files/s). This is safe here:
// * the database stays consistent: an asynchronous commit is atomic and ordered like any other;
//   after a server crash the last commits (at most about 3 × wal_writer_delay) are lost whole,
//   never in part, and never out of order;
// * a lost commit only means the file is merged again on the next run, as long as its file is
//   still in the inbox: the merge is idempotent (the same bytes are a duplicate, or merge as
//   they would have);
// * and the file is still in the inbox: MergeRun moves files out only after makeDurable(),
//   which flushes the WAL up to now with one synchronous commit (one fsync per batch of files,
//   as SQLite's synchronous=NORMAL syncs its log once per batch).
// Other clerks' sessions are not affected (the setting is this session's), and the batch's end
// sets it back, so resolutions, publishing and the GUI commit durably as before.
class AsyncCommitBatch final : public OfficeRepository::WriteBatch
{
public:
    explicit AsyncCommitBatch(PostgresConnection &db)
        : m_db(db)
    {
        m_db.exec(QStringLiteral("SET synchronous_commit = off"));
    }
    ~AsyncCommitBatch() override
    {
        try {
            m_db.exec(QStringLiteral("SET synchronous_commit = on"));
        } catch (...) {
            // The connection is gone: so is the session the setting belonged to.
        }
    }

private:
    PostgresConnection &m_db;
};

} // namespace

std::unique_ptr<OfficeRepository::WriteBatch> PostgresOfficeRepository::beginWriteBatch()
{
    return std::make_unique<AsyncCommitBatch>(m_db);
}

OfficeRepository::SessionOpener PostgresOfficeRepository::sessionOpener() const
{
    // The locator as this session uses it: the office it acts for now (actFor() changes it).
    return [locator = m_db.locator()] {
        return std::make_unique<PostgresOfficeRepository>(locator);
    };
}

void PostgresOfficeRepository::makeDurable()
{
    // Outside a write batch every commit was durable when it returned. Inside one, a commit that
    // writes a record and waits for it (synchronous_commit on for this transaction only) flushes
    // the WAL up to its own commit, so every earlier commit of every session is on disk too.
    // (A transaction that writes nothing logs no commit and would wait for nothing: taking a
    // transaction id makes it log one.)
    m_db.inTransaction([&] {
        m_db.exec(QStringLiteral("SET LOCAL synchronous_commit = on"));
        m_db.exec(QStringLiteral("SELECT pg_current_xact_id()"));
    });
}

void PostgresOfficeRepository::checkIntegrity()
{
    // The server keeps its own files whole (WAL, checksums where enabled); that this is our
    // schema at our version was checked when connecting.
}

void PostgresOfficeRepository::requireOffice()
{
    const QString role = setting(QStringLiteral("role"));
    if (role != u"office")
        throw Error(tr("%1 is not an office database (its role is \"%2\").")
                        .arg(m_db.locator().displayName(), role));
}

void PostgresOfficeRepository::setOfficeRole()
{
    setSetting(QStringLiteral("role"), QStringLiteral("office"));
}

QString PostgresOfficeRepository::setting(const QString &key)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

void PostgresOfficeRepository::setSetting(const QString &key, const QString &value)
{
    m_db.query(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key,"
                              " office) DO UPDATE SET value = excluded.value"),
               {key, value});
}

void PostgresOfficeRepository::removeSetting(const QString &key)
{
    m_db.query(QStringLiteral("DELETE FROM setting WHERE key = ?"), {key});
}

std::map<QString, QString> PostgresOfficeRepository::settings(const QString &prefix)
{
    // starts_with rather than LIKE: a key may hold '%' or '_'.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT key, value FROM setting WHERE"
                                            " starts_with(key, ?) ORDER BY key"),
                             {prefix});
    std::map<QString, QString> out;
    while (q.next())
        out.emplace(q.value(0).toString(), q.value(1).toString());
    return out;
}

QStringList PostgresOfficeRepository::offices()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT office FROM office_visit ORDER BY 1"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    if (out.isEmpty())
        out.append(m_db.locator().office);
    return out;
}

void PostgresOfficeRepository::actFor(const QString &office)
{
    if (office == m_db.locator().office)
        return;
    if (!office.isEmpty())
        PostgresLocator::requireOfficeCode(office);
    const QString before = m_db.locator().office;
    m_db.setOffice(office);
    m_visitWithoutRevisions.clear();
    try {
        m_readsEveryOffice = PostgresPool::checkSession(m_db);
    } catch (...) {
        m_db.setOffice(before);
        throw;
    }
}

QStringList PostgresOfficeRepository::officesOf(const QString &visitId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT office FROM office_revision WHERE"
                                            " visit_id = ? ORDER BY 1"),
                             {visitId});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void PostgresOfficeRepository::requireOneOffice(const QString &visitId)
{
    if (!m_readsEveryOffice)
        return;
    const QStringList offices = officesOf(visitId);
    if (offices.size() > 1)
        throw Error(tr("Visit %1 is in more than one office of %2 (%3): act for one of them "
                       "(--office CODE, or the Office field when opening the database).")
                        .arg(visitId, m_db.locator().displayName(),
                             offices.join(QStringLiteral(", "))));
}

QString PostgresOfficeRepository::revisionsQuery()
{
    return QStringLiteral("SELECT revision, base_revision, content_hash, set_aside, file_name, %1,"
                          " %2 FROM office_revision WHERE visit_id = ? ORDER BY revision,"
                          " merged_at, content_hash")
        .arg(epoch(QStringLiteral("merged_at")), epoch(QStringLiteral("finished_at")));
}

std::vector<OfficeRevision>
PostgresOfficeRepository::revisionsFrom(const PostgresConnection::Rows &rows)
{
    const auto time = [&](int row, int column) {
        return timeFrom(rows.isNull(row, column) ? QVariant() : QVariant(rows.number(row, column)));
    };
    std::vector<OfficeRevision> out;
    out.reserve(size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        out.push_back(
            {{int(rows.number(i, 0)), int(rows.number(i, 1)), rows.text(i, 2), rows.flag(i, 3)},
             rows.text(i, 4),
             time(i, 5),
             time(i, 6)});
    return out;
}

std::vector<OfficeRevision> PostgresOfficeRepository::revisions(const QString &visitId)
{
    std::vector<OfficeRevision> out;
    requireOneOffice(visitId);
    if (m_history && m_history->visitId == visitId && m_db.inTransaction()) {
        // Read when the unit began; used once (the unit may write revisions after this).
        out = std::move(m_history->revisions);
        m_history.reset();
    } else {
        out = revisionsFrom(m_db.rows(revisionsQuery(), {visitId}));
    }
    if (out.empty() && m_db.inTransaction())
        m_visitWithoutRevisions = visitId;
    return out;
}

void PostgresOfficeRepository::insertRevision(const Visit &v, const QString &contentHash,
                                              const QString &fileName, const QByteArray &bytes,
                                              const QDateTime &mergedAt)
{
    m_history.reset(); // no longer the visit's history
    m_db.later(QStringLiteral(
                   "INSERT INTO office_revision (visit_id, revision, base_revision, content_hash,"
                    " file_name, bytes, merged_at, finished_at) VALUES (?,?,?,?,?,?,?,?)"),
                {v.visitId, v.revision, v.baseRevision, contentHash, fileName, bytes,
                 timeValue(mergedAt), timeValue(v.finishedAt)});
}

QByteArray PostgresOfficeRepository::revisionBytes(const QString &visitId, int revision,
                                                   const QString &contentHash)
{
    requireOneOffice(visitId);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT bytes FROM office_revision WHERE visit_id = ?"
                                            " AND revision = ? AND content_hash = ?"),
                             {visitId, revision, contentHash});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void PostgresOfficeRepository::setAside(const QString &visitId, int revision,
                                        const QString &contentHash, bool aside)
{
    m_history.reset(); // no longer the visit's history
    m_db.query(QStringLiteral("UPDATE office_revision SET set_aside = ? WHERE visit_id = ? AND"
                              " revision = ? AND content_hash = ?"),
               {aside, visitId, revision, contentHash});
}

bool PostgresOfficeRepository::hasVisits()
{
    return m_db.value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM office_revision)")).toBool();
}

QStringList PostgresOfficeRepository::visitIds()
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT DISTINCT visit_id FROM office_revision ORDER BY visit_id"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void PostgresOfficeRepository::clearCurrent(const QString &visitId)
{
    // A visit without revisions has no derived row (writeCurrent() follows its revisions).
    if (m_db.inTransaction() && visitId == m_visitWithoutRevisions)
        return;
    // The visit's answers leave office_item_count with it (they go with their visit: ON DELETE
    // CASCADE, after this statement, whose snapshot still reads them). The count rows are locked
    // in key order first, as writeCurrent() adds to them: two merges updating the same
    // checklist's counts in the join's order deadlocked (the server then waits a second and
    // aborts one, which runs again).
    m_db.later(
        QStringLiteral(
            "WITH gone AS (DELETE FROM office_visit WHERE visit_id = ? RETURNING num, office,"
            " checklist_id, in_conflict),"
            " d AS (SELECT g.office, g.checklist_id, a.item_id,"
            " count(*) FILTER (WHERE a.result = 'ok') AS ok,"
            " count(*) FILTER (WHERE a.result = 'deviation') AS deviations,"
            " count(*) FILTER (WHERE a.result = 'not_checked') AS not_checked,"
            " count(*) FILTER (WHERE a.result = 'not_applicable') AS not_applicable"
            " FROM gone g JOIN office_answer a ON a.visit_num = g.num WHERE NOT g.in_conflict"
            " GROUP BY g.office, g.checklist_id, a.item_id),"
            " locked AS (SELECT c.checklist_id, c.item_id, c.office FROM office_item_count c"
            " JOIN d ON c.checklist_id = d.checklist_id AND c.item_id = d.item_id AND"
            " c.office = d.office ORDER BY c.checklist_id, c.item_id FOR UPDATE OF c)"
            " UPDATE office_item_count c SET ok = c.ok - d.ok, deviations = c.deviations -"
            " d.deviations, not_checked = c.not_checked - d.not_checked, not_applicable ="
            " c.not_applicable - d.not_applicable"
            " FROM d, locked l"
            " WHERE c.checklist_id = d.checklist_id AND c.item_id = d.item_id AND"
            " c.office = d.office AND l.checklist_id = d.checklist_id AND l.item_id = d.item_id"
            " AND l.office = d.office"),
        {visitId});
}

void PostgresOfficeRepository::writeCurrent(const QString &visitId,
                                            const CurrentRevision &current, const Visit &v)
{
    // office_answer rows go with their office_visit row (ON DELETE CASCADE).
    clearCurrent(visitId);
    QStringList inspectors;
    for (const Inspector &i : v.inspectors)
        inspectors.append(i.name);
    // The visit, all its answers and their counts (office_item_count, when the visit is not in
    // conflict) in one statement (one round trip): the answers' columns as arrays, unnested in
    // step, under the number and office the visit's row got (the office's default, read once
    // instead of once an answer). Counts are added in key order, so two merges lock the rows
    // they share in the same order.
    QStringList positions, items, sections, texts, references, results, comments, areas;
    for (int i = 0; i < int(v.answers.size()); ++i) {
        const Answer &a = v.answers[size_t(i)];
        positions << QString::number(i);
        items << a.itemId;
        sections << a.section;
        texts << a.text;
        references << a.legalReference;
        results << toString(a.result.value_or(Result::NotChecked));
        comments << a.comment;
        areas << a.controlArea;
    }
    m_db.later(
        QStringLiteral("WITH v AS (INSERT INTO office_visit (visit_id, revision, content_hash,"
                       " in_conflict, facility_id, facility_name, facility_category, checklist_id,"
                       " checklist_version, checklist_title, kind, announced, inspectors,"
                       " started_at, finished_at, minutes_spent, deviations)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING num, office,"
                       " checklist_id, in_conflict),"
                       " a AS (INSERT INTO office_answer (visit_num, office, position, item_id,"
                       " section, text, legal_reference, result, comment, control_area) SELECT"
                       " v.num, v.office, a.*"
                       " FROM v, unnest(CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]),"
                       " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
                       " CAST(? AS text[])) a"
                       " RETURNING item_id, result)"
                       " INSERT INTO office_item_count (office, checklist_id, item_id, ok,"
                       " deviations, not_checked, not_applicable) SELECT v.office,"
                       " v.checklist_id, a.item_id,"
                       " count(*) FILTER (WHERE a.result = 'ok'),"
                       " count(*) FILTER (WHERE a.result = 'deviation'),"
                       " count(*) FILTER (WHERE a.result = 'not_checked'),"
                       " count(*) FILTER (WHERE a.result = 'not_applicable')"
                       " FROM v, a WHERE NOT v.in_conflict GROUP BY v.office, v.checklist_id,"
                       " a.item_id ORDER BY v.checklist_id, a.item_id"
                       " ON CONFLICT (checklist_id, item_id, office) DO UPDATE SET"
                       " ok = office_item_count.ok + excluded.ok,"
                       " deviations = office_item_count.deviations + excluded.deviations,"
                       " not_checked = office_item_count.not_checked + excluded.not_checked,"
                       " not_applicable = office_item_count.not_applicable +"
                       " excluded.not_applicable"),
        {visitId, current.revision, current.contentHash, current.inConflict, text(v.facility.id),
         text(v.facility.name), text(v.facility.category), text(v.checklist.id),
         v.checklist.version, text(v.checklist.title), toString(v.kind), v.announced,
         inspectors.join(QStringLiteral(", ")), timeValue(v.startedAt), timeValue(v.finishedAt),
         v.minutesSpent, v.deviationCount(), u'{' + positions.join(u',') + u'}',
         textArray(items), textArray(sections), textArray(texts), textArray(references),
         textArray(results), textArray(comments), textArray(areas)});
    // The visit has a derived row now: a second write in this unit replaces it.
    if (visitId == m_visitWithoutRevisions)
        m_visitWithoutRevisions.clear();
}

std::optional<StoredFile> PostgresOfficeRepository::currentFile(const QString &visitId)
{
    requireOneOffice(visitId);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT r.file_name, r.bytes FROM office_visit v JOIN office_revision r"
                       " ON r.visit_id = v.visit_id AND r.revision = v.revision AND"
                       " r.content_hash = v.content_hash AND r.office = v.office"
                       " WHERE v.visit_id = ?"),
        {visitId});
    if (!q.next())
        return std::nullopt;
    return StoredFile{q.value(0).toString(), q.value(1).toByteArray()};
}

void PostgresOfficeRepository::eachCurrentFile(
    const VisitFilter &filter, const std::function<void(const QString &, const StoredFile &)> &each)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT v.visit_id, r.file_name, r.bytes FROM office_visit v"
                       " JOIN office_revision r ON r.visit_id = v.visit_id AND"
                       " r.revision = v.revision AND r.content_hash = v.content_hash AND"
                       " r.office = v.office WHERE %1 ORDER BY v.finished_at DESC, v.visit_id")
            .arg(where),
        binds);
    while (q.next())
        each(q.value(0).toString(), StoredFile{q.value(1).toString(), q.value(2).toByteArray()});
}

QStringList PostgresOfficeRepository::distinctMatching(const QString &column, const QString &part,
                                                       bool perName)
{
    // "Contains, any case" exactly as the SQLite backend matches it (QString's case folding,
    // not the server's locale), over the few distinct values.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT %1 FROM office_visit").arg(column));
    QStringList matching;
    while (q.next()) {
        const QString value = q.value(0).toString();
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

QString PostgresOfficeRepository::conditions(const VisitFilter &f, QVariantList *binds)
{
    QStringList where{QStringLiteral("true")};
    if (f.conflicts == VisitFilter::Conflicts::Excluded)
        where << QStringLiteral("NOT v.in_conflict");
    else if (f.conflicts == VisitFilter::Conflicts::Only)
        where << QStringLiteral("v.in_conflict");
    if (f.from.isValid()) {
        where << QStringLiteral("v.finished_at >= CAST(? AS timestamptz)");
        binds->append(dayStart(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("v.finished_at < CAST(? AS timestamptz)");
        binds->append(dayStart(f.to.addDays(1)));
    }
    if (!f.checklistId.isEmpty()) {
        where << QStringLiteral("v.checklist_id = ?");
        binds->append(f.checklistId);
    }
    if (!f.facilityId.isEmpty()) {
        where << QStringLiteral("v.facility_id = ?");
        binds->append(f.facilityId);
    }
    if (f.area) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM checklist c WHERE c.id = v.checklist_id AND c.area = ? AND"
            " c.office = v.office)");
        binds->append(domain::areaToString(*f.area));
    }
    if (f.category) {
        where << QStringLiteral("v.facility_category = ?");
        binds->append(text(*f.category));
    }
    if (f.kind) {
        where << QStringLiteral("v.kind = ?");
        binds->append(domain::toString(*f.kind));
    }
    if (f.deviationsOnly)
        where << QStringLiteral("v.deviations > 0");
    const auto oneOf = [&](const QString &column, const QStringList &values,
                           const QString &orExactly) {
        binds->append(textArray(values));
        if (orExactly.isNull())
            return QStringLiteral("%1 = ANY (CAST(? AS text[]))").arg(column);
        return QStringLiteral("(%1 = ANY (CAST(? AS text[])) OR %2 = ?)").arg(column, orExactly);
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

std::vector<OfficeVisitSummary> PostgresOfficeRepository::visitSummaries(const VisitFilter &filter)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT v.visit_id, v.revision, v.in_conflict, v.facility_id, v.facility_name,"
            " v.checklist_id, v.checklist_title, v.kind, v.inspectors, %1, %2, v.deviations,"
            " (SELECT string_agg(CAST(n AS text), ',' ORDER BY n) FROM (SELECT DISTINCT"
            " r.revision AS n FROM office_revision r WHERE r.visit_id = v.visit_id AND"
            " r.office = v.office) d), v.office"
            " FROM office_visit v WHERE %3 ORDER BY v.finished_at DESC, v.visit_id")
            .arg(epoch(QStringLiteral("v.started_at")), epoch(QStringLiteral("v.finished_at")),
                 where),
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
        s.startedAt = timeFrom(q.value(9));
        s.finishedAt = timeFrom(q.value(10));
        s.deviations = q.value(11).toInt();
        for (const QString &r : q.value(12).toString().split(u',', Qt::SkipEmptyParts))
            s.revisions.push_back(r.toInt());
        s.office = q.value(13).toString();
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<AnswerRow> PostgresOfficeRepository::answerRows(const VisitFilter &filter,
                                                            const QStringList &visitIds)
{
    QVariantList binds;
    QString where = conditions(filter, &binds);
    if (!visitIds.isEmpty()) {
        where += QStringLiteral(" AND v.visit_id = ANY (CAST(? AS text[]))");
        binds.append(textArray(visitIds));
    }
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT v.visit_id, v.revision, v.facility_name, v.checklist_id, a.item_id, a.section,"
            " a.text, a.legal_reference, a.result, a.comment FROM office_answer a JOIN"
            " office_visit v ON v.num = a.visit_num WHERE %1 ORDER BY v.finished_at, v.visit_id,"
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

void PostgresOfficeRepository::addResolution(const Resolution &r)
{
    m_db.query(QStringLiteral("INSERT INTO office_resolution (visit_id, revision, content_hash,"
                              " reason, resolved_by, resolved_at) VALUES (?,?,?,?,?,?)"),
               {r.visitId, r.revision, r.contentHash, text(r.reason), text(r.resolvedBy),
                timeValue(r.resolvedAt)});
}

std::vector<Resolution> PostgresOfficeRepository::resolutions(const QString &visitId)
{
    requireOneOffice(visitId);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT revision, content_hash, reason, resolved_by,"
                                            " %1 FROM office_resolution WHERE visit_id = ?"
                                            " ORDER BY id")
                                 .arg(epoch(QStringLiteral("resolved_at"))),
                             {visitId});
    std::vector<Resolution> out;
    while (q.next())
        out.push_back({visitId, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), timeFrom(q.value(4))});
    return out;
}

qint64 PostgresOfficeRepository::addRejected(const RejectedFile &f)
{
    const bool moved = !f.storedAs.isEmpty();
    // Two clerks rejecting the same file at once: the second finds the first's pending record
    // (the partial unique index) instead of making a second one.
    QSqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO office_rejected (file_name, reason, rejected_at, share,"
                       " content_hash, stored_as, moved) VALUES (?,?,?,?,?,?,?)"
                       " ON CONFLICT (share, file_name, content_hash, office) WHERE NOT moved"
                       " DO NOTHING RETURNING id"),
        {text(f.fileName), text(f.reason), timeValue(f.rejectedAt), text(f.share),
         text(f.contentHash), text(f.storedAs), moved});
    if (q.next())
        return q.value(0).toLongLong();
    return pendingRejection(f);
}

qint64 PostgresOfficeRepository::pendingRejection(const RejectedFile &f)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id FROM office_rejected WHERE NOT moved AND"
                                            " file_name = ? AND content_hash = ? AND share = ?"
                                            " ORDER BY id LIMIT 1"),
                             {text(f.fileName), text(f.contentHash), text(f.share)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool PostgresOfficeRepository::markRejectedMoved(qint64 id, const QString &storedAs)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("UPDATE office_rejected SET stored_as = ?, moved = true WHERE id = ?"),
        {text(storedAs), id});
    return q.numRowsAffected() > 0;
}

void PostgresOfficeRepository::removePendingRejection(qint64 id)
{
    m_db.query(QStringLiteral("DELETE FROM office_rejected WHERE id = ? AND NOT moved"), {id});
}

std::vector<RejectedFile> PostgresOfficeRepository::pendingRejections(const QString &share)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 WHERE NOT moved AND share = ? ORDER BY id").arg(kRejectedColumns),
        {share});
    return rejectedFrom(q);
}

QSet<QString> PostgresOfficeRepository::rejectedPaths()
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT stored_as FROM office_rejected WHERE stored_as <> ''"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::vector<RejectedFile> PostgresOfficeRepository::rejected()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 ORDER BY id DESC").arg(kRejectedColumns));
    return rejectedFrom(q);
}

void PostgresOfficeRepository::scanVisits(const VisitFilter &filter, ScanAnswers answers,
                                          bool withMonth, const ScanCallback &each)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    // Each visit's answers as arrays in position order (string_agg would need a separator no
    // section may hold).
    const QString answerColumns =
        answers == ScanAnswers::None
            ? QStringLiteral("NULL, NULL, NULL")
            : QStringLiteral(
                  "%1, (SELECT array_agg(a.result ORDER BY a.position)"
                  " FROM office_answer a WHERE a.visit_num = v.num), %2")
                  .arg(answers == ScanAnswers::Results
                           ? QStringLiteral("NULL")
                           : QStringLiteral("(SELECT array_agg(a.item_id ORDER BY a.position)"
                                            " FROM office_answer a WHERE a.visit_num = v.num)"),
                       answers == ScanAnswers::ItemsAndSections
                           ? QStringLiteral("(SELECT array_agg(a.section ORDER BY a.position)"
                                            " FROM office_answer a WHERE a.visit_num ="
                                            " v.num)")
                           : QStringLiteral("NULL"));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT v.checklist_id, v.checklist_version,"
                                            " v.checklist_title, v.facility_category, v.kind, %1,"
                                            " v.minutes_spent, %2 FROM office_visit v WHERE %3"
                                            " ORDER BY v.finished_at, v.visit_id")
                                 .arg(epoch(QStringLiteral("v.finished_at")), answerColumns,
                                      where),
                             binds);
    // QPSQL gives arrays as their text form: {a,b,"c d"}.
    const auto parseArray = [](const QString &literal) {
        QStringList out;
        if (literal.size() < 2)
            return out;
        QString current;
        bool quoted = false, wasQuoted = false;
        for (int i = 1; i < literal.size() - 1; ++i) {
            const QChar c = literal[i];
            if (quoted) {
                if (c == u'\\' && i + 1 < literal.size() - 1)
                    current += literal[++i];
                else if (c == u'"')
                    quoted = false;
                else
                    current += c;
            } else if (c == u'"') {
                quoted = wasQuoted = true;
            } else if (c == u',') {
                out << current;
                current.clear();
                wasQuoted = false;
            } else {
                current += c;
            }
        }
        if (!current.isEmpty() || wasQuoted || !out.isEmpty())
            out << current;
        return out;
    };
    ScannedVisit v;
    std::vector<ScannedAnswer> parsed;
    std::vector<QByteArray> itemIds;
    while (q.next()) {
        v.checklistId = q.value(0).toString();
        v.checklistVersion = q.value(1).toInt();
        v.checklistTitle = q.value(2).toString();
        v.category = q.value(3).toString();
        v.kind = q.value(4).toString();
        const QDateTime finished = timeFrom(q.value(5));
        v.finishedAt = finished.toString(Qt::ISODate);
        v.month = withMonth ? finished.toLocalTime().toString(QStringLiteral("yyyy-MM")) : QString();
        v.minutesSpent = q.value(6).toInt();
        parsed.clear();
        itemIds.clear();
        if (answers != ScanAnswers::None) {
            const QStringList items = parseArray(q.value(7).toString());
            const QStringList results = parseArray(q.value(8).toString());
            const QStringList sections = answers == ScanAnswers::ItemsAndSections
                                             ? parseArray(q.value(9).toString())
                                             : QStringList();
            // Reserved: the answers point into it.
            itemIds.reserve(size_t(results.size()));
            for (int i = 0; i < results.size(); ++i) {
                ScannedAnswer a;
                if (!fromString(results[i], &a.result))
                    continue;
                if (answers != ScanAnswers::Results) {
                    itemIds.push_back(items.value(i).toUtf8());
                    a.itemId = itemIds.back();
                }
                if (i < sections.size())
                    a.section = sections[i];
                parsed.push_back(std::move(a));
            }
        }
        each(v, parsed);
    }
}

std::optional<std::vector<ItemCount>> PostgresOfficeRepository::itemCounts(const VisitFilter &filter)
{
    // Every visit not in conflict (the office's usual question): the counts the merge keeps.
    if (filter.conflicts == VisitFilter::Conflicts::Excluded && !filter.from.isValid() &&
        !filter.to.isValid() && filter.checklistId.isEmpty() && !filter.area &&
        !filter.category && !filter.kind && filter.inspector.isEmpty() &&
        filter.facilityId.isEmpty() && filter.facility.isEmpty() && filter.checklist.isEmpty() &&
        !filter.deviationsOnly) {
        // Summed over the offices a county member reads (one row each otherwise).
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT checklist_id, item_id, CAST(sum(ok) AS bigint), CAST(sum(deviations) AS"
            " bigint), CAST(sum(not_checked) AS bigint), CAST(sum(not_applicable) AS bigint)"
            " FROM office_item_count GROUP BY checklist_id, item_id"
            " HAVING sum(ok + deviations + not_checked + not_applicable) > 0"));
        std::vector<ItemCount> out;
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toLongLong(), q.value(4).toLongLong(),
                           q.value(5).toLongLong()});
        return out;
    }
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT v.checklist_id, a.item_id,"
                       " count(*) FILTER (WHERE a.result = 'ok'),"
                       " count(*) FILTER (WHERE a.result = 'deviation'),"
                       " count(*) FILTER (WHERE a.result = 'not_checked'),"
                       " count(*) FILTER (WHERE a.result = 'not_applicable')"
                       " FROM office_visit v JOIN office_answer a ON a.visit_num = v.num"
                       " WHERE %1 GROUP BY v.checklist_id, a.item_id")
            .arg(where),
        binds);
    std::vector<ItemCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

std::vector<ControlAreaCount>
PostgresOfficeRepository::controlAreaCounts(const VisitFilter &filter)
{
    QVariantList binds;
    const QString where = conditions(filter, &binds);
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT a.control_area, count(DISTINCT v.num),"
                       " count(*) FILTER (WHERE a.result = 'ok'),"
                       " count(*) FILTER (WHERE a.result = 'deviation'),"
                       " count(*) FILTER (WHERE a.result = 'not_checked'),"
                       " count(*) FILTER (WHERE a.result = 'not_applicable')"
                       " FROM office_visit v JOIN office_answer a ON a.visit_num = v.num"
                       " WHERE %1 AND a.control_area <> '' GROUP BY a.control_area")
            .arg(where),
        binds);
    std::vector<ControlAreaCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

QString PostgresOfficeRepository::latestAnswerText(const QString &checklistId,
                                                   const QString &itemId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT a.text FROM office_visit v JOIN office_answer"
                                            " a ON a.visit_num = v.num AND a.item_id = ?"
                                            " WHERE v.checklist_id = ? AND NOT v.in_conflict"
                                            " ORDER BY v.finished_at DESC, v.visit_id DESC"
                                            " LIMIT 1"),
                             {itemId, checklistId});
    return q.next() ? q.value(0).toString() : QString();
}

std::vector<Facility> PostgresOfficeRepository::facilitiesWhere(const QString &where,
                                                                const QVariantList &binds)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 %2 ORDER BY %3").arg(kFacilityColumns, where, kFacilityOrder),
        binds);
    std::vector<Facility> out;
    while (q.next())
        out.push_back(facilityFrom(q));
    return out;
}

std::vector<Facility> PostgresOfficeRepository::facilities(bool includeInactive)
{
    return facilitiesWhere(includeInactive ? QString() : QStringLiteral("WHERE active"), {});
}

std::vector<Facility> PostgresOfficeRepository::searchFacilities(const QString &text,
                                                                bool includeInactive)
{
    // Each word a prefix query on the facility's search column; the word is bound, quoted as a
    // tsquery lexeme (a word holds no quote: FacilityStore::searchWords splits on non-word
    // characters).
    QStringList where;
    QVariantList binds;
    if (!includeInactive)
        where.append(QStringLiteral("active"));
    for (const QString &word : FacilityStore::searchWords(text)) {
        where.append(QStringLiteral("search @@ to_tsquery('simple', ?)"));
        binds.append(u'\'' + word + QStringLiteral("':*"));
    }
    return facilitiesWhere(
        where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
        binds);
}

std::optional<Facility> PostgresOfficeRepository::facility(const QString &id)
{
    std::vector<Facility> found = facilitiesWhere(QStringLiteral("WHERE id = ?"), {id});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

ImportCounts PostgresOfficeRepository::upsertFacilities(const std::vector<Facility> &facilities)
{
    ImportCounts counts;
    m_db.inTransaction([&] {
        counts = {};
        for (const Facility &f : facilities) {
            const std::optional<Facility> existing = facility(f.id);
            if (existing && *existing == f) {
                ++counts.unchanged;
                continue;
            }
            ++(existing ? counts.updated : counts.added);
            m_db.query(
                QStringLiteral(
                    "INSERT INTO facility (id, name, address, postal_code, city, category,"
                    " risk_class, operator_name, org_number, contact_name, phone, email, active,"
                    " exp_class, control_hours)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id, office) DO UPDATE SET"
                    " name = excluded.name, address = excluded.address, postal_code ="
                    " excluded.postal_code, city = excluded.city, category = excluded.category,"
                    " risk_class = excluded.risk_class, operator_name = excluded.operator_name,"
                    " org_number = excluded.org_number, contact_name = excluded.contact_name,"
                    " phone = excluded.phone, email = excluded.email, active = excluded.active,"
                    " exp_class = excluded.exp_class, control_hours = excluded.control_hours"),
                {f.id, text(f.name), text(f.address), text(f.postalCode), text(f.city),
                 text(f.category),
                 f.riskClass ? QVariant(*f.riskClass) : QVariant(QMetaType(QMetaType::Int)),
                 text(f.operatorDetails.name), text(f.operatorDetails.orgNumber),
                 text(f.operatorDetails.contactName), text(f.operatorDetails.phone),
                 text(f.operatorDetails.email), f.active, text(f.expClass),
                 f.controlHours ? QVariant(*f.controlHours)
                                : QVariant(QMetaType(QMetaType::Double))});
        }
    });
    return counts;
}

std::optional<Checklist> PostgresOfficeRepository::checklist(const QString &id, int version)
{
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT title, area, categories, office FROM checklist WHERE id = ? AND version = ?"
            " ORDER BY office LIMIT 1"),
        {id, version});
    if (!q.next())
        return std::nullopt;
    Checklist c;
    c.id = id;
    c.version = version;
    c.title = q.value(0).toString();
    domain::areaFromString(q.value(1).toString(), &c.area);
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        c.categories.append(v.toString());
    const QString office = q.value(3).toString();
    QSqlQuery sections = m_db.query(QStringLiteral("SELECT title FROM checklist_section WHERE"
                                                   " checklist_id = ? AND checklist_version = ?"
                                                   " AND office = ? ORDER BY position"),
                                    {id, version, office});
    while (sections.next())
        c.sections.push_back({sections.value(0).toString(), {}});
    QSqlQuery items = m_db.query(
        QStringLiteral("SELECT section_position, item_id, text, guidance, legal_reference,"
                       " control_area FROM checklist_item WHERE checklist_id = ? AND"
                       " checklist_version = ? AND office = ? ORDER BY position"),
        {id, version, office});
    while (items.next()) {
        const int s = items.value(0).toInt();
        if (s >= 0 && s < int(c.sections.size()))
            c.sections[size_t(s)].items.push_back(
                {items.value(1).toString(), items.value(2).toString(), items.value(3).toString(),
                 items.value(4).toString(), items.value(5).toString()});
    }
    return c;
}

std::vector<Checklist> PostgresOfficeRepository::checklistVersions(const QString &where)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, version FROM checklist%1 GROUP BY id, version ORDER BY"
                       " min(title), id, version")
            .arg(where));
    std::vector<std::pair<QString, int>> keys;
    while (q.next())
        keys.emplace_back(q.value(0).toString(), q.value(1).toInt());
    std::vector<Checklist> out;
    for (const auto &[id, version] : keys)
        out.push_back(*checklist(id, version));
    return out;
}

std::vector<Checklist> PostgresOfficeRepository::publishedChecklists()
{
    return checklistVersions(QStringLiteral(" WHERE status = 'published'"));
}

std::vector<Checklist> PostgresOfficeRepository::allChecklists()
{
    return checklistVersions(QString());
}

ImportCounts PostgresOfficeRepository::importChecklists(const std::vector<Checklist> &checklists,
                                                        const QString &source)
{
    ImportCounts counts;
    m_db.inTransaction([&] {
        counts = {};
        for (const Checklist &c : checklists) {
            std::optional<Checklist> existing = checklist(c.id, c.version);
            if (existing) {
                if (!domain::sameContent(*existing, c))
                    throw Error(tr("%1: checklist \"%2\" version %3 already exists with other "
                                   "content. A published version never changes: give the edited "
                                   "checklist the next version number. Nothing was imported.")
                                    .arg(source, c.id)
                                    .arg(c.version));
                if (domain::fillClassification(*existing, c)) {
                    m_db.query(QStringLiteral("UPDATE checklist SET categories = ? WHERE id = ?"
                                              " AND version = ?"),
                               {QString::fromUtf8(
                                    QJsonDocument(QJsonArray::fromStringList(existing->categories))
                                        .toJson(QJsonDocument::Compact)),
                                c.id, c.version});
                    for (const auto &section : existing->sections) {
                        for (const auto &it : section.items)
                            m_db.query(QStringLiteral("UPDATE checklist_item SET control_area = ?"
                                                      " WHERE checklist_id = ? AND"
                                                      " checklist_version = ? AND item_id = ?"),
                                       {text(it.controlArea), c.id, c.version, it.id});
                    }
                    ++counts.updated;
                } else {
                    ++counts.unchanged;
                }
                continue;
            }
            insertChecklist(c, ChecklistStatus::Published);
            ++counts.added;
        }
    });
    return counts;
}

std::optional<OfficeRepository::ChecklistStatus>
PostgresOfficeRepository::checklistStatus(const QString &id, int version)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT status FROM checklist WHERE id = ? AND version = ?"), {id, version});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString() == u"draft" ? ChecklistStatus::Draft : ChecklistStatus::Published;
}

void PostgresOfficeRepository::insertChecklist(const Checklist &c, ChecklistStatus status)
{
    m_db.query(QStringLiteral("INSERT INTO checklist (id, version, title, area, status,"
                              " categories) VALUES (?,?,?,?,?,?)"),
               {c.id, c.version, text(c.title), domain::areaToString(c.area),
                status == ChecklistStatus::Draft ? QStringLiteral("draft")
                                                 : QStringLiteral("published"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.categories))
                                      .toJson(QJsonDocument::Compact))});
    int itemPosition = 0;
    for (int s = 0; s < int(c.sections.size()); ++s) {
        m_db.query(QStringLiteral("INSERT INTO checklist_section (checklist_id,"
                                  " checklist_version, position, title) VALUES (?,?,?,?)"),
                   {c.id, c.version, s, text(c.sections[size_t(s)].title)});
        for (const auto &it : c.sections[size_t(s)].items)
            m_db.query(QStringLiteral("INSERT INTO checklist_item (checklist_id,"
                                      " checklist_version, section_position, position, item_id,"
                                      " text, guidance, legal_reference, control_area) VALUES"
                                      " (?,?,?,?,?,?,?,?,?)"),
                       {c.id, c.version, s, itemPosition++, text(it.id), text(it.text),
                        text(it.guidance), text(it.legalReference), text(it.controlArea)});
    }
}

void PostgresOfficeRepository::removeChecklist(const QString &id, int version)
{
    // Sections and items go with it (ON DELETE CASCADE).
    m_db.query(QStringLiteral("DELETE FROM checklist WHERE id = ? AND version = ?"), {id, version});
}

void PostgresOfficeRepository::markChecklistPublished(const QString &id, int version,
                                                      const QDateTime &at)
{
    m_db.query(QStringLiteral("UPDATE checklist SET status = 'published', published_at = ? WHERE"
                              " id = ? AND version = ?"),
               {timeValue(at), id, version});
}

std::optional<PublishRecord> PostgresOfficeRepository::lastPublish()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, share, facilities, checklists FROM"
                                            " publish_log ORDER BY id DESC LIMIT 1")
                                 .arg(epoch(QStringLiteral("published_at"))));
    if (!q.next())
        return std::nullopt;
    return PublishRecord{timeFrom(q.value(0)), q.value(1).toString(), q.value(2).toByteArray(),
                         q.value(3).toByteArray()};
}

void PostgresOfficeRepository::addPublish(const PublishRecord &r)
{
    m_db.query(QStringLiteral("INSERT INTO publish_log (published_at, share, facilities,"
                              " checklists) VALUES (?,?,?,?)"),
               {timeValue(r.publishedAt), text(r.share), r.facilities, r.checklists});
}

void PostgresOfficeRepository::addDeviationClosure(const domain::DeviationClosure &c)
{
    m_db.query(QStringLiteral("INSERT INTO office_deviation_closure (visit_id, item_id, reason,"
                              " closed_by, closed_at) VALUES (?,?,?,?,?)"),
               {text(c.visitId), text(c.itemId), text(c.reason), text(c.closedBy),
                timeValue(c.closedAt)});
}

std::vector<domain::DeviationClosure> PostgresOfficeRepository::deviationClosures()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT visit_id, item_id, reason, closed_by, %1 FROM"
                                            " office_deviation_closure ORDER BY visit_id, item_id")
                                 .arg(epoch(QStringLiteral("closed_at"))));
    std::vector<domain::DeviationClosure> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), timeFrom(q.value(4))});
    return out;
}

std::vector<domain::FeeRate> PostgresOfficeRepository::feeSchedule()
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT to_char(valid_from, 'YYYY-MM-DD'), ore_per_hour,"
                                  " rounding FROM fee_rate ORDER BY valid_from"));
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

void PostgresOfficeRepository::setFeeRate(const domain::FeeRate &rate)
{
    // Dates go in as ISO text, cast by the server: no driver conversion in between.
    m_db.query(
        QStringLiteral("INSERT INTO fee_rate (valid_from, ore_per_hour, rounding) VALUES"
                       " (CAST(? AS date), ?, ?) ON CONFLICT (valid_from, office) DO UPDATE SET"
                       " ore_per_hour = excluded.ore_per_hour, rounding = excluded.rounding"),
        {rate.validFrom.toString(Qt::ISODate), rate.orePerHour,
         domain::roundingToString(rate.rounding)});
}

void PostgresOfficeRepository::removeFeeRate(const QDate &validFrom)
{
    m_db.query(QStringLiteral("DELETE FROM fee_rate WHERE valid_from = CAST(? AS date)"),
               {validFrom.toString(Qt::ISODate)});
}

} // namespace tillsyn::storage
