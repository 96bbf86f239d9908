#pragma once
// Which rules a run reports: `--select`/`--ignore` and the config file's `rules: {select, ignore}`.
// Entries are rule ids or globs ending in '*' ("ats-custom-*"); an empty select list selects every rule.
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/model/finding.h"

namespace atscan {

struct RuleSelection {
  std::vector<std::string> select;
  std::vector<std::string> ignore;

  bool empty() const { return select.empty() && ignore.empty(); }
  bool selects(const std::string& rule_id) const;
};

// "" when every entry names a catalog rule (or a glob that matches one); otherwise the message for the
// first entry that does not, with a suggestion ("unknown rule 'ats-pining' (did you mean …?)").
std::string check_rule_patterns(const std::vector<std::string>& patterns, const Catalog& catalog);

bool rule_pattern_matches(const std::string& pattern, const std::string& rule_id);

// Drops the findings of rules the selection does not select.
void keep_selected(std::vector<Finding>& findings, const RuleSelection& selection);

}  // namespace atscan
