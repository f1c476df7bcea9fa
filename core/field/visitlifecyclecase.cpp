// VisitLifecycle's case and billing members (issue 18): case number, time per activity, the
// operator's comment and signature. Kept apart from visitlifecycle.cpp so features merge apart.
#include "visitlifecycle.h"

#include "storage/database.h"
#include "storage/visitcasestore.h"
#include "util/error.h"
#include "visitfile/casemembers.h"
#include "visitfile/photocheck.h"

namespace tillsyn::field {

using namespace tillsyn::domain;
using storage::Transaction;
using storage::VisitCaseStore;

void VisitLifecycle::setCaseNumber(const QString &visitId, const QString &caseNumber)
{
    const QString number = caseNumber.trimmed();
    if (!number.isEmpty()) {
        const QString problem = caseNumberProblem(number);
        if (!problem.isEmpty())
            throw Error(tr("The case number %1.").arg(problem));
    }
    Transaction tx(m_db);
    VisitCaseStore(m_db).setCaseNumber(visitId, draftRevision(visitId), number);
    tx.commit();
}

void VisitLifecycle::setTime(const QString &visitId, Activity activity, int minutes,
                             bool chargeable)
{
    if (minutes < 0 || minutes > 1440)
        throw Error(tr("The minutes of one activity must be between 0 and 1440."));
    Transaction tx(m_db);
    VisitCaseStore(m_db).setTime(visitId, draftRevision(visitId), {activity, minutes, chargeable});
    tx.commit();
}

void VisitLifecycle::setOperatorComment(const QString &visitId, const QString &comment)
{
    Transaction tx(m_db);
    VisitCaseStore(m_db).setOperatorComment(visitId, draftRevision(visitId), comment);
    tx.commit();
}

void VisitLifecycle::sign(const QString &visitId, const QString &name, const QString &role,
                          const QByteArray &png, bool declined,
                          const std::optional<QString> &comment)
{
    OperatorSignature s;
    s.name = name.trimmed();
    s.role = role.trimmed();
    s.declined = declined;
    if (s.name.isEmpty())
        throw Error(tr("A signature needs the operator's name."));
    if (declined && !png.isEmpty())
        throw Error(tr("A declined signature has no image."));
    if (!declined) {
        if (png.isEmpty())
            throw Error(tr("A signature needs an image of the signature, or that the operator "
                           "declined to sign."));
        if (png.size() > visitfile::CaseMembers::kSignatureBytes)
            throw Error(tr("The signature image is larger than 1 MiB."));
        const visitfile::PhotoHeader header = visitfile::PhotoCheck::check(png);
        if (header.mediaType != u"image/png" || !header.ok())
            throw Error(tr("The signature image is not a PNG image."));
        s.mediaType = QStringLiteral("image/png");
        s.data = png;
    }
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    // Never before the visit started (a laptop clock set back would make an invalid file).
    s.signedAt = std::max(now(), current(visitId).startedAt);
    VisitCaseStore store(m_db);
    if (comment)
        store.setOperatorComment(visitId, revision, *comment);
    store.setSignature(visitId, revision, s);
    tx.commit();
}

QString VisitLifecycle::lastCaseNumber(const QString &visitId)
{
    const Visit v = current(visitId);
    return VisitCaseStore(m_db).lastCaseNumber(v.facility.id, visitId);
}

} // namespace tillsyn::field
