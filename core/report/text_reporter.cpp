// `path:line:col: severity: message [rule-id]`, then the evidence line, like compilers and clang-tidy.
#include "core/report/text_reporter.h"

#include <algorithm>

#include "core/report/text_encoding.h"

namespace atscan {

namespace {

// One diagnostic per line: a message that carries a PEM or a multi-line value keeps its newlines
// visible as \n, and control characters from scanned text or file names cannot forge lines or send
// terminal escapes.
std::string one_line(std::string_view s) { return escape_controls(s, true); }
std::string path(std::string_view s) { return escape_controls(s); }

const char* colour_of(Severity s) {
  switch (s) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;35m";
    case Severity::note: return "\033[1;36m";
    default: return "";
  }
}
// `file:line:col`; a whole-file place (line 0) is shown at 1:1 so editors and terminals can jump to it.
std::string place(const Location& l) {
  if (l.line <= 0) return path(l.file) + ":1:1";
  return path(l.file) + ':' + std::to_string(l.line) + ':' + std::to_string(std::max(l.column, 1));
}

}  // namespace

void TextReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) {
  const char* bold = ctx.color ? "\033[1m" : "";
  const char* reset = ctx.color ? "\033[0m" : "";
  int shown = 0;
  for (const auto& f : findings) {
    if (f.suppression && !ctx.show_suppressed) continue;
    if (!f.suppression) ++shown;
    out << bold << place(f.location) << ':' << reset << ' '
        << (ctx.color ? colour_of(f.severity) : "") << to_string(f.severity) << ':' << reset << ' ' << one_line(f.message)
        << " [" << f.rule_id << "]\n";
    if (f.suppression)
      out << "    suppressed (" << (f.suppression->kind == "external" ? "baseline" : "in source") << "): "
          << (f.suppression->justification.empty() ? std::string("no reason given") : one_line(f.suppression->justification)) << '\n';
    if (!f.snippet.empty()) out << "    " << one_line(f.snippet) << '\n';
    if (!f.verdict.empty()) out << "    verdict: " << one_line(f.verdict) << '\n';
    for (const auto& r : f.related)
      out << "    " << (r.location.file.empty() ? std::string("atscan") : place(r.location)) << ": note: " << one_line(r.message) << '\n';
    for (const auto& step : f.path)
      out << "    via " << place(step.location) << ": " << one_line(step.message) << '\n';
  }
  if (ctx.quiet) return;
  for (const auto& n : ctx.notifications)
    out << (n.file.empty() ? std::string("atscan") : path(n.file)) << ": " << n.level << ": " << one_line(n.message) << '\n';
  out << shown << " finding" << (shown == 1 ? "" : "s") << " in " << ctx.summary.files_scanned << " files scanned";
  if (ctx.summary.files_skipped) out << ", " << ctx.summary.files_skipped << " skipped";
  if (ctx.summary.suppressed) out << ", " << ctx.summary.suppressed << " suppressed";
  if (ctx.summary.baselined) out << ", " << ctx.summary.baselined << " in baseline";
  out << '\n';
}

}  // namespace atscan
