#include "scanners/pipeline/scan.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <fstream>
#include <latch>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "core/flow/module_paths.h"
#include "core/hosts/host_classifier.h"
#include "core/judge/judge.h"
#include "core/judge/written_includes.h"
#include "core/model/fingerprint.h"
#include "core/util/digest.h"
#include "core/util/input_log.h"
#include "core/util/safe_read.h"
#include "core/util/test_code.h"
#include "scanners/pipeline/demand_names.h"
#include "scanners/pipeline/file_feed.h"
#include "scanners/pipeline/file_kind.h"
#include "scanners/pipeline/result_cache.h"
#include "scanners/pipeline/scan_memo.h"
#include "scanners/prefilter/prefilter.h"
#include "scanners/scanner.h"

namespace atscan {
namespace {

using FileOutcome = FileResult;

// One worker's front-ends: scanners keep per-thread state (parsers, query cursors).
struct Worker {
  std::vector<std::unique_ptr<Scanner>> scanners;
  std::vector<std::string> names;  // front-end name of each scanner, for --stats
  ScanStats stats;                 // this thread's share; merged after the scan
  bool explain = false;
  std::vector<Notification> explained;  // with explain: files the prefilter left out
  ResultCache* cache = nullptr;         // optional: per-file results by content
  std::vector<Notification> cache_notes;  // damaged entries met
  const PreloadedResults* preloaded = nullptr;  // optional: results of sharded scans (atscan merge)
  bool record = false;                  // keep every reusable result for the shard's report
  std::vector<RecordedResult> recorded;
  ReadBuffer buffer;  // every file this worker reads, one after the other (see ReadBuffer)
  // Its front-ends' time by part into `stats` (--stats); once, when the worker is done.
  void collect_part_seconds() {
    for (const auto& s : scanners) s->add_part_seconds(stats.part_seconds);
  }
  Worker() {
    for (const auto& [name, make] : registered_scanners()) {
      scanners.push_back(make());
      names.push_back(name);
    }
  }

  // `read_sha`: where to put the SHA-256 of the bytes read (files the memo cannot trust by their times).
  // nullopt when `may_defer` and a front-end is not ready for the file yet (Scanner::ready): the
  // caller comes back to it once the other files are done.
  // `looked_up`: the file comes back after a deferral, its stored result was asked for then and missed.
  std::optional<FileOutcome> scan_one(const WalkEntry& entry, const Prefilter& prefilter, const SafeReadOptions& limits, std::string* read_sha,
                                      bool may_defer, bool looked_up = false) {
    FileOutcome o;
    o.facts.file = entry.path;
    // Read again with the walk's checks: the file may have been replaced (FIFO, symlink) or grown since.
    SafeReadResult read = read_file_safely(entry.abs_path, limits, buffer);
    if (!read.ok()) {
      o.notes.push_back({entry.path, read.status == SafeReadStatus::unreadable ? read.reason : "skipped: " + read.reason});
      o.skipped = true;
      return o;
    }
    const std::string_view content = buffer.view();
    if (read_sha) *read_sha = sha256_hex(content);
    SourceFile src{entry.path, entry.abs_path, content};
    std::vector<Scanner*> wanted;
    std::vector<const std::string*> wanted_names;
    for (size_t i = 0; i < scanners.size(); ++i)
      if (scanners[i]->wants(src)) {
        wanted.push_back(scanners[i].get());
        wanted_names.push_back(&names[i]);
      }
    if (wanted.empty()) return o;
    const bool binary = looks_binary(content);
    const bool text_ok = !binary && is_valid_utf8(content);
    bool prefilter_done = false, prefilter_hit = false, parsed = false;
    // Stored results are asked for once a front-end is about to run (files the prefilter leaves out
    // cost no hash); results that depend on other files, or that carry a warning (a budget hit), are
    // neither stored nor recorded.
    std::string cache_key, content_sha;
    bool asked = false, reusable = true;
    for (size_t i = 0; i < wanted.size(); ++i) {
      Scanner* s = wanted[i];
      if (!text_ok && !s->accepts_binary(src)) continue;
      if (!s->bypasses_prefilter(src)) {
        if (!prefilter_done) {
          prefilter_hit = prefilter.matches(content);
          prefilter_done = true;
        }
        if (!prefilter_hit) continue;
      }
      if (!asked) {
        asked = true;
        reusable = std::none_of(wanted.begin(), wanted.end(), [&](Scanner* w) { return w->reads_other_files(src); });
        const bool cheap = std::all_of(wanted.begin(), wanted.end(), [&](Scanner* w) { return w->cheaper_than_cache(src); });
        if (cheap && reusable && cache && !looked_up) ++stats.cache_skipped;
        if (reusable && served("scan", entry.path, content, o, cache_key, content_sha, /*use_cache=*/!cheap, /*lookup=*/!looked_up)) return o;
        // Asked of every front-end before the first one runs, so a deferred file counts nowhere yet.
        if (may_defer && std::any_of(wanted.begin(), wanted.end(), [&](Scanner* w) { return !w->ready(src); })) return std::nullopt;
      }
      const auto start = std::chrono::steady_clock::now();
      s->scan(src, o.facts, o.notes);
      // Per front-end and file type: "TreeSitterScanner .py".
      const auto dot = entry.path.rfind('.');
      const auto slash = entry.path.rfind('/');
      const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash);
      PhaseStats& fe = stats.by_front_end[*wanted_names[i] + (has_ext ? " " + entry.path.substr(dot) : std::string(" (no extension)"))];
      ++fe.files;
      fe.bytes += content.size();
      fe.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      parsed = true;
      o.parsed = true;
    }
    if (parsed) {
      ++stats.files_parsed;
      stats.bytes_parsed += content.size();
    } else if (prefilter_done && !prefilter_hit) {
      ++stats.files_prefiltered;
      if (explain) explained.push_back({entry.path, "not parsed: no rule's trigger literal occurs in it (prefilter)", "note"});
    }
    if (!text_ok && std::none_of(wanted.begin(), wanted.end(), [&](Scanner* s) { return s->accepts_binary(src); })) {
      o.notes.push_back({entry.path, binary ? "skipped: binary file" : "skipped: not valid UTF-8", "note"});
      o.skipped = true;
    }
    o.facts.is_test_code = is_test_path(entry.path);
    if (asked && reusable && worth_keeping(o)) keep("scan", entry.path, cache_key, content_sha, o);
    return o;
  }

