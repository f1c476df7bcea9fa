#pragma once

#include "fees/feerules.h"

#include <QCoreApplication>

#include <vector>

namespace tillsyn::storage {

class Database;

// The office's fee schedule (table fee_rate). Portable SQL only (SQLite and PostgreSQL alike),
// so it can move behind the office repository interface. Callers hold the transaction.
class FeeScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::FeeScheduleStore)

public:
    explicit FeeScheduleStore(Database &db)
        : m_db(db)
    {}

    // Oldest first.
    std::vector<fees::FeeRate> schedule();
    // Adds the line, or replaces the one from the same date.
    void set(const fees::FeeRate &rate);
    void remove(const QDate &validFrom);

private:
    Database &m_db;
};

} // namespace tillsyn::storage
