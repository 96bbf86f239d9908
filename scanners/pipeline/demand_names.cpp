#include "scanners/pipeline/demand_names.h"

#include <algorithm>

namespace atscan {
namespace {

bool identifier_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' || c == '$';
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

bool uses_identifier(std::string_view text, std::string_view name) {
  if (name.empty()) return false;
  // A name that starts or ends with a non-identifier byte ("a.b") is bounded there by itself.
  const bool check_before = identifier_byte(name.front()), check_after = identifier_byte(name.back());
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const bool open = !check_before || at == 0 || !identifier_byte(text[at - 1]);
    const size_t end = at + name.size();
    const bool close = !check_after || end == text.size() || !identifier_byte(text[end]);
    if (open && close) return true;
  }
  return false;
}

DemandNames::DemandNames(const std::vector<std::string>& names) : filter_(names) {
  for (const auto& n : names) by_lower_[lower(n)].push_back(n);
}

DemandNames::Uses DemandNames::in(std::string_view text) const {
  Uses u;
  u.mentioned = filter_.matched_literals(text);  // sorted
  for (const auto& hit : u.mentioned)
    if (auto it = by_lower_.find(hit); it != by_lower_.end() &&
        std::any_of(it->second.begin(), it->second.end(), [&](const std::string& name) { return uses_identifier(text, name); }))
      u.used.push_back(hit);
  return u;
}

}  // namespace atscan
