#include "core/report/sarif_reporter.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/report/edit_range.h"
#include "core/report/rule_docs.h"
#include "core/report/text_encoding.h"

namespace atscan {

namespace {

constexpr std::string_view kSrcRoot = "%SRCROOT%";

// "ats-custom-ca-bundle" → "AtsCustomCaBundle": SARIF's `name` is an identifier-like display name.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == '.') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

// Paths are relative to the run's base (%SRCROOT%); a file outside it has an absolute path and a file: URI.
Json artifact_location(const std::string& file) {
  if (!file.empty() && file.front() == '/') return Json{{"uri", "file://" + uri_encode_path(file)}};
  return Json{{"uri", uri_encode_path(file)}, {"uriBaseId", kSrcRoot}};
}

// nullopt for a whole-file location (line 0): SARIF regions start at line 1.
std::optional<Json> region(const Location& l) {
  if (l.line <= 0) return std::nullopt;
  Json r{{"startLine", l.line}};
  if (l.column > 0) r["startColumn"] = l.column;
  if (l.end_line > 0) r["endLine"] = l.end_line;
  if (l.end_column > 0) r["endColumn"] = l.end_column;
  return r;
}

Json physical_location(const Location& l) {
  Json p{{"artifactLocation", artifact_location(l.file)}};
  if (auto r = region(l)) p["region"] = std::move(*r);
  return p;
}

Json rule_descriptor(const Rule& rule, const Catalog* catalog, const ReportContext& ctx) {
  std::optional<RuleDocs> docs;
  if (catalog) docs = load_rule_docs(*catalog, rule);
  Json d{{"id", rule.id}, {"name", pascal_case(rule.id)}, {"shortDescription", Json{{"text", rule.title}}}};
  if (docs && !docs->summary.empty())
    d["fullDescription"] = Json{{"text", markdown_to_plain(docs->summary)}, {"markdown", docs->summary}};
  else
    d["fullDescription"] = Json{{"text", rule.title}};
  if (docs)
    d["help"] = Json{{"text", docs->markdown}, {"markdown", docs->markdown}};
  else
    d["help"] = Json{{"text", rule.title}};
  // helpUri must be an absolute URI (the schema says so), hence only with a known base URL.
  if (!ctx.docs_base_url.empty() && !rule.docs.empty()) d["helpUri"] = ctx.docs_base_url + rule.docs;
  d["defaultConfiguration"] = Json{{"level", sarif_level(rule.severity)}};
  Json props{{"tags", rule.tags}};
  // GitHub code scanning ranks security alerts by this score (it must be a string holding a number).
  if (!rule.security_severity.empty()) props["security-severity"] = rule.security_severity;
  if (!rule.category.empty()) props["category"] = rule.category;
  if (!rule.docs.empty()) props["docs"] = rule.docs;
  d["properties"] = std::move(props);
  return d;
}

// Catalog rules (sorted by id) plus any rule a finding names that the catalog lacks, so every
// result has a valid ruleIndex.
std::vector<Rule> rules_for(const std::vector<Finding>& findings, const Catalog* catalog) {
  std::vector<Rule> rules;
  if (catalog) rules = catalog->rules();
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  std::set<std::string> missing;
  for (const auto& f : findings)
    if (!std::any_of(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == f.rule_id; })) missing.insert(f.rule_id);
  for (const auto& id : missing) {
    Rule r;
    r.id = r.title = id;
    rules.push_back(std::move(r));
  }
  return rules;
}

// A whole-file edit (line 0) has no region SARIF can express without the file's length: such a fix
// is left out of SARIF (JSONL keeps it).
// An edit without a file edits the finding's own file (as `atscan fix` applies it).
std::optional<Json> sarif_fix(const Fix& fix, const std::string& finding_file) {
  std::vector<std::string> order;
  std::map<std::string, Json> replacements;
  for (const auto& e : fix.edits) {
    auto r = region(edit_range(e.range));
    const std::string& file = e.range.file.empty() ? finding_file : e.range.file.str();
    if (!r || file.empty()) return std::nullopt;
    if (!replacements.contains(file)) order.push_back(file);
    replacements[file].push_back(Json{{"deletedRegion", std::move(*r)}, {"insertedContent", Json{{"text", e.replacement}}}});
  }
  if (order.empty()) return std::nullopt;
  Json changes = Json::array();
  for (const auto& file : order)
    changes.push_back(Json{{"artifactLocation", artifact_location(file)}, {"replacements", std::move(replacements[file])}});
  return Json{{"description", Json{{"text", fix.description}}}, {"artifactChanges", std::move(changes)}};
}

Json result(const Finding& f, int rule_index) {
  Json r{{"ruleId", f.rule_id}, {"ruleIndex", rule_index}, {"level", sarif_level(f.severity)}, {"message", Json{{"text", f.message}}}};
  if (!f.location.file.empty()) r["locations"] = Json::array({Json{{"physicalLocation", physical_location(f.location)}}});
  if (!f.fingerprint.empty()) r["partialFingerprints"] = Json{{kSarifFingerprintKey, f.fingerprint}};
  if (!f.related.empty()) {
    Json related = Json::array();
    int id = 1;
    for (const auto& rel : f.related) {
      Json l{{"id", id++}};
      if (!rel.location.file.empty()) l["physicalLocation"] = physical_location(rel.location);
      l["message"] = Json{{"text", rel.message}};
      related.push_back(std::move(l));
    }
    r["relatedLocations"] = std::move(related);
  }
  if (!f.path.empty()) {  // the flow from the trust setting to the endpoint, one thread
    Json steps = Json::array();
    for (const auto& step : f.path) {
      Json loc{{"message", Json{{"text", step.message}}}};
      if (!step.location.file.empty()) loc["physicalLocation"] = physical_location(step.location);
      steps.push_back(Json{{"location", std::move(loc)}});
    }
    r["codeFlows"] = Json::array({Json{{"threadFlows", Json::array({Json{{"locations", std::move(steps)}}})}}});
  }
  if (f.suppression) {
    const std::string kind = f.suppression->kind == "external" ? "external" : "inSource";
    Json s{{"kind", kind}, {"status", "accepted"}};
    if (!f.suppression->justification.empty()) s["justification"] = f.suppression->justification;
    r["suppressions"] = Json::array({std::move(s)});
  }
  if (f.fix)
    if (auto fix = sarif_fix(*f.fix, f.location.file)) r["fixes"] = Json::array({std::move(*fix)});
  r["properties"] = Json{{"evidence", f.evidence}, {"verdict", f.verdict}, {"confidence", f.confidence}};
  return r;
}

Json notification(const Notification& n) {
  const bool known = n.level == "error" || n.level == "warning" || n.level == "note" || n.level == "none";
  Json j{{"level", known ? n.level : std::string("warning")}, {"message", Json{{"text", n.message}}}};
  if (!n.file.empty())
    j["locations"] = Json::array({Json{{"physicalLocation", Json{{"artifactLocation", artifact_location(n.file)}}}}});
  return j;
}

}  // namespace

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    case Severity::none: return "none";
  }
  return "none";
}

