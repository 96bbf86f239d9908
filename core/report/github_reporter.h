#pragma once
// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<msg>`
// (warning → ::warning, note → ::notice). Suppressed findings are left out.
#include "core/report/reporter.h"

namespace atscan {

class GithubReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

// GitHub's escaping: data escapes % CR LF; property values also escape ':' and ','.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

}  // namespace atscan
