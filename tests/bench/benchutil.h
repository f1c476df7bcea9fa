#pragma once

#include "domain/facility.h"

#include <QString>

#include <vector>

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

} // namespace tillsyn::bench