Json make_sarif_log(const std::vector<Finding>& findings, const ReportContext& ctx) {
  const auto rules = rules_for(findings, ctx.catalog);
  std::map<std::string, int> index_of;
  Json rule_list = Json::array();
  for (const auto& rule : rules) {
    index_of.emplace(rule.id, static_cast<int>(rule_list.size()));
    rule_list.push_back(rule_descriptor(rule, ctx.catalog, ctx));
  }

  Json driver{{"name", "atscan"}, {"version", ctx.tool_version}, {"semanticVersion", ctx.tool_version}};
  if (!ctx.docs_base_url.empty()) driver["informationUri"] = ctx.docs_base_url + "README.md";
  driver["rules"] = std::move(rule_list);

  Json notifications = Json::array();
  for (const auto& n : ctx.notifications) notifications.push_back(notification(n));
  Json invocation{{"executionSuccessful", true}, {"toolExecutionNotifications", std::move(notifications)}};

  Json run{{"tool", Json{{"driver", std::move(driver)}}}, {"invocations", Json::array({std::move(invocation)})}};
  if (!ctx.root.empty()) run["originalUriBaseIds"] = Json{{kSrcRoot, Json{{"uri", file_uri_of_directory(ctx.root)}}}};
  Json results = Json::array();
  for (const auto& f : findings) results.push_back(result(f, index_of.at(f.rule_id)));
  run["results"] = std::move(results);
  if (!ctx.run_properties.is_null()) run["properties"] = ctx.run_properties;

  return Json{{"$schema", kSarifSchemaUri}, {"version", kSarifVersion}, {"runs", Json::array({std::move(run)})}};
}

void SarifReporter::write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) {
  out << dump_json(make_sarif_log(findings, ctx), 2) << '\n';
}

}  // namespace atscan
