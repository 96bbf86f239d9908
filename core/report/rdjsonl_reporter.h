#pragma once
// reviewdog Diagnostic Format, one JSON object per line (`reviewdog -f=rdjsonl`).
// Suppressed findings are left out.
#include "core/report/json_output.h"
#include "core/report/reporter.h"

namespace atscan {

class RdjsonlReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

}  // namespace atscan
