#include "cli/shard_exchange.h"

#include <set>

#include "cli/context.h"
#include "core/filters/shard.h"
#include "core/model/facts_codec.h"

#ifndef ATSCAN_VERSION
#define ATSCAN_VERSION "0"
#endif

namespace atscan::cli {
namespace {

// Every option that changes what a scan reports. Report-only options (format, output, colour, -q, -v,
// --stats) are the merge's own; --jobs does not change results.
Json command_to_json(const ScanArgs& a, const GlobalOptions& g) {
  return Json{{"paths", a.paths},
              {"fail_on", a.fail_on},
              {"include", a.include},
              {"exclude", a.exclude},
              {"max_file_size", a.max_file_size},
              {"no_ignore", a.no_ignore},
              {"test_code_same_level", a.test_code_same_level},
              {"baseline", a.baseline},
              {"diff_base", a.diff_base},
              {"require_justification", a.require_justification},
              {"compile_commands", a.compile_commands},
              {"docs_url", a.docs_url},
              {"root", a.root},
              {"select", a.select},
              {"ignore", a.ignore},
              {"context", a.context},
              {"config", a.config},
              {"no_config", a.no_config},
              {"given", std::vector<std::string>(a.given.begin(), a.given.end())},
              {"rules", g.rules_dir},
              {"profile", g.profile},
              {"now", g.now}};
}

void command_from_json(const Json& j, ScanArgs& a, GlobalOptions& g) {
  a.paths = j.at("paths").get<std::vector<std::string>>();
  a.fail_on = j.at("fail_on").get<std::string>();
  a.include = j.at("include").get<std::vector<std::string>>();
  a.exclude = j.at("exclude").get<std::vector<std::string>>();
  a.max_file_size = j.at("max_file_size").get<std::string>();
  a.no_ignore = j.at("no_ignore").get<bool>();
  a.test_code_same_level = j.at("test_code_same_level").get<bool>();
  a.baseline = j.at("baseline").get<std::string>();
  a.diff_base = j.at("diff_base").get<std::string>();
  a.require_justification = j.at("require_justification").get<bool>();
  a.compile_commands = j.at("compile_commands").get<std::string>();
  a.docs_url = j.at("docs_url").get<std::string>();
  a.root = j.at("root").get<std::string>();
  a.select = j.at("select").get<std::vector<std::string>>();
  a.ignore = j.at("ignore").get<std::vector<std::string>>();
  a.context = j.at("context").get<std::string>();
  a.config = j.at("config").get<std::string>();
  a.no_config = j.at("no_config").get<bool>();
  for (const auto& s : j.at("given").get<std::vector<std::string>>())
    if (s != "shard" && s != "format" && s != "output") a.given.insert(s);
  g.rules_dir = j.at("rules").get<std::string>();
  g.profile = j.at("profile").get<std::string>();
  g.now = j.at("now").get<std::string>();
}

}  // namespace

Json shard_properties(const ScanArgs& command, const GlobalOptions& g, const std::string& shard, const std::string& run_key,
                      const std::vector<RecordedResult>& results) {
  return Json{{"atscanShard",
               Json{{"version", kShardFormatVersion},
                    {"atscan", ATSCAN_VERSION},
                    {"shard", shard},
                    {"key", run_key},
                    {"command", command_to_json(command, g)},
                    // One compact string: the SARIF log stays readable, and the results are opaque to SARIF tools.
                    {"results", recorded_to_text(results)}}}};
}

Json shard_data_of(const Json& log) {
  if (!log.is_object() || !log.contains("runs") || !log["runs"].is_array()) return nullptr;
  for (const auto& run : log["runs"])
    if (run.is_object() && run.contains("properties") && run["properties"].is_object() && run["properties"].contains("atscanShard"))
      return run["properties"]["atscanShard"];
  return nullptr;
}

MergePlan plan_merge(const std::vector<ShardInput>& shards, const GlobalOptions& g) {
  MergePlan plan;
  std::set<int> seen;
  int total = 0;
  Json first_command;
  std::string first_name;
  for (const auto& in : shards) {
    const Json& d = in.data;
    auto bad = [&](const std::string& why) { return UsageError("merge: " + in.name + ": " + why); };
    try {
      if (integer_from_json<int>(d.at("version")) != kShardFormatVersion)
        throw bad("shard results of format " + std::to_string(integer_from_json<int>(d.at("version"))) + ", this atscan reads " +
                  std::to_string(kShardFormatVersion));
      if (d.at("atscan").get<std::string>() != ATSCAN_VERSION)
        throw bad("scanned by atscan " + d.at("atscan").get<std::string>() + ", this is " + ATSCAN_VERSION + ": use the same version for every shard and the merge");
      std::string error;
      const auto shard = parse_shard(d.at("shard").get<std::string>(), error);
      if (!shard) throw bad("no valid shard: " + error);
      if (total == 0) {
        total = shard->count;
        first_command = d.at("command");
        first_name = in.name;
        plan.run_key = d.at("key").get<std::string>();
        command_from_json(first_command, plan.command, plan.global);
      } else {
        if (shard->count != total) throw bad("shard " + d.at("shard").get<std::string>() + " of another split than " + first_name + " (" + std::to_string(total) + ")");
        if (d.at("command") != first_command) throw bad("scanned with other options than " + first_name + ": shards must differ only in --shard");
        if (d.at("key").get<std::string>() != plan.run_key) throw bad("scanned with another rule catalog than " + first_name);
      }
      if (!seen.insert(shard->index).second) throw bad("shard " + d.at("shard").get<std::string>() + " is given twice");
      recorded_from_text(d.at("results").get<std::string>(), plan.results);
    } catch (const Json::exception& e) {
      throw bad(std::string("malformed shard results: ") + e.what());
    } catch (const FactsCodecError& e) {
      throw bad(e.what());
    }
  }
  for (int i = 1; i <= total; ++i)
    if (!seen.count(i)) plan.missing.push_back(std::to_string(i) + "/" + std::to_string(total));
  plan.global.argv0 = g.argv0;
  return plan;
}

}  // namespace atscan::cli
