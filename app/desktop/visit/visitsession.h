#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"
#include "field/visitlifecycle.h"

#include <QObject>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// One open visit in the GUI: the in-memory Visit value kept equal to what is committed. Every
// change goes through field::VisitLifecycle (one committed transaction) and only then updates the
// value and tells the views, so what is shown is what a crash would leave.
class VisitSession : public QObject
{
    Q_OBJECT

public:
    VisitSession(storage::Database &db, const QString &visitId, QObject *parent = nullptr);

    const domain::Visit &visit() const { return m_visit; }
    bool isDraft() const { return m_visit.status == domain::VisitStatus::Draft; }
    storage::Database &database() { return m_db; }
    field::VisitLifecycle &lifecycle() { return m_lifecycle; }

    // Each returns false (after emitting failed) when the change could not be committed.
    bool setAnswer(const QString &itemId, std::optional<domain::Result> result,
                   const QString &comment);
    bool addPhoto(const QString &itemId, const QString &filePath);
    bool setPhotoCaption(const QString &photoId, const QString &caption);
    bool removePhoto(const QString &photoId);
    bool restorePhoto(const domain::Photo &photo); // undoes removePhoto()
    bool setMinutes(int minutes);
    bool setPresentPersons(const QStringList &persons);
    bool setSummary(const QString &summary);
    // Follow-up (issue 17): a deviation's deadline, and what this visit found about an earlier
    // visit's open deviation.
    bool setDeadline(const QString &itemId, std::optional<QDate> deadline);
    bool setFollowUp(const domain::FollowUp &followUp);
    // The open deviations of earlier visits to this facility that this computer knows.
    std::vector<domain::Deviation> earlierDeviations();
    bool finish();
    bool reopen();
    QByteArray photoData(const QString &photoId);

    // Case number, time per activity, the operator's comment and signature (issue 18).
    bool setTime(domain::Activity activity, int minutes, bool chargeable);
    bool setCaseNumber(const QString &caseNumber);
    bool sign(const QString &name, const QString &role, const QByteArray &png, bool declined,
              const QString &comment);
    // The operator's comment without a signature (finishing without one keeps what was typed).
    bool setOperatorComment(const QString &comment);
    // The case number of the facility's last other visit that has one.
    QString lastCaseNumber();
    // The checklist's guidance (handledning) for an item; the visit itself keeps only the wording.
    QString guidance(const QString &itemId) const;

signals:
    void answerChanged(const QString &itemId);
    void photosChanged(const QString &itemId);
    void visitChanged();   // status or revision
    void minutesChanged(); // the time spent (the running clock changes it every minute)
    void followUpsChanged();
    void failed(const QString &message);

private:
    template <typename F> bool commit(F &&change);
    void reload();

    storage::Database &m_db;
    field::VisitLifecycle m_lifecycle;
    domain::Visit m_visit;
    std::optional<domain::Checklist> m_checklist;
};

} // namespace tillsyn::desktop