  // Whether a shard's result or the cache gives this file's result (then `o` holds it). Fills the
  // keys that keep() needs afterwards.
  // `lookup` false: the keys only (a deferred file asked before and missed; a damaged entry is not
  // counted twice).
  bool served(const char* kind, const std::string& path, std::string_view content, FileOutcome& o, std::string& cache_key,
              std::string& content_sha, bool use_cache = true, bool lookup = true) {
    if (preloaded || record) content_sha = sha256_hex(content);
    if (preloaded && lookup)
      if (const FileResult* r = preloaded->find(kind, path, content_sha)) {
        o = *r;
        ++stats.files_from_shards;
        if (record) recorded.push_back({kind, path, content_sha, o});
        return true;
      }
    if (!cache || !use_cache) return false;  // no key: keep() stores nothing either
    cache_key = cache->key(kind, path, content);
    if (!lookup || !from_cache(cache_key, path, o)) return false;
    ++(std::string_view(kind) == "scan" ? stats.files_from_cache : stats.flows_from_cache);
    if (record) recorded.push_back({kind, path, content_sha, o});
    return true;
  }

  void keep(const char* kind, const std::string& path, const std::string& cache_key, const std::string& content_sha, const FileOutcome& o) {
    if (!cache_key.empty()) cache->store(cache_key, path, o);
    if (record) recorded.push_back({kind, path, content_sha, o});
  }

  // A usable entry fills `o`; a corrupt one is reported and the file recomputed (and its entry rewritten).
  bool from_cache(const std::string& key, const std::string& path, FileOutcome& o) {
    FileOutcome cached;
    std::string why;
    switch (cache->load(key, path, cached, why)) {
      case ResultCache::Lookup::hit:
        o = std::move(cached);
        return true;
      case ResultCache::Lookup::corrupt:
        ++stats.cache_corrupt;
        cache_notes.push_back({path, "cache: ignored a damaged entry for this file (" + why + "); scanned it again", "note"});
        return false;
      case ResultCache::Lookup::miss:
        return false;
    }
    return false;
  }

  static bool worth_keeping(const FileOutcome& o) {
    return std::none_of(o.notes.begin(), o.notes.end(), [](const Notification& n) { return n.level != "note"; });
  }

  // The demanded names a file the first pass did not parse mentions and uses, when a front-end has
  // flow records for its kind of file.
  DemandNames::Uses names_used(const WalkEntry& entry, const DemandNames& demanded, const SafeReadOptions& limits) {
    SourceFile by_path{entry.path, entry.abs_path, {}};
    if (std::none_of(scanners.begin(), scanners.end(), [&](const auto& s) { return s->has_flows(by_path); })) return {};
    if (!read_file_safely(entry.abs_path, limits, buffer).ok()) return {};
    const std::string_view content = buffer.view();
    // Most files mention no demanded name: the search decides first, the checks of a readable text
    // (a pass over the whole file each) only for a file that does.
    DemandNames::Uses uses = demanded.in(content);
    if (uses.mentioned.empty() || looks_binary(content) || !is_valid_utf8(content)) return {};
    return uses;
  }

