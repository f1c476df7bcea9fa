#pragma once

#include "storage/officerepository.h"
#include "storage/postgres/postgresconnection.h"

#include <optional>

namespace tillsyn::storage {

// The office database on a PostgreSQL server: several clerks at once. What SQLite gets from its
// single writer this gets from the server's own means:
// * each visit's unit of work is one transaction holding that visit's advisory lock
//   (pg_advisory_xact_lock), so two merges of the same visit take turns and the second reads
//   the first's history; a transaction the server aborts for serialisation or a deadlock is
//   run again whole (PostgresConnection::inTransaction);
// * a pending rejection record is unique by share, file name and hash (INSERT … ON CONFLICT);
// * statistics count with GROUP BY, lists join revisions with string_agg, facility search uses a
//   tsvector; commits are durable on their own (synchronous_commit = on), except in a merge's
//   write batch, which commits asynchronously and makes them durable in makeDurable() (see
//   AsyncCommitBatch in the .cpp for why that is safe);
// * the statements run once per merged file are prepared once per connection.
// Results are the SQLite backend's, value for value and in the same order (text compares
// byte-wise, COLLATE "C").
class PostgresOfficeRepository final : public OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresOfficeRepository)

public:
    // Connects and brings the schema to this build's version (PostgresMigrations).
    explicit PostgresOfficeRepository(const PostgresLocator &locator);
    ~PostgresOfficeRepository() override;

    PostgresConnection &connection() { return m_db; }

    QString describe() const override;
    void inVisitTransaction(const QString &visitId, const std::function<void()> &work) override;
    void inTransaction(const std::function<void()> &work) override;
    std::unique_ptr<WriteBatch> beginWriteBatch() override;
    SessionOpener sessionOpener() const override;
    void makeDurable() override;
    void checkIntegrity() override;

    void requireOffice() override;
    void setOfficeRole() override;
    QString setting(const QString &key) override;
    void setSetting(const QString &key, const QString &value) override;
    void removeSetting(const QString &key) override;
    std::map<QString, QString> settings(const QString &prefix) override;
    QStringList offices() override;
    void actFor(const QString &office) override;
    QStringList officesOf(const QString &visitId) override;

    std::vector<OfficeRevision> revisions(const QString &visitId) override;
    void insertRevision(const domain::Visit &visit, const QString &contentHash,
                        const QString &fileName, const QByteArray &bytes,
                        const QDateTime &mergedAt) override;
    QByteArray revisionBytes(const QString &visitId, int revision,
                             const QString &contentHash) override;
    void setAside(const QString &visitId, int revision, const QString &contentHash,
                  bool setAside) override;
    bool hasVisits() override;
    QStringList visitIds() override;

    void writeCurrent(const QString &visitId, const CurrentRevision &current,
                      const domain::Visit &content) override;
    void clearCurrent(const QString &visitId) override;
    std::optional<StoredFile> currentFile(const QString &visitId) override;
    void eachCurrentFile(
        const VisitFilter &filter,
        const std::function<void(const QString &, const StoredFile &)> &each) override;
    std::vector<OfficeVisitSummary> visitSummaries(const VisitFilter &filter = {}) override;
    std::vector<AnswerRow> answerRows(const VisitFilter &filter,
                                      const QStringList &visitIds = {}) override;

    void addResolution(const Resolution &resolution) override;
    std::vector<Resolution> resolutions(const QString &visitId) override;
    qint64 addRejected(const RejectedFile &file) override;
    qint64 pendingRejection(const RejectedFile &file) override;
    std::vector<RejectedFile> pendingRejections(const QString &share) override;
    QSet<QString> rejectedPaths() override;
    bool markRejectedMoved(qint64 id, const QString &storedAs) override;
    void removePendingRejection(qint64 id) override;
    std::vector<RejectedFile> rejected() override;

    void scanVisits(const VisitFilter &filter, ScanAnswers answers, bool withMonth,
                    const ScanCallback &each) override;
    std::optional<std::vector<ItemCount>> itemCounts(const VisitFilter &filter) override;
    std::vector<ControlAreaCount> controlAreaCounts(const VisitFilter &filter) override;
    QString latestAnswerText(const QString &checklistId, const QString &itemId) override;

    std::vector<domain::Facility> facilities(bool includeInactive = false) override;
    std::optional<domain::Facility> facility(const QString &id) override;
    std::vector<domain::Facility> searchFacilities(const QString &text,
                                                   bool includeInactive = false) override;
    ImportCounts upsertFacilities(const std::vector<domain::Facility> &facilities) override;
    std::vector<domain::Checklist> publishedChecklists() override;
    std::vector<domain::Checklist> allChecklists() override;
    std::optional<domain::Checklist> checklist(const QString &id, int version) override;
    ImportCounts importChecklists(const std::vector<domain::Checklist> &checklists,
                                  const QString &source) override;
    std::optional<ChecklistStatus> checklistStatus(const QString &id, int version) override;
    void insertChecklist(const domain::Checklist &checklist, ChecklistStatus status) override;
    void removeChecklist(const QString &id, int version) override;
    void markChecklistPublished(const QString &id, int version, const QDateTime &at) override;
    std::optional<PublishRecord> lastPublish() override;
    void addPublish(const PublishRecord &record) override;
    void addDeviationClosure(const domain::DeviationClosure &closure) override;
    std::vector<domain::DeviationClosure> deviationClosures() override;
    std::vector<domain::FeeRate> feeSchedule() override;
    void setFeeRate(const domain::FeeRate &rate) override;
    void removeFeeRate(const QDate &validFrom) override;

private:
    // The WHERE clause (over office_visit v) of a filter, its values appended to `binds`.
    QString conditions(const VisitFilter &filter, QVariantList *binds);
    QStringList distinctMatching(const QString &column, const QString &part, bool perName);
    std::vector<domain::Checklist> checklistVersions(const QString &where);
    std::vector<domain::Facility> facilitiesWhere(const QString &where, const QVariantList &binds);

    // The SELECT of a visit's revisions (its id bound to the one '?'), and its rows read.
    static QString revisionsQuery();
    static std::vector<OfficeRevision> revisionsFrom(const PostgresConnection::Rows &rows);
    // Refuses a visit held by more than one office while the session reads every office.
    void requireOneOffice(const QString &visitId);

    PostgresConnection m_db;
    bool m_readsEveryOffice = false; // a county member naming no office
    // The visit whose revisions() came back empty in the unit of work under way (which holds
    // its lock): it has no derived row either, so writing its first one deletes nothing, and
    // the merge of a new visit saves that round trip.
    QString m_visitWithoutRevisions;
    // The revisions of the visit whose unit of work is under way, read in the round trip that
    // began it (after its lock was taken), for its first revisions() call.
    struct History
    {
        QString visitId;
        std::vector<OfficeRevision> revisions;
    };
    std::optional<History> m_history;
};

} // namespace tillsyn::storage
