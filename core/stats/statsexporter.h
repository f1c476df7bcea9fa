#pragma once

#include "stats/statsfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::stats {

// Makes an office's anonymised statistics file. Nothing identifying can get in, by
// construction: the file is made only from typed aggregates — checklist and item ids (checked
// against the id pattern), counts, facility category labels (checked against a narrow pattern;
// others are left out), months — and item wordings come only from the office's published
// checklists, never from a visit. No facility, inspector, comment or summary is even read, and
// nothing of a visit but its checklist, category, month and results reaches the data. Every
// group with fewer than 5 visits is left out.
class StatsExporter
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::stats::StatsExporter)

public:
    explicit StatsExporter(storage::OfficeRepository &repository)
        : m_repo(repository)
    {}

    // From and to default to the days of the first and the last visit.
    StatsData build(const QString &office, const QDate &from = {}, const QDate &to = {});
    // Writes atomically: the file is either the whole new content or left as it was.
    static void save(const StatsData &data, const QString &path);

private:
    storage::OfficeRepository &m_repo;
};

} // namespace tillsyn::stats
