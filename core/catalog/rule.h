#pragma once
// One catalog entry: rules/<rule-id>.yaml.
#include <string>
#include <vector>

#include "core/model/severity.h"

namespace atscan {

struct Rule {
  std::string id;        // ats-…, kebab-case; also the clang-tidy check name and docs file name
  std::string title;
  Severity severity = Severity::warning;  // the highest level the judge reports for this rule (a cap, see docs/architecture.md)
  std::string message;   // one line; {evidence} and {verdict} are substituted
  std::vector<std::string> languages;
  std::string docs;      // path of the docs page relative to the repository (docs/rules/<id>.md)
  std::vector<std::string> tags;
  std::vector<std::string> triggers;  // literals for the prefilter (any case): a file without any is not parsed
  // Case-sensitive regular expressions for the prefilter, for triggers a literal would make too wide
  // ("MII" of a base64 certificate is also the RMII of every Ethernet driver).
  std::vector<std::string> trigger_patterns;
  // The plain words (any case) that this rule's patterns and narrowed literals stand in for ("verify" for
  // its TLS forms, "mii" for a base64 certificate): only `scan --no-tiered-triggers` admits files by them,
  // to check that the narrower triggers leave no finding out.
  std::vector<std::string> weak_triggers;
  std::string category;  // pinning | custom-trust | verification | certificate-file
  // CVSS-like score "0.0"–"10.0" that GitHub code scanning ranks alerts by (SARIF security-severity).
  std::string security_severity;
  std::string source;    // the YAML file it came from
  bool operator==(const Rule&) const = default;
};

}  // namespace atscan
