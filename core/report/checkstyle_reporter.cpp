#include "core/report/checkstyle_reporter.h"

#include <algorithm>

#include <map>

#include "core/report/text_encoding.h"

namespace atscan {

namespace {

// Checkstyle's levels are error, warning, info.
std::string_view checkstyle_severity(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "info";
  }
}

}  // namespace

void CheckstyleReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext&) {
  std::map<std::string, std::vector<const Finding*>> by_file;  // sorted by path whatever the input order
  for (const auto& f : findings)
    if (!f.suppression) by_file[f.location.file].push_back(&f);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const auto& [file, list] : by_file) {
    out << "  <file name=\"" << xml_escape(file) << "\">\n";
    for (const Finding* f : list) {
      // A whole-file finding (line 0) is put on line 1: checkstyle consumers expect a line.
      out << "    <error line=\"" << std::max(f->location.line, 1) << '"';
      if (f->location.column > 0) out << " column=\"" << f->location.column << '"';
      out << " severity=\"" << checkstyle_severity(f->severity) << "\" message=\"" << xml_escape(f->message)
          << "\" source=\"" << xml_escape(f->rule_id) << "\"/>\n";
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace atscan
