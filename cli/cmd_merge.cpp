// `atscan merge A.sarif B.sarif … [-o OUT]`: one SARIF run from the shards of a CI matrix.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/report/sarif_merge.h"
#include "core/util/safe_read.h"
#include "core/util/safe_write.h"

namespace atscan::cli {
namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::string rebase_root;
};

std::string read_file(const std::string& path) {
  SafeReadResult r = read_file_safely(path, SafeReadOptions{1u << 30, {}});
  if (!r.ok())
    throw UsageError("merge: " + path + ": cannot read the file" + (r.status == SafeReadStatus::missing ? "" : " (" + r.reason + ")"));
  return std::move(r.data);
}

int run_merge_command(const MergeArgs& a) {
  std::vector<SarifInput> inputs;
  for (const auto& path : a.inputs) inputs.push_back({path, read_file(path)});
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
  if (auto why = write_file_atomically(a.output, text)) throw UsageError("merge: --output: cannot write '" + a.output + "': " + *why);
  return kClean;
}

}  // namespace

void add_merge_command(CLI::App& app, GlobalOptions&, Runner& run) {
  auto a = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand("merge", "Merge SARIF logs from sharded scans into one run");
  cmd->add_option("SARIF-FILE", a->inputs, "SARIF 2.1.0 files written by `atscan scan --format sarif`")->required();
  cmd->add_option("-o,--output", a->output, "Write the merged log to FILE (default: standard output)");
  cmd->add_option("--rebase-root", a->rebase_root,
                  "Merge runs scanned from different roots: make every path relative to DIR (it becomes %SRCROOT%)");
  cmd->callback([&run, a] { run = [a] { return run_merge_command(*a); }; });
}

}  // namespace atscan::cli
