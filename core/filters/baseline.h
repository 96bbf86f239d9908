#pragma once
// Baselines: a versioned JSON file of known findings, matched by fingerprint (which ignores line numbers).
//   {"version":1,"tool":"atscan 0.1.0","findings":[{"fingerprint","ruleId","file","message"}]}
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/reporter.h"

namespace atscan {

inline constexpr int kBaselineVersion = 1;
// The oldest format version this atscan still reads. Older files are refused with a message.
inline constexpr int kOldestReadableBaselineVersion = 1;

// A corrupt file, an unknown or unreadable version: the message names the file and says what to do.
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct BaselineEntry {
  std::string fingerprint;
  std::string rule_id;
  std::string file;
  std::string message;
  bool operator==(const BaselineEntry&) const = default;
};

struct Baseline {
  int version = kBaselineVersion;
  std::string tool;                   // "atscan 0.1.0"
  std::vector<BaselineEntry> entries; // sorted by file, rule, fingerprint
};

// Every finding not already suppressed in source.
Baseline make_baseline(const std::vector<Finding>& findings, const std::string& tool);
std::string to_json(const Baseline& b);
// `source` names the file in errors. Throws BaselineError.
Baseline parse_baseline(std::string_view text, const std::string& source);
Baseline load_baseline(const std::filesystem::path& path);
void save_baseline(const Baseline& b, const std::filesystem::path& path);

// Marks findings whose fingerprint is in the baseline as Suppression{"external"} and counts them in
// summary.baselined. An entry that matches nothing is reported ("baseline entry no longer occurs: …")
// when its file was scanned this time (`scanned_files`, sorted) or no longer exists under `root`;
// entries for files outside this run (other shards, files pre-commit did not pass) are not stale.
void apply_baseline(std::vector<Finding>& findings, const Baseline& baseline, const std::string& root,
                    const std::vector<std::string>& scanned_files, std::vector<Notification>& notes, RunSummary& summary);

}  // namespace atscan
