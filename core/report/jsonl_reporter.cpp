#include "core/report/jsonl_reporter.h"

namespace atscan {

namespace {

Json location_json(const Location& l) {
  return Json{{"file", l.file}, {"line", l.line}, {"column", l.column}, {"endLine", l.end_line}, {"endColumn", l.end_column}};
}

}  // namespace

Json finding_to_json(const Finding& f) {
  Json j;
  j["ruleId"] = f.rule_id;
  j["severity"] = std::string(to_string(f.severity));
  j["message"] = f.message;
  j["location"] = location_json(f.location);
  j["evidence"] = f.evidence;
  j["verdict"] = f.verdict;
  j["related"] = Json::array();
  for (const auto& r : f.related) j["related"].push_back(Json{{"location", location_json(r.location)}, {"message", r.message}});
  if (!f.path.empty()) {
    j["path"] = Json::array();
    for (const auto& r : f.path) j["path"].push_back(Json{{"location", location_json(r.location)}, {"message", r.message}});
  }
  j["fingerprint"] = f.fingerprint;
  j["confidence"] = f.confidence;
  if (f.fix) {
    Json edits = Json::array();
    for (const auto& e : f.fix->edits) edits.push_back(Json{{"location", location_json(e.range)}, {"replacement", e.replacement}});
    j["fix"] = Json{{"description", f.fix->description}, {"edits", std::move(edits)}};
  }
  if (f.suppression) j["suppressed"] = Json{{"kind", f.suppression->kind}, {"justification", f.suppression->justification}};
  return j;
}

void JsonlReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext&) {
  for (const auto& f : findings) out << dump_json(finding_to_json(f)) << '\n';
}

}  // namespace atscan
