#include "syncfixture.h"

#include "content/shippedcontent.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace tillsyn::test {

SyncFixture::SyncFixture()
{
    content::ShippedContent::install(db, true);
    QDir().mkpath(shareDir);
}

field::StartRequest SyncFixture::request() const
{
    field::StartRequest r;
    r.facilityId = content::ShippedContent::demoFacilities().front().id;
    r.checklistId = content::ShippedContent::checklists().front().id;
    r.kind = domain::VisitKind::Planned;
    r.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    return r;
}

QString SyncFixture::finishedVisit(bool withPhoto)
{
    const QString id = visits.start(request());
    const domain::Visit v = visits.current(id);
    REQUIRE(v.answers.size() >= 2);
    visits.setAnswer(id, v.answers[0].itemId, domain::Result::Deviation,
                     QStringLiteral("Smuts vid golvbrunnen."));
    visits.setAnswer(id, v.answers[1].itemId, domain::Result::Ok, QString());
    if (withPhoto) {
        const QString photo = dir.write(QStringLiteral("photo.jpg"), jpegBytes(320, 240));
        visits.addPhoto(id, v.answers[0].itemId, photo, QStringLiteral("Golvbrunnen"));
    }
    visits.setMinutes(id, 45);
    clock = clock.addSecs(3600);
    visits.finish(id);
    clock = clock.addSecs(600);
    return id;
}

int SyncFixture::refinish(const QString &visitId)
{
    visits.reopen(visitId);
    const domain::Visit v = visits.current(visitId);
    visits.setAnswer(visitId, v.answers[1].itemId, domain::Result::Deviation,
                     QStringLiteral("Ändrad efter samtal."));
    clock = clock.addSecs(600);
    return visits.finish(visitId);
}

std::vector<storage::OutboxEntry> SyncFixture::outbox(bool withBytes)
{
    storage::OutboxStore store(db);
    std::vector<storage::OutboxEntry> rows = store.all();
    if (withBytes) {
        for (auto &row : rows)
            row.bytes = store.find(row.visitId, row.revision)->bytes;
    }
    return rows;
}

int SyncFixture::pending()
{
    return storage::OutboxStore(db).pendingCount();
}

QString expectedVisitFileName(const QByteArray &bytes)
{
    const domain::Visit v = visitfile::VisitFileReader::read(bytes, QStringLiteral("visit.json"));
    return QStringLiteral("visit-%1-r%2-%3.json")
        .arg(v.visitId)
        .arg(v.revision)
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(8)));
}

void requireValidVisitFile(const QString &path)
{
    INFO("file " << path.toStdString());
    const QByteArray bytes = readAll(path);
    try {
        visitfile::VisitFileReader::read(bytes, QFileInfo(path).fileName());
    } catch (const Error &e) {
        FAIL("not a valid visit file: " << e.message().toStdString());
    }
    REQUIRE(QFileInfo(path).fileName() == expectedVisitFileName(bytes));
}

QStringList allNames(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const sync::ReferenceResult &referenceResult(const sync::SyncReport &report, const QString &file)
{
    for (const auto &ref : report.reference) {
        if (ref.fileName == QStringLiteral("reference/") + file)
            return ref;
    }
    FAIL("no result for " << file.toStdString());
    return report.reference.front();
}

} // namespace tillsyn::test
