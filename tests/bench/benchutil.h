#pragma once

#include "domain/checklist.h"
#include "domain/facility.h"
#include "field/visitlifecycle.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <random>

#include <vector>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::bench {

struct Percentiles
{
    double p50;
    double p99;
    double max;
};

// Milliseconds per sample → p50/p99/max.
Percentiles percentiles(std::vector<double> samples);
// n plausible facilities, deterministic for a seed.
std::vector<domain::Facility> syntheticFacilities(int n, unsigned seed = 42);
void print(const QString &line);
// A food checklist of `sections` sections of `perSection` items each. `longTexts`: item texts
// and legal references as long as a real control report's.
domain::Checklist benchChecklist(const QString &id, const QString &title, int sections,
                                 int perSection, bool longTexts);

// A database ready for visits: the checklist, one facility, and how to start a visit there.
struct BenchField
{
    std::vector<domain::Facility> facilities;
    QStringList items; // the checklist's item ids, in order
    field::StartRequest request;
};
BenchField prepareField(storage::Database &db, const domain::Checklist &checklist);

// A 1600x1200 picture with enough detail that its JPEG is the size of a phone photo's.
QImage photo(std::mt19937 &rng);

} // namespace tillsyn::bench
