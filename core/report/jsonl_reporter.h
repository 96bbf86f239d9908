#pragma once
// JSON Lines: one object per finding per line, suppressed findings included with "suppressed".
// The schema is documented in docs/output.md and kept stable (fields are only ever added).
#include "core/report/json_output.h"
#include "core/report/reporter.h"

namespace atscan {

class JsonlReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

// One finding as its JSONL object (also used by tests and other tools).
Json finding_to_json(const Finding& f);
// The same object as one line of text (no newline), byte for byte dump_json(finding_to_json(f)).
std::string finding_to_jsonl(const Finding& f);

}  // namespace atscan
