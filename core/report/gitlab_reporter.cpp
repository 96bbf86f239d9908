#include "core/report/gitlab_reporter.h"

#include "core/model/fingerprint.h"

namespace atscan {

std::string_view gitlab_severity(Severity s) {
  switch (s) {
    case Severity::error: return "critical";
    case Severity::warning: return "major";
    default: return "info";
  }
}

void GitlabReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext&) {
  Json issues = Json::array();
  for (const auto& f : findings) {
    if (f.suppression) continue;
    // GitLab needs a fingerprint on every issue (it tracks issues across pipelines by it).
    const std::string fingerprint = f.fingerprint.empty() ? compute_fingerprint(f, 0) : f.fingerprint;
    issues.push_back(Json{{"description", f.message},
                          {"check_name", f.rule_id},
                          {"fingerprint", fingerprint},
                          {"severity", gitlab_severity(f.severity)},
                          {"location", Json{{"path", f.location.file}, {"lines", Json{{"begin", f.location.line > 0 ? f.location.line : 1}}}}}});
  }
  out << dump_json(issues, 2) << '\n';
}

}  // namespace atscan
