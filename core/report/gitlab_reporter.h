#pragma once
// GitLab Code Quality report: a JSON array of Code Climate issues. Suppressed findings are left out.
#include "core/report/json_output.h"
#include "core/report/reporter.h"

namespace atscan {

class GitlabReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

// error → "critical", warning → "major", note and none → "info".
std::string_view gitlab_severity(Severity s);

}  // namespace atscan
