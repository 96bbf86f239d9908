#include "core/trust/verdict.h"

namespace atscan {

std::string_view to_string(VerdictKind k) {
  switch (k) {
    case VerdictKind::accepts: return "ACCEPTS";
    case VerdictKind::rejects: return "REJECTS";
    case VerdictKind::partial: return "PARTIAL";
    case VerdictKind::warn: return "WARN";
    case VerdictKind::unknown: return "UNKNOWN";
  }
  return "UNKNOWN";
}

std::string TrustVerdict::summary() const {
  std::string s(to_string(kind));
  if (kind == VerdictKind::accepts && !accepted_by.empty()) {
    s += " (";
    for (size_t i = 0; i < accepted_by.size(); ++i) s += (i ? ", " : "") + accepted_by[i];
    s += ")";
  }
  if (!reason.empty()) s += ": " + reason;
  for (const auto& p : problems) s += "; " + p;
  return s;
}

}  // namespace atscan
