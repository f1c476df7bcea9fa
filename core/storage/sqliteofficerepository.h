#pragma once

#include "storage/officerepository.h"

#include <QHash>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace tillsyn::storage {

class Database;

// The office database in one SQLite file (today's schema, Database underneath): the embedded
// backend for one clerk and for tests. Its own means stay inside: the statistics scan over the
// covering index, INDEXED BY, json_each for id lists, the WAL checkpoint batching and the
// synchronous=FULL commit that makes a merge's batch durable.
class SqliteOfficeRepository final : public OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::SqliteOfficeRepository)

public:
    // Opens (or creates) the file.
    explicit SqliteOfficeRepository(const QString &path);
    // Uses a connection the caller keeps open for longer than this repository.
    explicit SqliteOfficeRepository(Database &db);
    ~SqliteOfficeRepository() override;

    // The connection underneath, for what only a SQLite file has (the field side shares it).
    Database &database() { return m_db; }

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
    // A statement of the merge's hot path, prepared once per repository (MergeRun keeps one for
    // all its files). SELECTs are finished after reading, so no read transaction stays open.
    QSqlQuery &statement(const QString &sql);
    // The WHERE clause (over office_visit v) of a filter, its values appended to `binds`.
    QString conditions(const VisitFilter &filter, QVariantList *binds);
    // Values of a text column of office_visit that a "contains, any case" condition matches:
    // matched here, where any case also holds for Å, Ä and Ö (SQLite's LIKE folds only A-Z).
    QStringList distinctMatching(const QString &column, const QString &part, bool perName);
    QSqlQuery run(const QString &sql, const QVariantList &binds);
    void transaction(const std::function<void()> &work);

    std::unique_ptr<Database> m_owned;
    Database &m_db;
    std::map<QString, QSqlQuery> m_statements;
    QHash<QByteArray, QString> m_sections; // the scan's sections: hex of the UTF-8 → text
};

} // namespace tillsyn::storage
