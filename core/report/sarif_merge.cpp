#include "core/report/sarif_merge.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/report/sarif_reporter.h"
#include "core/report/text_encoding.h"

namespace atscan {

namespace {

[[noreturn]] void fail(const std::string& name, const std::string& why) { throw SarifMergeError(name + ": " + why); }

Json parse(const SarifInput& in) {
  Json log;
  try {
    log = Json::parse(in.text);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    if (auto at = what.find("] "); what.starts_with("[json.exception") && at != std::string::npos) what.erase(0, at + 2);
    fail(in.name, "not valid JSON (" + what + ")");
  }
  if (!log.is_object()) fail(in.name, "not SARIF 2.1.0 (the top level is not an object)");
  const auto version = log.find("version");
  if (version == log.end() || !version->is_string())
    fail(in.name, "not SARIF 2.1.0 (no \"version\")");
  if (*version != kSarifVersion)
    fail(in.name, "not SARIF 2.1.0 (version \"" + version->get<std::string>() + "\")");
  const auto runs = log.find("runs");
  if (runs == log.end() || !runs->is_array()) fail(in.name, "not SARIF 2.1.0 (no \"runs\" array)");
  for (const auto& run : *runs) {
    if (!run.is_object() || !run.contains("tool") || !run["tool"].is_object() || !run["tool"].contains("driver") ||
        !run["tool"]["driver"].is_object() || !run["tool"]["driver"].contains("name") || !run["tool"]["driver"]["name"].is_string())
      fail(in.name, "not SARIF 2.1.0 (a run has no tool.driver.name)");
  }
  return log;
}

// The rule a result refers to: ruleId, else rule.id, else the rule at ruleIndex in its own run.
std::string rule_id_of(const Json& result, const Json& run_rules) {
  if (auto it = result.find("ruleId"); it != result.end() && it->is_string()) return *it;
  if (auto it = result.find("rule"); it != result.end() && it->is_object() && it->contains("id") && (*it)["id"].is_string())
    return (*it)["id"];
  if (auto it = result.find("ruleIndex"); it != result.end() && it->is_number_integer()) {
    const auto i = it->get<long long>();
    if (i >= 0 && static_cast<std::size_t>(i) < run_rules.size() && run_rules[i].contains("id")) return run_rules[i]["id"];
  }
  return {};
}

using SortKey = std::tuple<std::string, long long, long long, std::string, std::string>;

SortKey sort_key(const Json& result) {
  std::string uri;
  long long line = 0, column = 0;
  const Json* loc = nullptr;
  if (auto it = result.find("locations"); it != result.end() && it->is_array() && !it->empty()) loc = &(*it)[0];
  if (loc && loc->contains("physicalLocation")) {
    const Json& p = (*loc)["physicalLocation"];
    if (p.contains("artifactLocation") && p["artifactLocation"].contains("uri") && p["artifactLocation"]["uri"].is_string())
      uri = p["artifactLocation"]["uri"];
    if (p.contains("region")) {
      const Json& r = p["region"];
      if (r.contains("startLine") && r["startLine"].is_number_integer()) line = r["startLine"];
      if (r.contains("startColumn") && r["startColumn"].is_number_integer()) column = r["startColumn"];
    }
  }
  std::string rule = result.contains("ruleId") && result["ruleId"].is_string() ? result["ruleId"].get<std::string>() : "";
  // The whole result breaks remaining ties, so the order does not depend on the order of the shards.
  return {uri, line, column, rule, dump_json(result)};
}


std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// "file:///a/b/" → "/a/b/"; "" when `uri` is not a file: URI of a folder.
std::string folder_of_file_uri(const std::string& uri) {
  if (uri.rfind("file://", 0) != 0) return {};
  std::string path = percent_decode(uri.substr(7));
  if (path.empty() || path.front() != '/') return {};
  if (path.back() != '/') path += '/';
  return path;
}

// Every artifact location relative to %SRCROOT% (results, related locations, fixes, notifications)
// re-expressed against `new_root` (both "/…/" folders).
void rebase_uris(Json& node, const std::string& old_root, const std::string& new_root) {
  if (node.is_object()) {
    if (node.contains("uri") && node["uri"].is_string() && node.contains("uriBaseId") && node["uriBaseId"] == "%SRCROOT%") {
      const std::string abs = old_root + percent_decode(node["uri"].get<std::string>());
      if (abs.compare(0, new_root.size(), new_root) == 0) {
        node["uri"] = uri_encode_path(abs.substr(new_root.size()));
      } else {
        node["uri"] = "file://" + uri_encode_path(abs);
        node.erase("uriBaseId");
      }
      return;
    }
    for (auto& [key, value] : node.items()) rebase_uris(value, old_root, new_root);
  } else if (node.is_array()) {
    for (auto& v : node) rebase_uris(v, old_root, new_root);
  }
}

}  // namespace

Json merge_sarif_logs(const std::vector<SarifInput>& inputs, const SarifMergeOptions& options) {
  std::string new_root = options.rebase_root;
  if (!new_root.empty() && new_root.back() != '/') new_root += '/';
  std::string first_root, first_root_source;
  std::optional<Json> driver;  // the first run's driver, rules replaced by the union
  std::string tool_name, tool_source;
  std::map<std::string, Json> rules;  // by id; the first definition wins
  Json base_ids = Json::object();
  Json results = Json::array();
  Json exec_notes = Json::array(), config_notes = Json::array();
  bool success = true;

  for (const auto& in : inputs) {
    Json log = parse(in);
    for (auto& run : log["runs"]) {
      const std::string name = run["tool"]["driver"]["name"];
      if (!driver) {
        driver = run["tool"]["driver"];
        tool_name = name;
        tool_source = in.name;
      } else if (name != tool_name) {
        fail(in.name, "runs of tool '" + name + "' cannot be merged with runs of '" + tool_name + "' (" + tool_source + ")");
      }
      const Json run_rules = run["tool"]["driver"].contains("rules") && run["tool"]["driver"]["rules"].is_array()
                                 ? run["tool"]["driver"]["rules"] : Json::array();
      for (const auto& rule : run_rules)
        if (rule.is_object() && rule.contains("id") && rule["id"].is_string()) rules.emplace(rule["id"].get<std::string>(), rule);
      std::string root;
      if (run.contains("originalUriBaseIds") && run["originalUriBaseIds"].is_object() && run["originalUriBaseIds"].contains("%SRCROOT%") &&
          run["originalUriBaseIds"]["%SRCROOT%"].is_object() && run["originalUriBaseIds"]["%SRCROOT%"].contains("uri") &&
          run["originalUriBaseIds"]["%SRCROOT%"]["uri"].is_string())
        root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"];
      if (!new_root.empty()) {
        const std::string folder = folder_of_file_uri(root);
        if (folder.empty()) fail(in.name, "--rebase-root: the run's %SRCROOT% is not a file: URI of a folder ('" + root + "')");
        rebase_uris(run, folder, new_root);
        run["originalUriBaseIds"]["%SRCROOT%"] = Json{{"uri", file_uri_of_directory(new_root)}};
      } else if (first_root_source.empty()) {
        first_root = root;
        first_root_source = in.name;
      } else if (root != first_root) {
        fail(in.name, "its %SRCROOT% (" + (root.empty() ? std::string("none") : root) + ") differs from " + first_root_source + "'s (" +
                          (first_root.empty() ? std::string("none") : first_root) +
                          "): relative paths would point into different trees; scan with the same --root, or pass --rebase-root DIR");
      }
      if (run.contains("originalUriBaseIds") && run["originalUriBaseIds"].is_object())
        for (auto& [key, value] : run["originalUriBaseIds"].items())
          if (!base_ids.contains(key)) base_ids[key] = value;
      if (run.contains("invocations") && run["invocations"].is_array()) {
        for (auto& inv : run["invocations"]) {
          if (!inv.is_object()) continue;
          if (inv.contains("executionSuccessful") && inv["executionSuccessful"] == false) success = false;
          if (inv.contains("toolExecutionNotifications") && inv["toolExecutionNotifications"].is_array())
            for (auto& n : inv["toolExecutionNotifications"]) exec_notes.push_back(n);
          if (inv.contains("toolConfigurationNotifications") && inv["toolConfigurationNotifications"].is_array())
            for (auto& n : inv["toolConfigurationNotifications"]) config_notes.push_back(n);
        }
      }
      if (run.contains("results") && run["results"].is_array()) {
        for (auto& result : run["results"]) {
          if (!result.is_object()) fail(in.name, "not SARIF 2.1.0 (a result is not an object)");
          const std::string id = rule_id_of(result, run_rules);
          if (!id.empty() && !result.contains("ruleId")) result["ruleId"] = id;
          results.push_back(std::move(result));
        }
      }
    }
  }

  Json merged_runs = Json::array();
  if (driver) {
    Json rule_list = Json::array();
    std::map<std::string, int> index_of;
    for (auto& [id, rule] : rules) {
      index_of[id] = static_cast<int>(rule_list.size());
      rule_list.push_back(rule);
    }
    std::vector<std::pair<SortKey, Json>> keyed;
    keyed.reserve(results.size());
    for (auto& r : results) {
      // Renumbered against the merged rule list (assigned in place, so the key keeps its position).
      const auto it = r.contains("ruleId") && r["ruleId"].is_string() ? index_of.find(r["ruleId"].get<std::string>()) : index_of.end();
      if (it != index_of.end()) {
        r["ruleIndex"] = it->second;
        if (r.contains("rule") && r["rule"].is_object()) r["rule"]["index"] = it->second;
      } else {
        r.erase("ruleIndex");
        if (r.contains("rule") && r["rule"].is_object()) r["rule"].erase("index");
      }
      keyed.emplace_back(sort_key(r), std::move(r));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Json sorted = Json::array();
    for (auto& [key, r] : keyed) sorted.push_back(std::move(r));

    (*driver)["rules"] = std::move(rule_list);
    Json invocation{{"executionSuccessful", success}, {"toolExecutionNotifications", std::move(exec_notes)}};
    if (!config_notes.empty()) invocation["toolConfigurationNotifications"] = std::move(config_notes);
    Json run{{"tool", Json{{"driver", std::move(*driver)}}}, {"invocations", Json::array({std::move(invocation)})}};
    if (!base_ids.empty()) run["originalUriBaseIds"] = std::move(base_ids);
    run["results"] = std::move(sorted);
    merged_runs.push_back(std::move(run));
  }
  return Json{{"$schema", kSarifSchemaUri}, {"version", kSarifVersion}, {"runs", std::move(merged_runs)}};
}

}  // namespace atscan
