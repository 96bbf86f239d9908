#pragma once
// The finding model shared by every front-end, the judge and every reporter.
#include <optional>
#include <string>
#include <vector>

#include "core/model/facts.h"
#include "core/model/location.h"
#include "core/model/severity.h"
#include "core/trust/verdict.h"

namespace atscan {

// A related place: the endpoint a configured client talks to, the certificate file a config names,
// or one step of the flow from trust configuration to use.
struct RelatedLocation {
  Location location;
  std::string message;
  bool operator==(const RelatedLocation&) const = default;
};

// A text edit: replace [start, end) of `location` (line/column range) with `replacement`.
// A whole-file fix uses line == 0 and carries the new file content.
struct Edit {
  Location range;
  std::string replacement;
  bool operator==(const Edit&) const = default;
};

struct Fix {
  std::string description;
  std::vector<Edit> edits;
  bool operator==(const Fix&) const = default;
};

struct Suppression {
  std::string kind;           // "inSource" (comment) or "external" (baseline)
  std::string justification;  // text after the rule id in the comment
  bool operator==(const Suppression&) const = default;
};

struct Finding {
  std::string rule_id;
  Severity severity = Severity::warning;
  std::string message;
  Location location;
  std::string evidence;       // the value seen: a pin, a path, a certificate name, the source line
  std::string verdict;        // why: the trust oracle's explanation
  std::vector<RelatedLocation> related;
  std::vector<RelatedLocation> path;  // the flow from the trust setting to what it reaches, step by step
  std::string fingerprint;    // stable across line shifts (see fingerprint.h)
  std::optional<Fix> fix;
  std::string confidence = "high";  // "high" (semantic) or "low" (syntactic fallback)
  std::optional<Suppression> suppression;
  std::string snippet;        // the source line at location.line, for reporters
  // What the judge decided from, for fix producers (never parsed back from the message text).
  TrustKind fact_kind = TrustKind::unresolved;
  VerdictKind verdict_kind = VerdictKind::unknown;
  std::string trust_file;     // the certificate file whose contents decide the verdict (relative), if any

  bool operator==(const Finding&) const = default;
};

// Total order used by every reporter: file, line, column, rule id, message.
bool finding_less(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

}  // namespace atscan
