#include "mergefixture.h"

#include "content/shippedcontent.h"
#include "storage/officerepository.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include "support/testimages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

namespace tillsyn::test {

using namespace tillsyn::domain;

QDateTime mergeClock()
{
    return QDateTime(QDate(2026, 3, 5), QTime(10, 0, 0), Qt::UTC);
}

QString uuidFor(int n)
{
    return QStringLiteral("%1-0000-4000-a000-000000000000").arg(n, 8, 16, QChar(u'0'));
}

Visit mergeVisit(const QString &visitId, int revision, int base, const QString &variant)
{
    Visit v;
    v.visitId = visitId;
    v.revision = revision;
    v.baseRevision = base;
    v.status = VisitStatus::Finished;
    v.startedAt = QDateTime(QDate(2026, 2, 10), QTime(9, 0, 0), Qt::UTC);
    v.finishedAt = v.startedAt.addSecs(3600 * revision);
    v.device = {QStringLiteral("6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"), QStringLiteral("laptop-3")};
    v.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    v.facility.id = QStringLiteral("F-1");
    v.facility.name = QStringLiteral("Kafé Kanelbullen");
    v.facility.city = QStringLiteral("Solna");
    v.checklist = {QStringLiteral("livs"), 1, QStringLiteral("Livsmedel")};
    v.kind = VisitKind::Planned;
    v.minutesSpent = 30 + revision;
    v.summary = QStringLiteral("Revision %1%2")
                    .arg(revision)
                    .arg(variant.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(variant));
    v.answers = {
        {QStringLiteral("lokal-1"),
         QStringLiteral("Lokaler"),
         QStringLiteral("Golv är rena"),
         QStringLiteral("852/2004"),
         Result::Deviation,
         QStringLiteral("Smuts vid golvbrunnen %1").arg(variant),
         {}},
        {QStringLiteral("lokal-2"),
         QStringLiteral("Lokaler"),
         QStringLiteral("Väggar är hela"),
         QString(),
         Result::Ok,
         QString(),
         {}},
        {QStringLiteral("hant-1"),
         QStringLiteral("Hantering"),
         QStringLiteral("Kylen håller 8 °C"),
         QString(),
         Result::NotApplicable,
         QString(),
         {}},
    };
    return v;
}

Visit mergeVisitWithPhoto(const QString &visitId)
{
    Visit v = mergeVisit(visitId, 1, 0, QStringLiteral("foto"));
    const QByteArray jpeg = jpegBytes(32, 24);
    Photo p;
    p.id = QStringLiteral("p-1");
    p.itemId = v.answers.front().itemId;
    p.mediaType = QStringLiteral("image/jpeg");
    p.bytes = jpeg.size();
    p.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    p.caption = QStringLiteral("Golvbrunn");
    p.data = jpeg;
    v.answers.front().photoIds = {p.id};
    v.photos = {p};
    return v;
}

QByteArray fileBytes(const Visit &visit)
{
    return visitfile::VisitFileWriter::write(visit);
}

QString fileName(const Visit &visit, const QByteArray &bytes)
{
    return visitfile::VisitFileWriter::fileName(visit, bytes);
}

QJsonObject jsonOf(const Visit &visit)
{
    return visitfile::VisitFileWriter::toJson(visit);
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

VisitFile visitFile(const Visit &visit)
{
    const QByteArray bytes = fileBytes(visit);
    return {fileName(visit, bytes), bytes};
}

std::vector<VisitFile> generatedFiles(int count, unsigned seed, int conflicts)
{
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), seed);
    const std::vector<Visit> visits = generator.generate(count - conflicts, 0);
    std::vector<VisitFile> out;
    for (const Visit &v : visits)
        out.push_back(visitFile(v));
    for (const Visit &v : visits) {
        if (conflicts == 0)
            break;
        if (v.revision < 2)
            continue;
        Visit other = v;
        other.summary = QStringLiteral("Den andra datorns version.");
        out.push_back(visitFile(other));
        --conflicts;
    }
    if (conflicts != 0)
        throw std::runtime_error("the generator made too few second revisions");
    return out;
}

namespace {
void writeInbox(const QString &shareDir, const std::vector<VisitFile> &files)
{
    const QDir inbox(shareDir + QStringLiteral("/inbox"));
    if (!QDir().mkpath(inbox.path()))
        throw std::runtime_error("cannot create the inbox");
    for (const VisitFile &f : files) {
        QFile out(inbox.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size())
            throw std::runtime_error("cannot write " + f.name.toStdString());
    }
}
} // namespace

