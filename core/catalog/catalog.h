#pragma once
// The rule catalog, loaded from rules/*.yaml and validated: an unknown key or a missing field is an
// error that names the file and line.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/rule.h"

namespace atscan {

class CatalogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Catalog {
 public:
  // Loads every rules_dir/*.yaml (not subfolders). Throws CatalogError.
  static Catalog load(const std::filesystem::path& rules_dir);
  // Rules already parsed from rules_dir/*.yaml, in the order load() gives them (a precomputed copy).
  static Catalog from_rules(std::filesystem::path rules_dir, std::vector<Rule> rules);
  // Parses one rule document; `source` names it in errors. Throws CatalogError.
  static Rule parse_rule(std::string_view yaml_text, const std::string& source);

  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  // Union of every rule's triggers, sorted and unique.
  std::vector<std::string> trigger_literals() const;
  // Union of every rule's trigger patterns (case-sensitive regular expressions), sorted and unique.
  std::vector<std::string> trigger_patterns() const;
  // Union of every rule's weak triggers (Rule::weak_triggers), sorted and unique.
  std::vector<std::string> weak_triggers() const;
  const std::filesystem::path& dir() const { return dir_; }

  void add(Rule r);

 private:
  std::vector<Rule> rules_;
  std::filesystem::path dir_;
};

// Where the rules live: --rules, then $ATSCAN_RULES, then next to the executable
// (../share/atscan/rules), then the source tree the binary was built from.
std::filesystem::path default_rules_dir(const char* argv0);

}  // namespace atscan
