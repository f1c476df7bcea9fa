#pragma once

#include "domain/visit.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::field {

struct StartRequest
{
    QString facilityId;
    QString checklistId;
    int checklistVersion = 0; // 0: the newest version
    domain::VisitKind kind = domain::VisitKind::Planned;
    bool announced = true;
    std::vector<domain::Inspector> inspectors; // the current user first
    QString caseNumber{}; // optional: the case system's diarienummer ({}: no warning in old {…})
};

// What the finish dialog warns about; finishing is allowed anyway.
struct FinishCheck
{
    std::vector<domain::Answer> unanswered;
    std::vector<domain::Answer> deviationsWithoutComment;
};

// The inspector's visit from start to finished revision, for the GUI and the CLI alike. Every call
// is one committed transaction: nothing waits for a Save button, and a kill loses nothing that a
// call returned from. Failures throw tillsyn::Error with a translated reason; nothing is changed.
class VisitLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::field::VisitLifecycle)

public:
    using Clock = std::function<QDateTime()>;

    explicit VisitLifecycle(storage::Database &db, Clock clock = {});

    // Returns the new visit's id (a lowercase UUID).
    QString start(const StartRequest &request);
    // The current revision (a draft while being edited), without photo bytes.
    domain::Visit current(const QString &visitId);

    void setResult(const QString &visitId, const QString &itemId,
                   std::optional<domain::Result> result);
    void setComment(const QString &visitId, const QString &itemId, const QString &comment);
    void setAnswer(const QString &visitId, const QString &itemId,
                   std::optional<domain::Result> result, const QString &comment);
    // Imports an image file (see PhotoImport) and attaches it to an item; returns the photo id.
    QString addPhoto(const QString &visitId, const QString &itemId, const QString &filePath,
                     const QString &caption = {});
    void setPhotoCaption(const QString &visitId, const QString &photoId, const QString &caption);
    void removePhoto(const QString &visitId, const QString &photoId);
    // Puts a removed photo back as it was (its id, caption and bytes): undoing a removal.
    void restorePhoto(const QString &visitId, const domain::Photo &photo);
    void setMinutes(const QString &visitId, int minutes);
    void setPresentPersons(const QString &visitId, const QStringList &persons);
    void setSummary(const QString &visitId, const QString &summary);

    // Follow-up (issue 17). A deadline only on a deviation (nullopt clears it); a result that is
    // no deviation clears it too.
    void setDeadline(const QString &visitId, const QString &itemId, std::optional<QDate> deadline);
    // Records what this visit found about an earlier deviation the laptop knows is open; throws
    // for one of this visit, or one that is unknown.
    void setFollowUp(const QString &visitId, const domain::FollowUp &followUp);
    void clearFollowUp(const QString &visitId, const QString &earlierVisitId,
                       const QString &itemId);
    // The open deviations this laptop knows for a facility (see merge::knownOpenDeviations),
    // leaving out everything of `excludeVisitId` (the visit that follows them up).
    std::vector<domain::Deviation> openDeviations(const QString &facilityId,
                                                  const QString &excludeVisitId = {});
    // Deletes the draft revision of a visit started (or reopened) by mistake; a finished
    // revision is never deleted. Returns the revision the visit is back at (0: the visit is gone).
    int deleteDraft(const QString &visitId);

    FinishCheck check(const QString &visitId);
    // Locks the draft as a finished revision, durably (synchronous=FULL); returns its number.
    int finish(const QString &visitId);
    // Starts the next revision as a draft edited from the newest finished one; returns its number.
    int reopen(const QString &visitId);

    // Case number, time per activity, operator's comment and signature (issue 18; implemented in
    // visitlifecyclecase.cpp). An empty case number removes it.
    void setCaseNumber(const QString &visitId, const QString &caseNumber);
    // One activity's minutes (0–1440); the visit's minutes spent become the sum of its entries.
    void setTime(const QString &visitId, domain::Activity activity, int minutes,
                 bool chargeable = true);
    void setOperatorComment(const QString &visitId, const QString &comment);
    // The operator's signature: `png` is the drawn signature, or empty with `declined`. Signed
    // now; replaces an earlier signature of the draft. With `comment`, also sets the operator's
    // comment, in the same transaction.
    void sign(const QString &visitId, const QString &name, const QString &role,
              const QByteArray &png, bool declined,
              const std::optional<QString> &comment = std::nullopt);
    // The case number of the facility's newest other visit that has one (empty when none).
    QString lastCaseNumber(const QString &visitId);

    // Makes the visit files of finished revisions that have none (from before the outbox).
    void writeMissingVisitFiles();

    // This database's device identity, created on first use.
    domain::Device device();

private:
    // The revision number of the visit's draft; throws if unknown or finished.
    int draftRevision(const QString &visitId);
    void requireItem(const QString &visitId, int revision, const QString &itemId);
    QDateTime now() const;
    // Puts the revision's visit file in the outbox; inside the caller's transaction.
    void writeVisitFile(const QString &visitId, int revision);

    storage::Database &m_db;
    Clock m_clock;
};

} // namespace tillsyn::field