void OfficeFixture::toInbox(const std::vector<VisitFile> &files) const
{
    writeInbox(shareDir, files);
}

PostgresDatabase::FromTemplate migratedOfficeDatabase()
{
    return {PostgresDatabase::server().templateDatabase(QStringLiteral("tillsyn_office_migrated"),
                                                        [](const QString &uri) {
                                                            // Opening migrates; the connection
                                                            // closes with the repository.
                                                            storage::OfficeRepository::open(uri);
                                                        })};
}

void PostgresOfficeFixture::toInbox(const std::vector<VisitFile> &files) const
{
    writeInbox(shareDir, files);
}

namespace {

QStringList rows(storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    db.exec(q);
    QStringList out;
    while (q.next()) {
        QString row;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            row += v.isNull() ? QStringLiteral("NULL")
                   : v.typeId() == QMetaType::QByteArray
                       ? QString::fromLatin1(
                             QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256)
                                 .toHex())
                       : v.toString();
            row += u'|';
        }
        out.append(row);
    }
    out.sort();
    return out;
}

} // namespace

QString canonicalDump(storage::Database &db)
{
    return QStringLiteral("office_revision\n") +
           rows(db, QStringLiteral("SELECT visit_id, revision, content_hash, set_aside FROM "
                                   "office_revision"))
               .join(u'\n') +
           QStringLiteral("\noffice_visit\n") +
           rows(db, QStringLiteral("SELECT visit_id, revision, in_conflict FROM office_visit"))
               .join(u'\n');
}

QString fullDump(storage::Database &db)
{
    QString out;
    for (const QString &table :
         {QStringLiteral("office_revision"), QStringLiteral("office_visit"),
          QStringLiteral("office_answer"), QStringLiteral("office_resolution"),
          QStringLiteral("office_rejected")}) {
        // A rejection's row id depends on how two merges at once interleaved, its share on the
        // fixture's temporary folder; the rest not.
        const QString columns =
            table == u"office_rejected"
                ? QStringLiteral("file_name, reason, rejected_at, content_hash, stored_as, moved")
                : QStringLiteral("*");
        out += table + u'\n' +
               rows(db, QStringLiteral("SELECT %1 FROM %2").arg(columns, table)).join(u'\n') +
               u'\n';
    }
    return out;
}

QString repositoryDump(storage::OfficeRepository &office)
{
    const auto sha = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    const auto time = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    QStringList out;
    for (const QString &id : office.visitIds()) {
        for (const storage::OfficeRevision &r : office.revisions(id))
            out << QStringLiteral("revision %1 r%2 b%3 %4 aside=%5 %6 %7 %8 %9")
                       .arg(id)
                       .arg(r.key.revision)
                       .arg(r.key.baseRevision)
                       .arg(r.key.contentHash)
                       .arg(r.key.setAside)
                       .arg(r.fileName, time(r.mergedAt), time(r.finishedAt),
                            sha(office.revisionBytes(id, r.key.revision, r.key.contentHash)));
        if (const auto file = office.currentFile(id))
            out << QStringLiteral("current %1 %2 %3").arg(id, file->fileName, sha(file->bytes));
        for (const storage::Resolution &r : office.resolutions(id))
            out << QStringLiteral("resolution %1 r%2 %3 %4 %5 %6")
                       .arg(id)
                       .arg(r.revision)
                       .arg(r.contentHash, r.reason, r.resolvedBy, time(r.resolvedAt));
    }
    for (const storage::OfficeVisitSummary &v : office.visitSummaries()) {
        QStringList revisions;
        for (int r : v.revisions)
            revisions << QString::number(r);
        out << QStringLiteral("visit %1 r%2 conflict=%3 [%4] %5 %6 %7 %8 %9")
                   .arg(v.visitId)
                   .arg(v.revision)
                   .arg(v.inConflict)
                   .arg(revisions.join(u','), v.facilityId, v.facilityName, v.checklistId,
                        v.checklistTitle, domain::toString(v.kind))
             << QStringLiteral("  %1 %2 %3 %4")
                    .arg(v.inspectors, time(v.startedAt), time(v.finishedAt))
                    .arg(v.deviations);
    }
    for (const storage::AnswerRow &a : office.answerRows({}))
        out << QStringLiteral("answer %1 r%2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(a.visitId)
                   .arg(a.revision)
                   .arg(a.facilityName, a.checklistId, a.itemId, a.section, a.text,
                        a.legalReference, domain::toString(a.result))
             << QStringLiteral("  comment %1").arg(a.comment);
    QStringList rejected;
    for (const storage::RejectedFile &r : office.rejected())
        rejected << QStringLiteral("rejected %1 %2 %3 %4 %5")
                        .arg(r.fileName, r.reason, time(r.rejectedAt), r.contentHash, r.storedAs);
    rejected.sort();
    return (out + rejected).join(u'\n');
}

int rowCount(storage::Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    db.exec(q);
    return q.next() ? q.value(0).toInt() : -1;
}

bool inConflict(storage::Database &db, const QString &visitId)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT in_conflict FROM office_visit WHERE visit_id = ?"));
    q.addBindValue(visitId);
    db.exec(q);
    if (!q.next())
        throw std::runtime_error("no office_visit row for " + visitId.toStdString());
    return q.value(0).toBool();
}