  // Flow records only, for a file the first pass did not parse.
  FileOutcome flows_one(const WalkEntry& entry, const SafeReadOptions& limits) {
    FileOutcome o;
    o.facts.file = entry.path;
    // Decided by path first: most files of a tree have no front-end with flow records.
    SourceFile by_path{entry.path, entry.abs_path, {}};
    if (std::none_of(scanners.begin(), scanners.end(), [&](const auto& s) { return s->has_flows(by_path); })) return o;
    if (!read_file_safely(entry.abs_path, limits, buffer).ok()) return o;
    const std::string_view content = buffer.view();
    if (looks_binary(content) || !is_valid_utf8(content)) return o;
    SourceFile src{entry.path, entry.abs_path, content};
    std::string cache_key, content_sha;
    if (served("flows", entry.path, content, o, cache_key, content_sha)) return o;
    stats.bytes_read_for_flows += content.size();
    for (auto& s : scanners)
      if (s->has_flows(src) && s->scan_flows(src, o.facts, o.notes)) break;
    const bool reusable = worth_keeping(o);
    o.notes.clear();  // problems of files read only for flows are not the user's findings
    o.facts.is_test_code = is_test_path(entry.path);
    if (reusable) keep("flows", entry.path, cache_key, content_sha, o);
    return o;
  }
};

// Runs `f(worker)` on every worker at once, the first on this thread.
template <class F>
void on_every_worker(std::vector<Worker>& workers, const F& f) {
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers.size(); ++t) threads.emplace_back([&f, &w = workers[t]] { f(w); });
  if (!workers.empty()) f(workers[0]);
  for (auto& t : threads) t.join();
}

// The process's peak resident set so far (getrusage), for --stats.
std::uint64_t peak_rss_bytes() {
  rusage u{};
  if (getrusage(RUSAGE_SELF, &u) != 0) return 0;
  return static_cast<std::uint64_t>(u.ru_maxrss) * 1024;  // kilobytes on Linux
}

// Whether a value holds something a trust decision depends on: a PEM, a URL or S3/CloudFront host,
// a certificate file name.
bool trust_relevant(const flow::Value& v) {
  if (v.kind == flow::ValueKind::literal) {
    const std::string& t = v.text;
    if (t.find("BEGIN CERTIFICATE") != std::string::npos || t.find("://") != std::string::npos ||
        t.find("amazonaws.com") != std::string::npos || t.find("cloudfront.net") != std::string::npos)
      return true;
    for (const char* ext : {".pem", ".crt", ".cer", ".der", ".p12", ".pfx", ".jks", ".bks"})
      if (t.size() > 4 && t.ends_with(ext)) return true;
    return t.size() > 64 && static_cast<unsigned char>(t[0]) == 0x30;  // DER bytes
  }
  for (const auto& p : v.parts)
    if (trust_relevant(p)) return true;
  return false;
}

// An endpoint another file can matter to: its host comes from a value (a parameter, a name, a
// call) that callers or imports may give, or it is a URL or host the judge can place. A string that
// only mentions a URL among words (a docstring) or names no host (`kwargs.get("timeout")`) is an
// endpoint of its own file alone: no caller changes where it goes.
bool placeable(const EndpointFact& e, const HostClassifier& hosts) {
  if (e.value_flow.kind != flow::ValueKind::literal && e.value_flow.kind != flow::ValueKind::unknown) return true;
  const auto b = e.value.find_first_not_of(" \t\r\n"), last = e.value.find_last_not_of(" \t\r\n");
  if (b == std::string::npos) return false;
  const std::string_view v = std::string_view(e.value).substr(b, last - b + 1);
  if (v.find_first_of(" \t\r\n") != std::string_view::npos) return false;
  return hosts.classify(v).cls != EndpointClass::unknown;
}

// Whether a value names one of `names` (a call "mod.make_client" by its last component).
bool mentions(const flow::Value& v, const std::set<std::string, std::less<>>& names) {
  if (v.kind == flow::ValueKind::name || v.kind == flow::ValueKind::call) {
    const auto dot = v.text.find_last_of(".:>");
    if (names.count(dot == std::string::npos ? std::string_view(v.text) : std::string_view(v.text).substr(dot + 1))) return true;
  }
  for (const auto& p : v.parts)
    if (mentions(p, names)) return true;
  return false;
}

// Whether a parsed file starts or carries a flow another file may continue: it holds a trust fact or
// a placeable endpoint, or its records use a name that such a file defines (`demanded`). Only such a
// file has its includes and imports read for flows; a file that passed the prefilter by a word alone
// gets no more reading than a file that did not.
bool carries_flows(const FileFacts& f, const HostClassifier& hosts, const std::set<std::string, std::less<>>& demanded) {
  if (!f.trust.empty()) return true;
  if (std::any_of(f.endpoints.begin(), f.endpoints.end(), [&](const EndpointFact& e) { return placeable(e, hosts); })) return true;
  for (const auto& imp : f.flows.imports)
    if (demanded.count(imp.name)) return true;
  for (const auto& c : f.flows.calls)
    if (mentions(c.call, demanded)) return true;
  for (const auto& a : f.flows.assignments)
    if (mentions(a.value, demanded)) return true;
  return false;
}

