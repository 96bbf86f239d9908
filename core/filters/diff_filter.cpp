#include "core/filters/diff_filter.h"

#include <algorithm>

namespace atscan {

bool ChangedLines::touches(const Location& loc) const {
  if (whole_files.count(loc.file)) return true;
  auto it = lines.find(loc.file);
  if (it == lines.end() || it->second.empty()) return false;
  if (loc.line <= 0) return true;
  const int last = std::max(loc.line, loc.end_line);
  auto hit = it->second.lower_bound(loc.line);
  return hit != it->second.end() && *hit <= last;
}

int keep_changed(std::vector<Finding>& findings, const ChangedLines& changed) {
  auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    if (changed.touches(f.location)) return false;
    return std::none_of(f.related.begin(), f.related.end(), [&](const RelatedLocation& r) { return changed.touches(r.location); });
  });
  return static_cast<int>(before - findings.size());
}

}  // namespace atscan
