#pragma once
// Shards keep flows: `atscan scan --shard I/N --format sarif` puts its front-end results (facts, flow
// records, notes per file, with each file's content hash) and the command that produced them into the
// SARIF run's properties (`atscanShard`); `atscan merge` of such logs re-walks the same tree with the
// same command, takes every unchanged file's result from the shards, and solves and judges once over
// all files, so the merged report is the report of one unsharded scan.
#include <string>
#include <vector>

#include "cli/scan_args.h"
#include "core/report/json_output.h"
#include "scanners/pipeline/shard_results.h"

namespace atscan::cli {

inline constexpr int kShardFormatVersion = 1;

// The run property a shard's SARIF carries.
Json shard_properties(const ScanArgs& command, const GlobalOptions& g, const std::string& shard, const std::string& run_key,
                      const std::vector<RecordedResult>& results);

struct ShardInput {
  std::string name;  // the file it came from, for messages
  Json data;         // runs[0].properties.atscanShard
};

// The shard data of a parsed SARIF log, or null when it has none.
Json shard_data_of(const Json& log);

// Checks that the shards belong together (same atscan, catalog and command; distinct shards of one N)
// and rebuilds the command. Missing shards are allowed (their files are scanned by the merge) and are
// listed in `missing`. Throws UsageError naming the input that does not fit.
struct MergePlan {
  ScanArgs command;
  GlobalOptions global;
  std::string run_key;
  PreloadedResults results;
  std::vector<std::string> missing;  // "2/3"
};
MergePlan plan_merge(const std::vector<ShardInput>& shards, const GlobalOptions& g);

}  // namespace atscan::cli
