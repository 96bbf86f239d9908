#include "core/report/github_reporter.h"

#include <algorithm>

#include "core/report/text_encoding.h"

namespace atscan {

namespace {

std::string escape(std::string_view s, bool property) {
  std::string out;
  for (char c : valid_utf8(s)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command_for(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "notice";
  }
}

}  // namespace

std::string github_escape_data(std::string_view s) { return escape(s, false); }
std::string github_escape_property(std::string_view s) { return escape(s, true); }

void GithubReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) {
  for (const auto& f : findings) {
    if (f.suppression) continue;
    const Location& l = f.location;
    out << "::" << command_for(f.severity) << " file=" << github_escape_property(l.file);
    // A whole-file finding (line 0) is annotated on line 1, where a diff view can show it.
    out << ",line=" << std::max(l.line, 1);
    if (l.line > 0) {
      if (l.column > 0) out << ",col=" << l.column;
      if (l.end_line > 0) out << ",endLine=" << l.end_line;
      if (l.end_column > 0) out << ",endColumn=" << l.end_column;
    }
    out << ",title=" << github_escape_property(f.rule_id) << "::" << github_escape_data(f.message) << '\n';
  }
  // Annotations are capped per step; notifications go to the debug log so they never crowd out findings.
  for (const auto& n : ctx.notifications)
    out << "::debug::" << github_escape_data((n.file.empty() ? std::string("atscan") : n.file) + ": " + n.level + ": " + n.message) << '\n';
}

}  // namespace atscan