int currentRevision(storage::Database &db, const QString &visitId)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT revision FROM office_visit WHERE visit_id = ?"));
    q.addBindValue(visitId);
    db.exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

int revisionCount(storage::OfficeRepository &office)
{
    int n = 0;
    for (const QString &id : office.visitIds())
        n += int(office.revisions(id).size());
    return n;
}

int answerCount(storage::OfficeRepository &office)
{
    return int(office.answerRows({}).size());
}

int resolutionCount(storage::OfficeRepository &office)
{
    int n = 0;
    for (const QString &id : office.visitIds())
        n += int(office.resolutions(id).size());
    return n;
}

namespace {
std::optional<storage::OfficeVisitSummary> listed(storage::OfficeRepository &office,
                                                  const QString &visitId)
{
    // A filter on the facility could not name one visit; the list is small in these tests.
    for (const storage::OfficeVisitSummary &v : office.visitSummaries()) {
        if (v.visitId == visitId)
            return v;
    }
    return std::nullopt;
}
} // namespace

bool inConflict(storage::OfficeRepository &office, const QString &visitId)
{
    const auto v = listed(office, visitId);
    if (!v)
        throw std::runtime_error("the office lists no visit " + visitId.toStdString());
    return v->inConflict;
}

int currentRevision(storage::OfficeRepository &office, const QString &visitId)
{
    const auto v = listed(office, visitId);
    return v ? v->revision : 0;
}

QString canonicalDump(storage::OfficeRepository &office)
{
    QStringList revisions;
    for (const QString &id : office.visitIds()) {
        for (const storage::OfficeRevision &r : office.revisions(id))
            revisions << QStringLiteral("%1|%2|%3|%4|")
                             .arg(id)
                             .arg(r.key.revision)
                             .arg(r.key.contentHash)
                             .arg(int(r.key.setAside));
    }
    revisions.sort();
    QStringList visits;
    for (const storage::OfficeVisitSummary &v : office.visitSummaries())
        visits << QStringLiteral("%1|%2|%3|").arg(v.visitId).arg(v.revision).arg(int(v.inConflict));
    visits.sort();
    return QStringLiteral("revisions\n") + revisions.join(u'\n') + QStringLiteral("\nvisits\n") +
           visits.join(u'\n');
}

QString officeDump(OfficeFixture &f)
{
    return fullDump(f.db) + QStringLiteral("\nrepository\n") + repositoryDump(f.office);
}

QString officeDump(PostgresOfficeFixture &f)
{
    return repositoryDump(f.office);
}

QString stateDump(OfficeFixture &f)
{
    return canonicalDump(f.db) + QStringLiteral("\nrepository\n") + canonicalDump(f.office);
}

QString stateDump(PostgresOfficeFixture &f)
{
    return canonicalDump(f.office);
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(root).relativeFilePath(it.next()));
    out.sort();
    return out;
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QString contentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(visitfile::VisitFileReader::canonical(bytes),
                                 QCryptographicHash::Sha256)
            .toHex());
}

const merge::FileOutcome *findOutcome(const merge::MergeReport &report, const QString &file)
{
    for (const auto &f : report.files) {
        if (f.file == file)
            return &f;
    }
    return nullptr;
}

} // namespace tillsyn::test