// Names other files may use to carry a trust value or a client: file-scope constants and macros
// whose value is trust-relevant, and functions holding a trust fact or a placeable endpoint (their
// callers pass the client or the host). Short names are left out: they match too many files.
std::vector<std::string> demand_names(const std::vector<FileFacts>& facts, const HostClassifier& hosts) {
  std::set<std::string> names;
  for (const auto& f : facts) {
    for (const auto& a : f.flows.assignments)
      if (a.function.empty() && a.target.kind == flow::ValueKind::name && a.target.text.size() >= 8 && trust_relevant(a.value))
        names.insert(a.target.text);
    auto inside = [](const Location& r, const Location& l) {
      return std::make_pair(r.line, r.column) <= std::make_pair(l.line, l.column) &&
             std::make_pair(r.end_line, r.end_column) >= std::make_pair(l.line, l.column);
    };
    for (const auto& fn : f.flows.functions) {
      if (fn.name.size() < 8 || fn.name.find('.') != std::string::npos) continue;
      // A special method (Python __init__, __call__) is never called by its name: every class has one.
      if (fn.name.starts_with("__") && fn.name.ends_with("__")) continue;
      const bool holds = std::any_of(f.trust.begin(), f.trust.end(), [&](const TrustFact& t) { return inside(fn.range, t.location); }) ||
                         std::any_of(f.endpoints.begin(), f.endpoints.end(), [&](const EndpointFact& e) { return inside(fn.range, e.location) && placeable(e, hosts); });
      if (holds) names.insert(fn.name);
    }
  }
  return {names.begin(), names.end()};
}

void fill_snippets(const std::string& root, const SafeReadOptions& limits, std::vector<Finding>& findings) {
  std::map<std::string, std::vector<std::string>> lines_of;
  for (auto& f : findings) {
    if (f.location.line <= 0) continue;
    auto it = lines_of.find(f.location.file);
    if (it == lines_of.end()) {
      std::vector<std::string> lines;
      std::istringstream in(read_file_safely(root + "/" + f.location.file, limits).data);
      for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(std::move(l));
      }
      it = lines_of.emplace(f.location.file, std::move(lines)).first;
    }
    if (f.location.line <= static_cast<int>(it->second.size())) {
      std::string s = it->second[f.location.line - 1];
      auto b = s.find_first_not_of(" \t");
      f.snippet = b == std::string::npos ? "" : s.substr(b);
      if (f.snippet.size() > 240) f.snippet = f.snippet.substr(0, 240) + "…";
    }
  }
}

void merge_stats(ScanStats& into, const ScanStats& from) {
  into.files_prefiltered += from.files_prefiltered;
  into.files_parsed += from.files_parsed;
  into.bytes_parsed += from.bytes_parsed;
  into.bytes_read_for_flows += from.bytes_read_for_flows;
  into.files_from_cache += from.files_from_cache;
  into.flows_from_cache += from.flows_from_cache;
  into.cache_corrupt += from.cache_corrupt;
  into.cache_skipped += from.cache_skipped;
  into.files_from_shards += from.files_from_shards;
  for (const auto& [part, seconds] : from.part_seconds) into.part_seconds[part] += seconds;
  for (const auto& [name, s] : from.by_front_end) {
    PhaseStats& t = into.by_front_end[name];
    t.files += s.files;
    t.bytes += s.bytes;
    t.seconds += s.seconds;
  }
}

// Files a walk lists before the prefilter's pattern database is compiled ahead of the scan.
constexpr size_t kEagerPrefilterFiles = 2000;
// Files the walk hands to the workers at once when the scan starts during the walk.
constexpr size_t kFeedBatch = 128;
// A walk of at most this many files parses few enough to compile only the queries they can match.
constexpr size_t kFewFiles = 32;
static_assert(kFewFiles < kFeedBatch, "the hint must come before the first batch reaches a worker");

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

