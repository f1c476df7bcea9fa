#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"

#include <random>
#include <vector>

namespace tillsyn::visitfile {

// Plausible synthetic finished visits for tests and benchmarks, the same for the same seed:
// varied facilities, checklists, results, kinds and revisions (about one visit in five also has
// a second revision edited from the first), with photos attached to deviations.
class VisitGenerator
{
public:
    VisitGenerator(std::vector<domain::Checklist> checklists, unsigned seed);

    // `count` visit files' worth of revisions, each with `photos` photos.
    std::vector<domain::Visit> generate(int count, int photos);

private:
    domain::Visit makeVisit(int index, int photos);
    domain::Visit nextRevision(const domain::Visit &base);
    QString uuid();
    QByteArray photoBytes(int width, int height);

    std::vector<domain::Checklist> m_checklists;
    std::mt19937 m_rng;
};

} // namespace tillsyn::visitfile
