#pragma once

#include "domain/visit.h"

#include <QCoreApplication>

namespace tillsyn::storage {

class Database;

// The case block of a field visit revision (domain::VisitCase): case number, time per activity,
// operator's comment and signature. VisitStore calls insert() and load() so a revision is always
// read and copied whole; the setters are the field lifecycle's. Callers hold the transaction.
class VisitCaseStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::VisitCaseStore)

public:
    explicit VisitCaseStore(Database &db)
        : m_db(db)
    {}

    void insert(const QString &visitId, int revision, const domain::VisitCase &c);
    domain::VisitCase load(const QString &visitId, int revision);

    void setCaseNumber(const QString &visitId, int revision, const QString &caseNumber);
    void setOperatorComment(const QString &visitId, int revision, const QString &comment);
    // Sets one activity's time; the revision's minutes_spent becomes the sum of its entries.
    void setTime(const QString &visitId, int revision, const domain::TimeEntry &entry);
    void setSignature(const QString &visitId, int revision,
                      const std::optional<domain::OperatorSignature> &signature);
    // The case number of the facility's newest visit that has one, other than `excludeVisitId`.
    QString lastCaseNumber(const QString &facilityId, const QString &excludeVisitId);

private:
    Database &m_db;
};

} // namespace tillsyn::storage