ScanOutcome run_scan(const ScanOptions& options, const Catalog& catalog, TrustOracle& oracle, const HostClassifier& hosts) {
  ScanOutcome out;
  const std::int64_t started_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto phase_start = std::chrono::steady_clock::now();
  const std::string root = scan_root_of(options.walk.roots);

  // The whole-scan memo: an unchanged tree gives the last outcome back without reading a file.
  const bool memo_on = options.cache && !options.memo_key.empty() && !options.external && !options.preloaded && !options.record &&
                       !options.shard.active();
  std::optional<ScanMemo> memo;
  if (memo_on)
    memo.emplace(*options.cache, root + '\0' + options.memo_key + (options.lower_test_code ? " lower-test-code" : "") +
                                     (options.explain ? " explain" : ""), started_ns);
  // The scan starts while the walk is still listing files, unless the walk must be complete first: a
  // stored outcome may replay, the Clang engine takes the whole list, shards split it.
  const bool streamed = options.stream_walk && !(memo && memo->stored()) && !options.external && !options.preloaded &&
                        !options.record && !options.shard.active();

  // The prefilter is built on another core while this one walks: the workers would otherwise begin
  // by waiting for it. Its pattern database (tens of ms of vectorscan compile) is needed only once a
  // file lacks every literal, so it compiles here only when the walk lists enough files for that to
  // be all but certain; a run over a few files (pre-commit) does not pay for it.
  std::optional<Prefilter> prefilter;
  std::exception_ptr prefilter_failed;
  double prefilter_seconds = 0;
  std::atomic<size_t> files_listed{0};
  std::atomic<bool> walk_done{false};
  std::latch prefilter_ready(1);  // the literals are in (or the build failed)
  bool literals_in = false;
  WalkOptions walk_options = options.walk;
  std::jthread prefilter_build([&] {
    const auto start = std::chrono::steady_clock::now();
    try {
      auto literals = catalog.trigger_literals();
      if (!options.tiered_triggers)
        for (auto& word : catalog.weak_triggers()) literals.push_back(std::move(word));
      std::ranges::sort(literals);
      literals.erase(std::unique(literals.begin(), literals.end()), literals.end());
      prefilter.emplace(literals, catalog.trigger_patterns());
      literals_in = true;
      prefilter_ready.count_down();
      while (!walk_done.load() && files_listed.load(std::memory_order_relaxed) < kEagerPrefilterFiles)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      if (files_listed.load(std::memory_order_relaxed) >= kEagerPrefilterFiles) prefilter->compile_patterns();
    } catch (...) {
      if (!literals_in) {
        prefilter.reset();
        prefilter_ready.count_down();
      }
      prefilter_failed = std::current_exception();
    }
    prefilter_seconds = seconds_since(start);
  });

  const SafeReadOptions limits{options.walk.max_file_size, root};
  ScanConfig config{catalog.dir().string()};
  for (const auto& [name, make] : registered_scanners()) make()->prepare(config);
  // Few files to parse: a rescan of a tree whose last outcome is stored (the rest comes from the
  // cache), or (below) a walk of a handful of files. The tree-sitter front-end then compiles only the
  // queries those files can match (query_library.h, QueryParts): 0.4 s of C++ queries for one file.
  const bool rescan = memo && memo->stored();
  for (const auto& [name, make] : registered_scanners()) make()->expect_few_files(rescan);
  FileFeed feed;
  std::vector<WalkEntry> listed;  // streamed: files the walk listed that the feed has not taken yet
  walk_options.on_file = [&](const WalkEntry& e) {
    files_listed.fetch_add(1, std::memory_order_relaxed);
    if (!streamed) return;
    listed.push_back(e);
    if (listed.size() >= kFeedBatch) feed.add(listed);
  };
  // Only outcomes that carry something are kept, so memory grows with findings, not with files.
  // Indexes are the feed's: the walk's own order when streamed, its sorted order otherwise.
  std::vector<std::pair<size_t, FileOutcome>> kept;
  std::mutex kept_mutex;
  unsigned jobs = options.jobs > 0 ? static_cast<unsigned>(options.jobs) : std::max(1u, std::thread::hardware_concurrency());
  ExternalResult external;
  std::atomic<size_t> done{0};
  std::mutex stats_mutex;
  std::vector<Notification> prefiltered;  // with explain: files the prefilter left out (some may leave the walk)
  std::vector<size_t> deferred;           // files whose front-end was not ready (Scanner::ready)
  std::mutex deferred_mutex;
  std::atomic<size_t> next_deferred{0};
  std::optional<std::latch> all_walked;
  size_t total = 0;  // files to scan, once the walk is over (progress)
  auto work = [&] {
    prefilter_ready.wait();
    if (!prefilter) {
      all_walked->arrive_and_wait();
      return;  // the run fails: run_scan rethrows the build's error
    }
    Worker w;
    w.explain = options.explain;
    w.cache = options.cache;
    w.preloaded = options.preloaded;
    w.record = options.record;
    auto scan_item = [&](size_t i, FeedItem& item, bool may_defer) {
      std::optional<FileOutcome> outcome = w.scan_one(item.entry, *prefilter, limits, memo && memo->recent(item.entry) ? &item.sha : nullptr,
                                                      may_defer, /*looked_up=*/!may_defer);
      if (!outcome) {
        std::lock_guard lock(deferred_mutex);
        deferred.push_back(i);
        return;
      }
      FileOutcome& r = *outcome;
      item.parsed = r.parsed;
      item.state = r.skipped ? FeedItem::State::skipped : FeedItem::State::scanned;
      // Files without trust facts still matter to the flow solver: their endpoints and records.
      const bool flows = !r.facts.endpoints.empty() || !r.facts.flows.empty();
      if (r.facts.trust.empty() && !flows) r.facts = FileFacts{};
      if (r.facts.trust.empty() && !flows && r.notes.empty()) return;
      std::lock_guard lock(kept_mutex);
      kept.emplace_back(i, std::move(r));
    };
    size_t i = 0;
    while (FeedItem* item = feed.take(i)) {
      if (options.progress) options.progress(++done, streamed ? feed.size() : total);
      if (external.handled.count(item->entry.path)) continue;
      scan_item(i, *item, /*may_defer=*/true);
    }
    // Files met before their language's queries were compiled, once every thread has moved past them.
    all_walked->arrive_and_wait();
    for (size_t k = next_deferred++; k < deferred.size() && !feed.cancelled(); k = next_deferred++)
      scan_item(deferred[k], feed.at(deferred[k]), /*may_defer=*/false);
    std::lock_guard lock(stats_mutex);
    w.collect_part_seconds();
    merge_stats(out.stats, w.stats);
    for (auto& e : w.explained) prefiltered.push_back(std::move(e));
    for (auto& e : w.cache_notes) out.notifications.push_back(std::move(e));
    for (auto& e : w.recorded) out.recorded.push_back(std::move(e));
  };
  // Streamed: every worker but this thread starts now; this one walks, then joins them.
  std::vector<std::thread> threads;
  auto start_workers = [&](unsigned count) {
    all_walked.emplace(count);
    for (unsigned t = 1; t < count; ++t) threads.emplace_back(work);
  };
  // A failure after the workers started (a broken nested configuration) stops them before it leaves.
  auto stop_workers = [&] {
    feed.cancel();
    if (all_walked) all_walked->count_down();  // this thread's part: the others wait for it
    for (auto& t : threads) t.join();
  };
  if (streamed) start_workers(jobs);

  WalkResult walked;
  try {
    struct Done {
      std::atomic<bool>& flag;
      ~Done() { flag = true; }
    } walking{walk_done};
    walked = walk(walk_options);
    if (options.after_walk) options.after_walk(walked);
  } catch (...) {
    stop_workers();
    throw;
  }
  // Fewer files than a feed batch: none has reached a worker yet.
  if (!rescan && walked.files.size() <= kFewFiles)
    for (const auto& [name, make] : registered_scanners()) make()->expect_few_files(true);
  if (streamed) {
    feed.add(listed);
    feed.finish();
  }
  out.stats.walk_seconds = seconds_since(phase_start);
  phase_start = std::chrono::steady_clock::now();
  out.root = walked.root;
  for (const auto& s : walked.ignored) out.explained.push_back({s.path, s.reason, "note"});
  if (options.shard.active()) {
    std::erase_if(walked.files, [&](const WalkEntry& e) { return !in_shard(e.path, options.shard); });
    std::erase_if(walked.skipped, [&](const WalkSkip& e) { return !in_shard(e.path, options.shard); });
    std::erase_if(out.explained, [&](const Notification& e) { return !in_shard(e.file, options.shard); });
  }

  std::optional<InputLog> input_log;
  const std::int64_t now = oracle.now();
  if (memo) {
    std::string why = "no earlier scan of this root with these options";
    if (!streamed)
      if (auto replayed = memo->replay(walked, now, why)) {
        out.findings = std::move(replayed->findings);
        out.notifications = std::move(replayed->notifications);
        out.explained = std::move(replayed->explained);
        out.summary = replayed->summary;
        for (auto& e : walked.files) out.scanned_files.push_back(std::move(e.path));
        out.stats.files_walked = static_cast<int>(out.scanned_files.size());
        out.stats.memo = "replayed the last scan's outcome (no walked file and no file it read changed)";
        return out;
      }
    out.stats.memo = "not replayed: " + why;
    input_log.emplace();
  }
  for (const auto& s : walked.skipped) out.notifications.push_back({s.path, "skipped: " + s.reason});

  prefilter_build.join();
  if (prefilter_failed) {
    stop_workers();
    std::rethrow_exception(prefilter_failed);
  }
  out.stats.prefilter_seconds = prefilter_seconds;
  out.stats.scan_during_walk = streamed;
  const size_t n = walked.files.size();
  total = n;
  if (!streamed) {
    jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(n, 1)));
    if (options.external)
      external = options.external(ExternalRequest{walked.root, &walked.files, [&](std::string_view c) { return prefilter->matches(c); }, jobs});
    listed = walked.files;
    feed.add(listed);
    feed.finish();
    start_workers(jobs);
  }
  work();
  for (auto& t : threads) t.join();
  out.stats.prefilter_prebuilt = prefilter && prefilter->prebuilt();

  // Feed order → walk order (sorted by path). A streamed file that the walk's callback or the shard
  // left out has no place: its outcome is dropped, as if it had never been read.
  std::deque<FeedItem>& items = feed.items();
  constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<size_t> place(items.size(), kNone);
  if (streamed) {
    std::unordered_map<std::string_view, size_t> sorted;
    sorted.reserve(n);
    for (size_t i = 0; i < n; ++i) sorted.emplace(walked.files[i].path, i);
    for (size_t k = 0; k < items.size(); ++k)
      if (auto it = sorted.find(items[k].entry.path); it != sorted.end() && it->second != kNone) {
        place[k] = it->second;
        it->second = kNone;  // a path listed twice counts once
      }
    std::erase_if(prefiltered, [&](const Notification& e) { return !sorted.count(e.file); });
  } else {
    for (size_t k = 0; k < items.size(); ++k) place[k] = k;
  }
  std::vector<char> parsed(n, 0);
  std::vector<std::string> content_sha(memo ? n : 0);
  int scanned = 0, skipped = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    if (place[k] == kNone) continue;
    parsed[place[k]] = items[k].parsed;
    if (memo) content_sha[place[k]] = std::move(items[k].sha);
    scanned += items[k].state == FeedItem::State::scanned;
    skipped += items[k].state == FeedItem::State::skipped;
  }
  std::erase_if(kept, [&](const auto& k) { return place[k.first] == kNone; });
  for (auto& k : kept) k.first = place[k.first];
  std::deque<FeedItem>().swap(items);
  for (auto& e : prefiltered) out.explained.push_back(std::move(e));
  out.stats.files_walked = static_cast<int>(n);
  out.stats.scan_seconds = seconds_since(phase_start);
  out.stats.peak_rss_after_scan = peak_rss_bytes();
  phase_start = std::chrono::steady_clock::now();

  // Walk order, whatever the thread count: the judge and the notes see the same sequence every run.
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<FileFacts> facts;
  out.summary.files_scanned = scanned;
  out.summary.files_skipped = skipped;
  for (auto& [index, r] : kept) {
    for (auto& note : r.notes) out.notifications.push_back(std::move(note));
    if (!r.facts.trust.empty() || !r.facts.endpoints.empty() || !r.facts.flows.empty()) facts.push_back(std::move(r.facts));
  }

  // Demand parsing: files the prefilter skipped that use a name the parsed files define, or that a
  // parsed file carrying a flow (carries_flows) includes or imports, give the solver their flow
  // records (no facts, no findings).
  const auto demand_start = std::chrono::steady_clock::now();
  std::set<std::string> flow_only;  // the files read for flows only (--stats: which of them a search needed)
  {
    std::vector<std::string> paths;
    for (const auto& e : walked.files) paths.push_back(e.path);
    flow::ModuleIndex modules(paths);
    // Views of the walked paths, which outlive this block: no copy of every path of the tree.
    std::unordered_map<std::string_view, size_t> index_of;
    index_of.reserve(n);
    for (size_t i = 0; i < n; ++i) index_of[walked.files[i].path] = i;
    std::vector<char> wanted(n, 0);  // 1 = check names, 2 = named by an include/import
    const auto names = demand_names(facts, hosts);
    const std::set<std::string, std::less<>> demanded(names.begin(), names.end());
    for (const auto& f : facts)
      if (carries_flows(f, hosts, demanded))
        for (const auto& imp : f.flows.imports)
          for (const auto& target : modules.resolve(f.file, imp.module, imp.include))
            if (auto it = index_of.find(target); it != index_of.end() && !parsed[it->second]) wanted[it->second] = 2;
    std::unique_ptr<DemandNames> name_filter;
    if (!names.empty()) name_filter = std::make_unique<DemandNames>(names);
    std::vector<Worker> workers(std::max(1u, jobs));
    for (auto& w : workers) {
      w.cache = options.cache;
      w.preloaded = options.preloaded;
      w.record = options.record;
    }
    // Which demanded names each other file uses: a name that many files use says little about any
    // one of them (a library's own entry point in the library's tree, a helper every test calls), so
    // a file is read for flows only when it uses a name few files use.
    const size_t name_max = options.max_files_per_demand_name;
    if (name_filter) {
      const auto names_start = std::chrono::steady_clock::now();
      std::vector<size_t> unread;
      for (size_t i = 0; i < n; ++i)
        if (!parsed[i] && !wanted[i] && !external.handled.count(walked.files[i].path)) unread.push_back(i);
      std::vector<DemandNames::Uses> uses(unread.size());
      std::atomic<size_t> at{0};
      auto find_names = [&](Worker& w) {
        for (size_t k = at++; k < unread.size(); k = at++) uses[k] = w.names_used(walked.files[unread[k]], *name_filter, limits);
      };
      on_every_worker(workers, find_names);
      out.stats.names_seconds = seconds_since(names_start);
      out.stats.files_checked_for_names = static_cast<int>(unread.size());
      // How common a name is counts its mentions in any form (a word like "decorator" is common even
      // where few files use the exact name); a file is read only for a name it uses as written.
      std::map<std::string, size_t> files_using;
      for (const auto& u : uses)
        for (const auto& name : u.mentioned) ++files_using[name];
      std::vector<std::string> common;
      for (const auto& [name, count] : files_using)
        if (count > name_max) common.push_back(name);
      for (size_t k = 0; k < unread.size(); ++k)
        for (const auto& name : uses[k].used)
          if (files_using[name] <= name_max) {
            wanted[unread[k]] = 1;
            break;
          }
      if (!common.empty())
        out.notifications.push_back({"", "flow: " + std::to_string(common.size()) + " names that scanned files define are used by more than " +
                                             std::to_string(name_max) + " files each (e.g. " + common.front() +
                                             "); files are not read for flows for those names alone", "note"});
    }
    // A bound on the files read for flows only. The files kept are the first ones by walk order that
    // yield records, whatever the thread count: candidates are read in batches, in parallel, and taken
    // in order until the bound is reached.
    const size_t max_demand = options.max_demand_files;
    std::vector<size_t> candidates;
    for (size_t i = 0; i < n; ++i)
      if (wanted[i]) candidates.push_back(i);
    std::vector<std::pair<size_t, FileOutcome>> demand;
    bool capped = false;
    const size_t batch = 64 * workers.size();
    for (size_t from = 0; from < candidates.size() && !capped; from += batch) {
      const size_t to = std::min(candidates.size(), from + batch);
      out.stats.files_read_for_flows += static_cast<int>(to - from);
      for (size_t k = from; k < to; ++k) out.stats.files_read_for_imports += wanted[candidates[k]] == 2;
      std::vector<FileOutcome> read(to - from);
      std::atomic<size_t> at{from};
      auto read_batch = [&](Worker& w) {
        for (size_t k = at++; k < to; k = at++) {
          const size_t i = candidates[k];
          read[k - from] = w.flows_one(walked.files[i], limits);
        }
      };
      on_every_worker(workers, read_batch);
      for (size_t k = from; k < to; ++k) {
        if (read[k - from].facts.flows.empty()) continue;
        if (demand.size() >= max_demand) {
          capped = true;
          break;
        }
        demand.emplace_back(candidates[k], std::move(read[k - from]));
      }
    }
    for (auto& w : workers) {
      w.collect_part_seconds();
      merge_stats(out.stats, w.stats);
      for (auto& e : w.cache_notes) out.notifications.push_back(std::move(e));
      for (auto& e : w.recorded) out.recorded.push_back(std::move(e));
    }
    if (capped)
      out.notifications.push_back({"", "flow: more than " + std::to_string(max_demand) +
                                           " files use names that scanned files define; the rest were not read for flows", "note"});
    out.stats.files_for_flows = static_cast<int>(demand.size());
    std::sort(demand.begin(), demand.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [index, r] : demand) {
      flow_only.insert(r.facts.file);
      facts.push_back(std::move(r.facts));
    }
  }
  out.stats.flows_seconds = seconds_since(demand_start);
  out.stats.peak_rss_after_flows = peak_rss_bytes();
  // The results stored so far are written while the judge runs (mostly on one thread).
  if (options.cache) options.cache->start_writing();
  out.summary.files_skipped += static_cast<int>(walked.skipped.size());
  // The walked paths move into the outcome (baselines ask which files were scanned): no second copy,
  // unless the memo needs the walk once the outcome is known.
  out.scanned_files.reserve(walked.files.size());
  for (auto& e : walked.files) out.scanned_files.push_back(memo ? e.path : std::move(e.path));
  if (!memo) std::vector<WalkEntry>().swap(walked.files);
  out.summary.files_scanned += static_cast<int>(external.handled.size()) - external.skipped;
  out.summary.files_skipped += external.skipped;
  for (auto& f : external.facts) facts.push_back(std::move(f));
  for (auto& note : external.notes) out.notifications.push_back(std::move(note));

  add_settings_of_written_includes(facts);
  Judge judge(catalog, oracle, hosts, JudgeOptions{walked.root, options.lower_test_code});
  out.findings = judge.judge(facts, out.notifications);
  out.stats.solve_seconds = judge.solver_seconds();
  out.stats.solve_graph_seconds = judge.solver_shape().graph_seconds;
  out.stats.solve_teardown_seconds = judge.solver_shape().teardown_seconds;
  out.stats.solve_nodes = judge.solver_shape().nodes;
  out.stats.solve_edges = judge.solver_shape().edges;
  out.stats.solve_visited_nodes = judge.solver_shape().visited_nodes;
  out.stats.solve_visited_files = static_cast<int>(judge.solver_shape().visited_files.size());
  for (const auto& f : judge.solver_shape().visited_files) out.stats.solve_visited_flow_files += static_cast<int>(flow_only.count(f));
  for (auto& f : out.findings)
    if (auto it = external.fixes.find(Location{f.location.file, f.location.line, f.location.column, 0, 0}); it != external.fixes.end())
      f.fix = it->second;
  out.stats.judge_seconds = seconds_since(phase_start);
  for (const auto& [name, make] : registered_scanners()) make()->add_setup_seconds(out.stats.setup_seconds);
  out.stats.peak_rss_after_judge = peak_rss_bytes();
  if (options.cache) {
    const auto wait_start = std::chrono::steady_clock::now();
    options.cache->flush();
    out.stats.cache_wait_seconds = seconds_since(wait_start);
    out.stats.cache_stored = options.cache->stored();
    if (const int failed = options.cache->write_failures())
      out.notifications.push_back({"", "cache: " + std::to_string(failed) + " results were not stored (" +
                                           options.cache->first_write_error() + ")", "note"});
  }
  std::sort(out.explained.begin(), out.explained.end());
  std::sort(out.recorded.begin(), out.recorded.end(),
            [](const RecordedResult& a, const RecordedResult& b) { return std::tie(a.path, a.kind) < std::tie(b.path, b.kind); });
  fill_snippets(walked.root, limits, out.findings);
  sort_findings(out.findings);
  assign_fingerprints(out.findings);
  std::sort(out.notifications.begin(), out.notifications.end());
  if (memo) {
    const std::string not_kept = memo->record(walked, content_sha, *input_log, now,
                                              MemoOutcome{out.findings, out.notifications, out.explained, out.summary});
    out.stats.memo += not_kept.empty() ? "; this outcome is kept" : "; this outcome is not kept: " + not_kept;
  }
  return out;
}

}  // namespace atscan
