#pragma once
// The scan pipeline: walker → prefilter → front-ends → facts → judge → findings (sorted).
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/filters/shard.h"
#include "core/hosts/host_classifier.h"
#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/reporter.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/external_source.h"
#include "scanners/pipeline/result_cache.h"
#include "scanners/pipeline/shard_results.h"
#include "scanners/walk/walker.h"

namespace atscan {

// What --stats prints: where the time and the bytes went.
struct PhaseStats {
  int files = 0;
  std::uint64_t bytes = 0;
  double seconds = 0;  // summed over worker threads
};
struct ScanStats {
  int files_walked = 0;
  int files_prefiltered = 0;  // read, but no rule's trigger literal occurs: not parsed
  int files_parsed = 0;       // handed to at least one front-end
  std::uint64_t bytes_parsed = 0;
  int files_from_cache = 0;   // front-end results taken from the result cache instead of parsing
  int flows_from_cache = 0;   // flow records of files read for flows only, taken from the cache
  int cache_stored = 0;       // results written to the cache
  int cache_corrupt = 0;      // damaged entries ignored (and recomputed)
  int cache_skipped = 0;      // files scanned again because that is cheaper than the cache (Scanner::cheaper_than_cache)
  double cache_wait_seconds = 0;  // waiting for the cache writes still queued once the judge was done (ResultCache::flush)
  int files_from_shards = 0;  // results taken from sharded scans' reports (atscan merge)
  std::string cache;          // the cache folder, or why none was used ("off: …")
  std::string memo;           // the whole-scan memo: replayed, or why not and whether this run was kept
  double walk_seconds = 0, scan_seconds = 0, judge_seconds = 0;  // wall clock
  double prefilter_seconds = 0;  // building the prefilter's databases, on a thread of its own during the walk
  bool prefilter_prebuilt = false;  // its databases came from the build (prebuilt_databases.h), none compiled
  bool scan_during_walk = false;  // the workers took files while the walk listed them (scan_seconds: the rest)
  double flows_seconds = 0;  // of judge_seconds: reading files the prefilter skipped for their flow records (demand)
  int files_read_for_flows = 0, files_for_flows = 0;  // read (demanded) / kept: they had flow records
  int files_read_for_imports = 0;  // of those read: named by an include or import of a file carrying a flow (the rest use a demanded name)
  std::uint64_t bytes_read_for_flows = 0;  // of the files read for flows, those parsed here (not from the cache)
  double names_seconds = 0;   // of flows_seconds: reading the unparsed files for the names parsed files define
  int files_checked_for_names = 0;
  double solve_seconds = 0;  // of judge_seconds: the flow solver (graph, queries, teardown)
  double solve_graph_seconds = 0, solve_teardown_seconds = 0;  // of solve_seconds
  size_t solve_nodes = 0, solve_edges = 0;                     // the solver's graph
  // Of the graph: the nodes its searches went through, the files they belong to, and how many of those
  // are files read for flows (what a graph built on demand would have to build and read).
  size_t solve_visited_nodes = 0;
  int solve_visited_files = 0, solve_visited_flow_files = 0;
  // The process's peak resident set at the end of the scan, of the files read for flows and of the judge.
  std::uint64_t peak_rss_after_scan = 0, peak_rss_after_flows = 0, peak_rss_after_judge = 0;
  std::map<std::string, PhaseStats> by_front_end;                 // front-end name → files, bytes, thread time
  std::map<std::string, double> setup_seconds;                    // once-per-process work (Scanner::add_setup_seconds)
  std::map<std::string, double> part_seconds;                     // front-ends' time by part, summed over threads (Scanner::add_part_seconds)
};

struct ScanOptions {
  WalkOptions walk;
  int jobs = 0;                 // 0 = all cores
  // Files the prefilter skipped that are read for their flow records only (they use a name a parsed
  // file defines): at most this many, the first by walk order; a note says when more were wanted.
  size_t max_demand_files = 2000;
  // A name used by more files than this does not make them read for flows (it says little about any one).
  size_t max_files_per_demand_name = 100;
  bool lower_test_code = true;
  // Off (--no-tiered-triggers): the prefilter also admits files by the catalog's weak words (verify,
  // ca:, mii, …), not only by the TLS forms its patterns stand for; slower, and the findings must not change.
  bool tiered_triggers = true;
  Shard shard;                  // --shard i/n: only the walked files of this shard are scanned
  ResultCache* cache = nullptr;  // optional: front-end results by file content (result_cache.h)
  // With a cache: what else the judged outcome depends on (profile, system roots); non-empty turns on
  // the whole-scan memo (scan_memo.h), which replays an unchanged tree's outcome without reading it.
  std::string memo_key;
  const PreloadedResults* preloaded = nullptr;  // optional: front-end results of sharded scans (shard_results.h)
  bool record = false;           // fill ScanOutcome::recorded (a shard's report carries them to atscan merge)
  ExternalFactSource external;  // optional: the Clang engine over a compilation database (see external_source.h)
  bool explain = false;         // fill ScanOutcome::explained (atscan -v): files left out and why
  // Called from worker threads after each file (done, total); must be cheap and thread-safe.
  std::function<void(size_t, size_t)> progress;
  // Called once on the calling thread after the walk: may drop walked files (configuration found
  // inside the tree) or throw to end the run. A scan that started during the walk may have read a
  // file it drops: that file's outcome is dropped too.
  std::function<void(WalkResult&)> after_walk;
  // The scan starts while the walk is still listing files (not with a stored memo, the Clang engine,
  // shards or a merge, which need the whole list first). Off: walk, then scan (tests compare them).
  bool stream_walk = true;
};

struct ScanOutcome {
  std::string root;
  std::vector<Finding> findings;             // sorted, fingerprinted, snippets filled
  std::vector<Notification> notifications;   // sorted
  RunSummary summary;
  std::vector<std::string> scanned_files;   // relative paths walked (after sharding), sorted
  std::vector<Notification> explained;       // with explain: files left out on purpose (ignored, prefiltered) and why, sorted
  ScanStats stats;
  std::vector<RecordedResult> recorded;      // with record: every reusable front-end result, by path
};

ScanOutcome run_scan(const ScanOptions& options, const Catalog& catalog, TrustOracle& oracle, const HostClassifier& hosts);

}  // namespace atscan
