#pragma once
// What atscan says on stderr beside the report: notifications (summarised unless -v), --stats, and a
// progress line on a terminal. Kept off stdout so a report is never interleaved with diagnostics.
#include <chrono>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "core/model/notification.h"
#include "scanners/pipeline/scan.h"

namespace atscan::cli {

// Error-level notifications in full, always. Others: in full with `verbose`; otherwise one line per
// kind ("atscan: warning: 3 files: skipped: binary file (e.g. a.bin); -v lists them"); none with `quiet`.
void report_notifications(std::ostream& err, const std::vector<Notification>& notes, bool quiet, bool verbose);

void report_stats(std::ostream& err, const ScanStats& stats);

// " (did you mean 'sarif'?)" for a mistyped --format.
std::string did_you_mean_format(const std::string& typed);

// "\r[files done/total] N%" on a terminal once a scan has run for a second; erased by finish().
class ProgressLine {
 public:
  ProgressLine(std::ostream& err, bool enabled, std::chrono::milliseconds delay = std::chrono::seconds(1));
  std::function<void(size_t, size_t)> callback();
  void finish();

 private:
  void update(size_t done, size_t total);
  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::mutex mutex_;
  std::chrono::milliseconds delay_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace atscan::cli
