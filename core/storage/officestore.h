#pragma once

#include "domain/visit.h"
#include "storage/officerecords.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;

// The office's merged visits: every revision's bytes as received, and the derived current view
// of each visit. Callers hold the transaction; refresh() rederives one visit after a change.
class OfficeStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::OfficeStore)

public:
    explicit OfficeStore(Database &db)
        : m_db(db)
    {}

    std::vector<OfficeRevision> revisions(const QString &visitId);
    void insert(const domain::Visit &visit, const QString &contentHash, const QString &fileName,
                const QByteArray &bytes, const QDateTime &mergedAt);
    QByteArray bytes(const QString &visitId, int revision, const QString &contentHash);
    // Rederives the visit's current revision, conflict state and answers. `parsed` may give a
    // revision the caller already read (used when it is the current one, to avoid reading again).
    void refresh(const QString &visitId, const domain::Visit *parsed = nullptr,
                 const QString &parsedHash = {});
    void setAside(const QString &visitId, int revision, const QString &contentHash, bool setAside);
    void addResolution(const Resolution &resolution);
    std::vector<Resolution> resolutions(const QString &visitId);
    // A rejection is recorded pending (storedAs empty) before the file moves, then marked moved.
    qint64 addRejected(const RejectedFile &file);
    // The pending record of the same file (name, bytes, share), or 0.
    qint64 pendingRejection(const RejectedFile &file);
    // Records of a share not yet marked moved (a crash came between the record and the move).
    std::vector<RejectedFile> pendingRejections(const QString &share);
    // Where the rejected files that have a record lie (rejected/NAME[.N]).
    QSet<QString> rejectedPaths();
    // False when the record is gone (the merge that made it lost the race to move the file).
    bool markRejectedMoved(qint64 id, const QString &storedAs);
    void removePendingRejection(qint64 id);
    std::vector<RejectedFile> rejected();
    std::vector<OfficeVisitSummary> list();
    // Whether any visit was merged here: this is an office database.
    bool hasVisits();
    // One stored revision's content (its visit file, parsed).
    domain::Visit content(const QString &visitId, const OfficeRevision &revision);
    // The current revision's content (the visit file as parsed).
    std::optional<domain::Visit> current(const QString &visitId);

private:
    // A statement of the merge's hot path, prepared once per store (MergeRun keeps one store for
    // all its files). SELECTs are finished after reading, so no read transaction stays open.
    QSqlQuery &statement(const QString &sql);

    Database &m_db;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace tillsyn::storage
