#include "core/model/finding.h"

#include <algorithm>
#include <tuple>

namespace atscan {

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.location.file, a.location.line, a.location.column, a.rule_id, a.message, a.evidence) <
         std::tie(b.location.file, b.location.line, b.location.column, b.rule_id, b.message, b.evidence);
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), finding_less);
}

}  // namespace atscan
