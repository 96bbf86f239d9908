#include "core/report/jsonl_reporter.h"

#include <algorithm>

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

namespace {

// The line dump_json(finding_to_json(f)) gives, written directly: building the object tree cost more
// than the judge on files with many findings. A string of printable ASCII without a quote or backslash
// is copied; any other goes through the JSON library, so escaping and UTF-8 repair stay its own.
void put(std::string& out, const std::string& s) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f && c != '"' && c != '\\';
  });
  if (plain) {
    out += '"';
    out += s;
    out += '"';
  } else {
    out += dump_json(Json(s));
  }
}

void put(std::string& out, const char* key, const std::string& value) {
  out += '"';
  out += key;
  out += "\":";
  put(out, value);
}

void put_location(std::string& out, const Location& l) {
  out += "{";
  put(out, "file", l.file);
  out += ",\"line\":" + std::to_string(l.line) + ",\"column\":" + std::to_string(l.column) +
         ",\"endLine\":" + std::to_string(l.end_line) + ",\"endColumn\":" + std::to_string(l.end_column) + "}";
}

void put_related(std::string& out, const std::vector<RelatedLocation>& list) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    out += "{\"location\":";
    put_location(out, list[i].location);
    out += ',';
    put(out, "message", list[i].message);
    out += '}';
  }
  out += ']';
}

}  // namespace

std::string finding_to_jsonl(const Finding& f) {
  std::string out = "{";
  put(out, "ruleId", f.rule_id);
  out += ',';
  put(out, "severity", std::string(to_string(f.severity)));
  out += ',';
  put(out, "message", f.message);
  out += ",\"location\":";
  put_location(out, f.location);
  out += ',';
  put(out, "evidence", f.evidence);
  out += ',';
  put(out, "verdict", f.verdict);
  out += ",\"related\":";
  put_related(out, f.related);
  if (!f.path.empty()) {
    out += ",\"path\":";
    put_related(out, f.path);
  }
  out += ',';
  put(out, "fingerprint", f.fingerprint);
  out += ',';
  put(out, "confidence", f.confidence);
  if (f.fix) {
    out += ",\"fix\":{";
    put(out, "description", f.fix->description);
    out += ",\"edits\":[";
    for (size_t i = 0; i < f.fix->edits.size(); ++i) {
      if (i) out += ',';
      out += "{\"location\":";
      put_location(out, f.fix->edits[i].range);
      out += ',';
      put(out, "replacement", f.fix->edits[i].replacement);
      out += '}';
    }
    out += "]}";
  }
  if (f.suppression) {
    out += ",\"suppressed\":{";
    put(out, "kind", f.suppression->kind);
    out += ',';
    put(out, "justification", f.suppression->justification);
    out += '}';
  }
  out += '}';
  return out;
}

void JsonlReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext&) {
  for (const auto& f : findings) out << finding_to_jsonl(f) << '\n';
}

}  // namespace atscan
