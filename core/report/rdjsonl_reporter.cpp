#include "core/report/rdjsonl_reporter.h"

#include "core/report/edit_range.h"

namespace atscan {

namespace {

std::string_view rd_severity(Severity s) {
  switch (s) {
    case Severity::error: return "ERROR";
    case Severity::warning: return "WARNING";
    default: return "INFO";
  }
}

// reviewdog positions are 1-based lines and 1-based UTF-8 byte columns, as ours are.
Json position(int line, int column) {
  Json p{{"line", line}};
  if (column > 0) p["column"] = column;
  return p;
}

Json range(const Location& l) {
  Json r{{"start", position(l.line, l.column)}};
  if (l.end_line > 0) r["end"] = position(l.end_line, l.end_column);
  return r;
}

// A whole-file finding (line 0) gets line 1: reviewdog's diff filter drops a diagnostic without a line.
Json location(const Location& l) {
  Json j{{"path", l.file}};
  j["range"] = l.line > 0 ? range(l) : Json{{"start", position(1, 0)}};
  return j;
}

std::string docs_url(const Finding& f, const ReportContext& ctx) {
  const Rule* rule = ctx.catalog ? ctx.catalog->find(f.rule_id) : nullptr;
  // A relative docs path would be a broken link in a review comment: only with a base URL.
  if (!rule || rule->docs.empty() || ctx.docs_base_url.empty()) return {};
  return ctx.docs_base_url + rule->docs;
}

}  // namespace

void RdjsonlReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) {
  for (const auto& f : findings) {
    if (f.suppression) continue;
    Json d{{"message", f.message}, {"location", location(f.location)}, {"severity", rd_severity(f.severity)},
           {"source", Json{{"name", "atscan"}}}};
    Json code{{"value", f.rule_id}};
    if (auto url = docs_url(f, ctx); !url.empty()) code["url"] = url;
    d["code"] = std::move(code);
    // A suggestion replaces a range of the finding's own file; whole-file edits have no range.
    if (f.fix) {
      Json suggestions = Json::array();
      for (const auto& e : f.fix->edits)
        if (e.range.line > 0 && (e.range.file.empty() || e.range.file == f.location.file))
          suggestions.push_back(Json{{"range", range(edit_range(e.range))}, {"text", e.replacement}});
      if (!suggestions.empty()) d["suggestions"] = std::move(suggestions);
    }
    if (!f.related.empty()) {
      Json related = Json::array();
      for (const auto& r : f.related) related.push_back(Json{{"message", r.message}, {"location", location(r.location)}});
      d["related_locations"] = std::move(related);
    }
    out << dump_json(d) << '\n';
  }
}

}  // namespace atscan
