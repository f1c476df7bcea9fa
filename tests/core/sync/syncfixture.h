#pragma once

#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "sync/shareerror.h"
#include "sync/syncengine.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDateTime>

namespace tillsyn::test {

// A field database with the shipped checklists and the demo facilities, a lifecycle driven by a
// clock the test sets, and an empty folder for a share.
struct SyncFixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("field.db"))};
    QDateTime clock = QDateTime(QDate(2026, 11, 26), QTime(9, 15, 0), Qt::UTC);
    field::VisitLifecycle visits{db, [this] { return clock; }};
    const QString shareDir = dir.file(QStringLiteral("share"));

    SyncFixture();
    field::StartRequest request() const;
    // Starts a visit, answers its first items (a deviation with a comment, with a photo when
    // asked), finishes it and returns its id.
    QString finishedVisit(bool withPhoto = false);
    // Reopens a finished visit, changes an answer and finishes the next revision.
    int refinish(const QString &visitId);
    std::vector<storage::OutboxEntry> outbox(bool withBytes = true);
    int pending();
};

// visit-<visitId>-r<revision>-<first 8 hex of SHA-256>.json, computed here from the content.
QString expectedVisitFileName(const QByteArray &bytes);
// Reads the file, requires VisitFileReader to accept it and its name to follow the format.
void requireValidVisitFile(const QString &path);
// The names in a folder, hidden files included, sorted.
QStringList allNames(const QString &folder);
// The pull result for reference/`file` in a sync report (fails the test when there is none).
const sync::ReferenceResult &referenceResult(const sync::SyncReport &report, const QString &file);

// The ShareError `call` throws; fails the test when it throws nothing or another error.
template <typename F> sync::ShareError shareErrorOf(F &&call)
{
    try {
        call();
    } catch (const sync::ShareError &e) {
        return e;
    } catch (const Error &e) {
        FAIL("not a ShareError: " << e.message().toStdString());
    }
    FAIL("no ShareError was thrown");
    return sync::ShareError(sync::ShareError::Kind::Other, {});
}

} // namespace tillsyn::test
