#include "core/model/severity.h"

namespace atscan {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::none: return "none";
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "none";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "none" || s == "never") return Severity::none;
  if (s == "note" || s == "info") return Severity::note;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  return std::nullopt;
}

Severity lowered(Severity s) {
  if (s == Severity::error) return Severity::warning;
  if (s == Severity::warning) return Severity::note;
  return s;
}

}  // namespace atscan
