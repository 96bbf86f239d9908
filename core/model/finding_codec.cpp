#include "core/model/finding_codec.h"

#include <string>

namespace atscan {
namespace {
using json = nlohmann::json;

json loc(const Location& l) { return json::array({text_to_json(l.file), l.line, l.column, l.end_line, l.end_column}); }

Location get_loc(const json& a) {
  if (!a.is_array() || a.size() != 5) throw FactsCodecError("a finding location is an array of 5");
  return Location{text_from_json(a[0]), integer_from_json<int>(a[1]), integer_from_json<int>(a[2]), integer_from_json<int>(a[3]), integer_from_json<int>(a[4])};
}

json related(const std::vector<RelatedLocation>& v) {
  json a = json::array();
  for (const auto& r : v) a.push_back(json::array({loc(r.location), text_to_json(r.message)}));
  return a;
}

std::vector<RelatedLocation> get_related(const json& a) {
  std::vector<RelatedLocation> v;
  for (const auto& e : a) {
    if (!e.is_array() || e.size() != 2) throw FactsCodecError("a related location is [location, message]");
    v.push_back({get_loc(e[0]), text_from_json(e[1])});
  }
  return v;
}

json fix(const Fix& f) {
  json edits = json::array();
  for (const auto& e : f.edits) edits.push_back(json::array({loc(e.range), text_to_json(e.replacement)}));
  return json{{"description", text_to_json(f.description)}, {"edits", edits}};
}

Fix get_fix(const json& j) {
  Fix f;
  f.description = text_from_json(j.at("description"));
  for (const auto& e : j.at("edits")) {
    if (!e.is_array() || e.size() != 2) throw FactsCodecError("an edit is [range, replacement]");
    f.edits.push_back({get_loc(e[0]), text_from_json(e[1])});
  }
  return f;
}

template <typename E>
E enum_of(const json& j, E last, const char* what) {
  const int i = integer_from_json<int>(j);
  if (i < 0 || i > static_cast<int>(last)) throw FactsCodecError(std::string("unknown ") + what + " " + std::to_string(i));
  return static_cast<E>(i);
}

}  // namespace

json findings_to_json(const std::vector<Finding>& findings) {
  json a = json::array();
  for (const auto& f : findings) {
    json j{{"rule", f.rule_id},
           {"severity", static_cast<int>(f.severity)},
           {"message", text_to_json(f.message)},
           {"location", loc(f.location)},
           {"evidence", text_to_json(f.evidence)},
           {"verdict", text_to_json(f.verdict)},
           {"related", related(f.related)},
           {"path", related(f.path)},
           {"fingerprint", f.fingerprint},
           {"confidence", f.confidence},
           {"snippet", text_to_json(f.snippet)},
           {"fact_kind", static_cast<int>(f.fact_kind)},
           {"verdict_kind", static_cast<int>(f.verdict_kind)},
           {"trust_file", text_to_json(f.trust_file)}};
    if (f.fix) j["fix"] = fix(*f.fix);
    if (f.suppression) j["suppression"] = json::array({f.suppression->kind, text_to_json(f.suppression->justification)});
    a.push_back(std::move(j));
  }
  return a;
}

std::vector<Finding> findings_from_json(const json& a) {
  if (!a.is_array()) throw FactsCodecError("findings are an array");
  std::vector<Finding> out;
  out.reserve(a.size());
  try {
    for (const auto& j : a) {
      Finding f;
      f.rule_id = j.at("rule").get<std::string>();
      f.severity = enum_of(j.at("severity"), Severity::error, "severity");
      f.message = text_from_json(j.at("message"));
      f.location = get_loc(j.at("location"));
      f.evidence = text_from_json(j.at("evidence"));
      f.verdict = text_from_json(j.at("verdict"));
      f.related = get_related(j.at("related"));
      f.path = get_related(j.at("path"));
      f.fingerprint = j.at("fingerprint").get<std::string>();
      f.confidence = j.at("confidence").get<std::string>();
      f.snippet = text_from_json(j.at("snippet"));
      f.fact_kind = enum_of(j.at("fact_kind"), TrustKind::unresolved, "trust kind");
      f.verdict_kind = enum_of(j.at("verdict_kind"), VerdictKind::unknown, "verdict kind");
      f.trust_file = text_from_json(j.at("trust_file"));
      if (j.contains("fix")) f.fix = get_fix(j.at("fix"));
      if (j.contains("suppression")) {
        const json& s = j.at("suppression");
        if (!s.is_array() || s.size() != 2) throw FactsCodecError("a suppression is [kind, justification]");
        f.suppression = Suppression{s[0].get<std::string>(), text_from_json(s[1])};
      }
      out.push_back(std::move(f));
    }
  } catch (const nlohmann::json::exception& e) {
    throw FactsCodecError(std::string("malformed finding: ") + e.what());
  }
  return out;
}

}  // namespace atscan
