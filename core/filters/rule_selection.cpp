#include "core/filters/rule_selection.h"

#include <algorithm>

#include "core/util/suggest.h"

namespace atscan {

bool rule_pattern_matches(const std::string& pattern, const std::string& rule_id) {
  if (!pattern.empty() && pattern.back() == '*') return rule_id.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return pattern == rule_id;
}

bool RuleSelection::selects(const std::string& rule_id) const {
  auto any = [&](const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(), [&](const std::string& p) { return rule_pattern_matches(p, rule_id); });
  };
  return (select.empty() || any(select)) && !any(ignore);
}

std::string check_rule_patterns(const std::vector<std::string>& patterns, const Catalog& catalog) {
  std::vector<std::string> ids;
  for (const auto& r : catalog.rules()) ids.push_back(r.id);
  for (const auto& p : patterns) {
    if (std::any_of(ids.begin(), ids.end(), [&](const std::string& id) { return rule_pattern_matches(p, id); })) continue;
    std::string hint = did_you_mean(p, ids);
    // "ats-pining": compare with the rules' trailing words too ("pinning" of ats-certificate-pinning).
    if (hint.empty() && p.rfind("ats-", 0) == 0) {
      std::vector<std::string> tails;
      std::vector<const std::string*> owner;
      for (const auto& id : ids)
        for (size_t dash = id.find('-', 4); dash != std::string::npos; dash = id.find('-', dash + 1)) {
          tails.push_back(id.substr(dash + 1));
          owner.push_back(&id);
        }
      auto tail = closest_match(p.substr(4), tails);
      for (size_t i = 0; i < tails.size() && !tail.empty(); ++i)
        if (tails[i] == tail) {
          hint = " (did you mean '" + *owner[i] + "'?)";
          break;
        }
    }
    return "unknown rule '" + p + "'" + hint + " (atscan rules lists them)";
  }
  return {};
}

void keep_selected(std::vector<Finding>& findings, const RuleSelection& selection) {
  if (selection.empty()) return;
  std::erase_if(findings, [&](const Finding& f) { return !selection.selects(f.rule_id); });
}

}  // namespace atscan
