#pragma once
// Severity of a finding and the --fail-on threshold; ordered so that comparisons work.
#include <optional>
#include <string>
#include <string_view>

namespace atscan {

enum class Severity { none = 0, note = 1, warning = 2, error = 3 };

std::string_view to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

// One level lower (used for test code); note stays note.
Severity lowered(Severity s);

}  // namespace atscan
