#include "core/model/fingerprint.h"

#include <map>
#include <tuple>

#include "core/util/digest.h"

namespace atscan {

std::string normalise_line(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string compute_fingerprint(const Finding& f, int occurrence) {
  std::string key = f.rule_id + '\x1f' + f.location.file + '\x1f' + normalise_line(f.snippet) + '\x1f' +
                    f.evidence + '\x1f' + std::to_string(occurrence);
  return sha256_hex(key).substr(0, 32);
}

void assign_fingerprints(std::vector<Finding>& findings) {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, int> seen;
  for (auto& f : findings) {
    int& n = seen[{f.rule_id, f.location.file, normalise_line(f.snippet), f.evidence}];
    f.fingerprint = compute_fingerprint(f, n++);
  }
}

}  // namespace atscan
