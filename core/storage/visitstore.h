#pragma once

#include <QHash>

#include "domain/visit.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;

// A line of the visits list: enough to show and pick a visit without loading its answers.
struct VisitSummary
{
    QString visitId;
    int revision = 0;
    int baseRevision = 0;
    domain::VisitStatus status = domain::VisitStatus::Draft;
    QString facilityId;
    QString facilityName;
    QString checklistId;
    QString checklistTitle;
    domain::VisitKind kind = domain::VisitKind::Planned;
    QDateTime startedAt;
    QDateTime finishedAt;
    int answered = 0;
    int items = 0;
    int deviations = 0;
    // Of the newest revision's visit file: waiting, sent or failed (with the reason); nothing
    // for a draft.
    enum class Sync { None, Waiting, Sent, Failed };
    Sync sync = Sync::None;
    QString syncError;
};

// Visits as stored: each revision is a row with its answers and photos. The store only reads and
// writes; the rules of what may change when live in field::VisitLifecycle. Callers hold the
// transaction.
class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::VisitStore)

public:
    explicit VisitStore(Database &db)
        : m_db(db)
    {}

    void insert(const domain::Visit &visit);
    // The newest revision when `revision` is 0. Photo bytes only when asked for.
    std::optional<domain::Visit> load(const QString &visitId, int revision = 0,
                                      bool withPhotoData = false);
    // 0 when the visit is unknown.
    int latestRevision(const QString &visitId);
    std::optional<domain::VisitStatus> status(const QString &visitId, int revision);
    // The newest revision of every visit (of one facility when facilityId is set), newest first.
    std::vector<VisitSummary> list(const QString &facilityId = {});
    // When each facility was last visited (the latest start of a visit on this computer), by
    // facility id: one query for a whole list (the facility list's column).
    QHash<QString, QDateTime> lastVisits();
    std::vector<int> revisions(const QString &visitId);

    struct EarlierDeviations
    {
        QDateTime startedAt; // invalid when there is no earlier finished visit
        std::vector<QString> itemIds;
    };
    // The deviations of the facility's latest finished visit before `before` (another visit).
    EarlierDeviations earlierDeviations(const QString &facilityId, const QString &excludeVisitId,
                                        const QDateTime &before);

    void setAnswer(const QString &visitId, int revision, const QString &itemId,
                   std::optional<domain::Result> result, const QString &comment);
    void insertPhoto(const QString &visitId, int revision, const domain::Photo &photo);
    void setPhotoCaption(const QString &visitId, int revision, const QString &photoId,
                         const QString &caption);
    void removePhoto(const QString &visitId, int revision, const QString &photoId);
    // Deletes a draft revision with its answers and photos (a finished one is refused by the
    // database's triggers; the statement touches drafts only). Returns whether one was deleted.
    bool deleteDraft(const QString &visitId, int revision);
    QByteArray photoData(const QString &sha256);
    void setMinutes(const QString &visitId, int revision, int minutes);
    void setPresentPersons(const QString &visitId, int revision, const QStringList &persons);
    void setSummary(const QString &visitId, int revision, const QString &summary);
    void markFinished(const QString &visitId, int revision, const QDateTime &finishedAt);

private:
    void loadAnswers(domain::Visit &visit);
    void loadPhotos(domain::Visit &visit, bool withData);
    void updateVisitColumn(const QString &visitId, int revision, const char *column,
                           const QVariant &value);

    Database &m_db;
};

} // namespace tillsyn::storage
