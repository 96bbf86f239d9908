#pragma once
// Stable fingerprints: the same finding keeps its fingerprint when lines above it move.
#include <string>
#include <string_view>

#include "core/model/finding.h"

namespace atscan {

// Hash of rule id, file, the whitespace-normalised evidence line and the evidence value.
// The line number is deliberately left out; `occurrence` separates identical lines in one file.
std::string compute_fingerprint(const Finding& f, int occurrence);

// Fills Finding::fingerprint for every finding; findings must already be sorted.
void assign_fingerprints(std::vector<Finding>& findings);

std::string normalise_line(std::string_view line);

}  // namespace atscan
