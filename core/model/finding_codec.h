#pragma once
// Judged findings as JSON and back, every field (a whole-scan memo replays them byte for byte).
// Reading anything malformed throws FactsCodecError.
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/facts_codec.h"
#include "core/model/finding.h"

namespace atscan {

nlohmann::json findings_to_json(const std::vector<Finding>& findings);
std::vector<Finding> findings_from_json(const nlohmann::json& j);

}  // namespace atscan
