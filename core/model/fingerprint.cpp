#include "core/model/fingerprint.h"

#include <unordered_map>

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

namespace {

// What identifies a finding apart from its occurrence: rule, file, normalised line and evidence.
std::string identity(const Finding& f) {
  std::string key = f.rule_id;
  key += '\x1f';
  key += f.location.file;
  key += '\x1f';
  key += normalise_line(f.snippet);
  key += '\x1f';
  key += f.evidence;
  key += '\x1f';
  return key;
}

std::string fingerprint_of(std::string key, int occurrence) {
  key += std::to_string(occurrence);
  return sha256_hex(key).substr(0, 32);
}

}  // namespace

std::string compute_fingerprint(const Finding& f, int occurrence) { return fingerprint_of(identity(f), occurrence); }

void assign_fingerprints(std::vector<Finding>& findings) {
  std::unordered_map<std::string, int> seen;
  for (auto& f : findings) {
    std::string key = identity(f);
    int& n = seen[key];
    f.fingerprint = fingerprint_of(std::move(key), n++);
  }
}

}  // namespace atscan
