#pragma once

#include "domain/checklist.h"
#include "domain/facility.h"

#include <vector>

namespace tillsyn::reference {

// The checklist a new visit at `facility` starts with: the first of `checklists` whose
// `categories` name the facility's category (compared trimmed and ignoring case), or -1 when
// none does. The office decides this in its reference data; the program knows no category words.
int suggestChecklist(const std::vector<domain::Checklist> &checklists,
                     const domain::Facility &facility);

} // namespace tillsyn::reference
