#include "core/model/finding.h"

#include <tuple>

#include "core/util/stable_sort.h"

namespace atscan {

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.location.file, a.location.line, a.location.column, a.rule_id, a.message, a.evidence) <
         std::tie(b.location.file, b.location.line, b.location.column, b.rule_id, b.message, b.evidence);
}

void sort_findings(std::vector<Finding>& findings) {
  stable_sort_vector(findings, finding_less);
}

}  // namespace atscan
