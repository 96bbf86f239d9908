// `atscan merge A.sarif B.sarif … [-o OUT]`: one SARIF run from the shards of a CI matrix.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/scan_args.h"
#include "cli/shard_exchange.h"
#include "core/report/sarif_merge.h"
#include "core/util/safe_read.h"
#include "core/util/safe_write.h"

namespace atscan::cli {
namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::string rebase_root;
  std::string cache_dir;
  bool no_cache = false;
  bool stats = false;
};

std::string read_file(const std::string& path) {
  SafeReadResult r = read_file_safely(path, SafeReadOptions{1u << 30, {}});
  if (!r.ok())
    throw UsageError("merge: " + path + ": cannot read the file" + (r.status == SafeReadStatus::missing ? "" : " (" + r.reason + ")"));
  return std::move(r.data);
}

// Shards that carry their front-end results: scan the tree again with the shards' command, taking
// every unchanged file's result from them, and judge once (shard_exchange.h).
int merge_shard_results(const MergeArgs& a, const std::vector<ShardInput>& shards, const GlobalOptions& g) {
  if (!a.rebase_root.empty()) throw UsageError("merge: --rebase-root: shards with their results are merged in the scanned tree itself");
  MergePlan plan = plan_merge(shards, g);
  plan.command.format = "sarif";
  plan.command.output = a.output;
  plan.command.quiet = true;  // the merged report is the output; scan notes are in it
  plan.command.preloaded = &plan.results;
  plan.command.expected_run_key = plan.run_key;
  plan.command.cache_dir = a.cache_dir;
  plan.command.no_cache = a.no_cache;
  plan.command.stats = a.stats;
  for (const auto& m : plan.missing)
    std::cerr << "atscan: merge: shard " << m << " was not given: its files are scanned here\n";
  return report_scan(plan.command, plan.global);
}

int run_merge_command(const MergeArgs& a, const GlobalOptions& g) {
  std::vector<SarifInput> inputs;
  for (const auto& path : a.inputs) inputs.push_back({path, read_file(path)});
  // Shards with their results are judged together; logs without them are joined as they are.
  std::vector<ShardInput> shards;
  std::string plain;
  for (const auto& in : inputs) {
    Json log = Json::parse(in.text, nullptr, false);
    Json data = shard_data_of(log);
    if (data.is_null()) plain = in.name;
    else shards.push_back({in.name, std::move(data)});
  }
  if (!shards.empty() && !plain.empty())
    throw UsageError("merge: " + plain + " carries no shard results while " + shards.front().name +
                     " does: merge either the logs of one `scan --shard I/N --format sarif` matrix, or plain SARIF logs");
  if (!shards.empty()) return merge_shard_results(a, shards, g);
  Json merged;
  try {
    SarifMergeOptions options;
    if (!a.rebase_root.empty()) options.rebase_root = std::filesystem::absolute(a.rebase_root).lexically_normal().generic_string();
    merged = merge_sarif_logs(inputs, options);
  } catch (const SarifMergeError& e) {
    throw UsageError(std::string("merge: ") + e.what());
  }
  const std::string text = dump_json(merged, 2) + "\n";
  if (a.output.empty()) {
    std::cout << text << std::flush;
    if (!std::cout) throw UsageError("merge: cannot write the merged log");
    return kClean;
  }
  if (auto why = write_report(a.output, text)) throw UsageError("merge: --output: cannot write '" + a.output + "': " + *why);
  return kClean;
}

}  // namespace

void add_merge_command(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto a = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand("merge", "Merge SARIF logs from sharded scans into one run");
  cmd->add_option("SARIF-FILE", a->inputs, "SARIF 2.1.0 files written by `atscan scan --format sarif`")->required();
  cmd->add_option("-o,--output", a->output, "Write the merged log to FILE (default: standard output)");
  cmd->add_option("--rebase-root", a->rebase_root,
                  "Merge runs scanned from different roots: make every path relative to DIR (it becomes %SRCROOT%)");
  cmd->add_option("--cache-dir", a->cache_dir, "Result cache folder for files the shards did not cover (as for scan)");
  cmd->add_flag("--no-cache", a->no_cache, "Neither read nor write the result cache");
  cmd->add_flag("--stats", a->stats, "Print what the merge took from the shards and what it scanned itself, on stderr");
  cmd->callback([&run, &g, a] { run = [a, &g] { return run_merge_command(*a, g); }; });
}

}  // namespace atscan::cli
