#include "cli/stderr_report.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <map>

#include "core/report/reporter.h"
#include "core/report/text_encoding.h"
#include "core/util/suggest.h"

namespace atscan::cli {
namespace {

// A notification's kind: its message without the specifics ("skipped: malformed YAML: …" → "skipped:
// malformed YAML", "… (1024 bytes)" dropped).
std::string kind_of(const std::string& message) {
  std::string k = message.substr(0, message.find(" ("));
  if (auto first = k.find(": "); first != std::string::npos)
    if (auto second = k.find(": ", first + 2); second != std::string::npos) k.resize(second);
  // "line 12: …" (suppression audits) carry the line first.
  if (k.rfind("line ", 0) == 0)
    if (auto colon = k.find(": "); colon != std::string::npos) k = k.substr(colon + 2);
  return k;
}

// File names and messages carry bytes from the scanned tree: control characters are shown escaped,
// never sent to the terminal.
std::string one_line(const std::string& s) { return escape_controls(s, true); }
std::string file_name(const std::string& s) { return escape_controls(s); }

void full(std::ostream& err, const Notification& n) {
  err << (n.file.empty() ? std::string("atscan") : file_name(n.file)) << ": " << n.level << ": " << one_line(n.message) << '\n';
}

// "atscan: stats: TITLE: a 0.500 s, b 0.031 s" (nothing when `seconds` is empty).
void seconds_line(std::ostream& err, const char* title, const std::map<std::string, double>& seconds) {
  if (seconds.empty()) return;
  err << "atscan: stats: " << title << ":";
  const char* sep = " ";
  for (const auto& [what, s] : seconds) {
    err << sep << what << " " << s << " s";
    sep = ", ";
  }
  err << "\n";
}

}  // namespace

void report_notifications(std::ostream& err, const std::vector<Notification>& notes, bool quiet, bool verbose) {
  struct Group {
    std::vector<const Notification*> items;
  };
  std::map<std::pair<std::string, std::string>, Group> groups;  // (level, kind)
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& n : notes) {
    if (n.level == "error" || verbose) {
      full(err, n);
      continue;
    }
    if (quiet) continue;
    auto key = std::make_pair(n.level, kind_of(n.message));
    if (!groups.count(key)) order.push_back(key);
    groups[key].items.push_back(&n);
  }
  for (const auto& key : order) {
    const auto& items = groups[key].items;
    if (items.size() == 1) {
      full(err, *items.front());
      continue;
    }
    const Notification& first = *items.front();
    err << "atscan: " << key.first << ": " << items.size() << " files: " << one_line(key.second) << " (e.g. "
        << (first.file.empty() ? std::string("the run") : file_name(first.file)) << "); -v lists them\n";
  }
}

void report_stats(std::ostream& err, const ScanStats& s) {
  auto mib = [](std::uint64_t b) { return static_cast<double>(b) / (1024.0 * 1024.0); };
  err << std::fixed << std::setprecision(3);
  err << "atscan: stats: files walked " << s.files_walked << ", prefiltered out " << s.files_prefiltered << ", parsed "
      << s.files_parsed << ", bytes parsed " << s.bytes_parsed << " (" << std::setprecision(1) << mib(s.bytes_parsed)
      << " MiB)\n";
  err << std::setprecision(3) << "atscan: stats: time walk " << s.walk_seconds << " s ("
      << (s.scan_during_walk ? "the scan under way meanwhile; " : "") << "prefilter built meanwhile in " << s.prefilter_seconds
      << " s" << (s.prefilter_prebuilt ? " from the build's databases" : "") << "), scan " << s.scan_seconds << (s.scan_during_walk ? " s after it" : " s")
      << ", judge " << s.judge_seconds << " s (of which files read for flows " << s.flows_seconds << " s: names looked for in "
      << s.files_checked_for_names << " in " << s.names_seconds << " s, " << s.files_read_for_flows << " read (" << s.files_read_for_imports << " named by an include or import; "
      << std::setprecision(1) << mib(s.bytes_read_for_flows) << std::setprecision(3) << " MiB parsed), " << s.files_for_flows << " with flow records; flow solver "
      << s.solve_seconds << " s)\n";
  err << "atscan: stats: flow solver: graph " << s.solve_graph_seconds << " s (" << s.solve_nodes << " nodes, " << s.solve_edges
      << " edges), queries " << std::max(0.0, s.solve_seconds - s.solve_graph_seconds - s.solve_teardown_seconds) << " s, teardown "
      << s.solve_teardown_seconds << " s; its searches went through " << s.solve_visited_nodes << " nodes in " << s.solve_visited_files
      << " files (" << s.solve_visited_flow_files << " of the " << s.files_for_flows << " files read for flows)\n";
  if (s.peak_rss_after_judge > 0)
    err << std::setprecision(0) << "atscan: stats: peak RSS after scan " << mib(s.peak_rss_after_scan) << " MiB, after files read for flows "
        << mib(s.peak_rss_after_flows) << " MiB, after judge " << mib(s.peak_rss_after_judge) << " MiB\n"
        << std::setprecision(3);
  err << "atscan: stats: cache " << (s.cache.empty() ? std::string("off") : s.cache) << ": " << s.files_from_cache
      << " files from cache, " << s.flows_from_cache << " flow-only files from cache, " << s.cache_stored << " stored, "
      << s.cache_corrupt << " damaged entries ignored, " << s.cache_skipped << " files cheaper to scan again; waited "
      << s.cache_wait_seconds << " s for its writes after the judge\n";
  if (!s.memo.empty()) err << "atscan: stats: memo: " << s.memo << "\n";
  if (s.files_from_shards > 0) err << "atscan: stats: merge: " << s.files_from_shards << " file results from the shards\n";
  seconds_line(err, "set-up (thread time, once per process)", s.setup_seconds);
  seconds_line(err, "front-end parts (thread time)", s.part_seconds);
  for (const auto& [name, p] : s.by_front_end)
    err << "atscan: stats: front-end " << name << ": " << p.files << " files, " << p.bytes << " bytes, " << p.seconds
        << " s (thread time)\n";
  err.unsetf(std::ios::floatfield);
}

std::string did_you_mean_format(const std::string& typed) { return did_you_mean(typed, reporter_names()); }

ProgressLine::ProgressLine(std::ostream& err, bool enabled, std::chrono::milliseconds delay)
    : err_(err), enabled_(enabled), delay_(delay), start_(std::chrono::steady_clock::now()), last_(start_) {}

std::function<void(size_t, size_t)> ProgressLine::callback() {
  if (!enabled_) return {};
  return [this](size_t done, size_t total) { update(done, total); };
}

void ProgressLine::update(size_t done, size_t total) {
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is drawing: skip, never wait
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_ || (shown_ && now - last_ < std::chrono::milliseconds(100))) return;
  last_ = now;
  shown_ = true;
  err_ << "\ratscan: scanning " << done << '/' << total << " files (" << (total ? done * 100 / total : 100) << "%)\033[K" << std::flush;
}

void ProgressLine::finish() {
  std::lock_guard lock(mutex_);
  if (shown_) err_ << "\r\033[K" << std::flush;
  shown_ = false;
  enabled_ = false;
}

}  // namespace atscan::cli
