#pragma once
// The whole-scan memo: the last outcome of a scan of this root with these options, replayed without
// reading, parsing or judging anything when nothing it depends on has changed:
// - every walked file has the same path, size, modification and change times, inode and device (a
//   file changed within two seconds of the scan that made the memo is compared by content instead:
//   a timestamp that coarse cannot tell two writes apart);
// - the walk skipped and left out the same paths;
// - every path the scan looked at outside the walked files (input_log.h: a bundle a value names,
//   found or not) holds what it held;
// - no certificate's validity and no dated pin set turns between the memo's clock and this run's
//   (time_horizon.h);
// - the atscan build, the catalog, the options and the profile are the same (they are in the key).
// Anything else is a miss, and the scan runs as usual (per-file results still come from the cache).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/reporter.h"
#include "core/util/input_log.h"
#include "scanners/pipeline/result_cache.h"
#include "scanners/walk/walker.h"

namespace atscan {

// What a replay gives back: the parts of a scan's outcome that do not come from this run's walk.
struct MemoOutcome {
  std::vector<Finding> findings;
  std::vector<Notification> notifications;
  std::vector<Notification> explained;
  RunSummary summary;
};

class ScanMemo {
 public:
  // `key`: what else the outcome depends on (root, options, profile); `started_ns`: the wall clock
  // when this run began (only to tell files that may change within a timestamp tick).
  ScanMemo(ResultCache& cache, const std::string& key, std::int64_t started_ns);

  // The memo's outcome when it holds for this walk at `now`; else nullopt and `why` says what changed.
  std::optional<MemoOutcome> replay(const WalkResult& walked, std::int64_t now, std::string& why) const;

  // Whether an outcome is stored for this key at all: without one, replay() cannot succeed whatever
  // the walk finds, so the scan may start before the walk ends.
  bool stored() const { return cache_.has_entry(slot_); }

  // Whether a file's content must be hashed while it is read (changed too recently to trust its times).
  bool recent(const WalkEntry& e) const;

  // Keeps this run's outcome. `content_sha` holds, for each walked file that is recent(), the SHA-256
  // (hex) of the bytes the scan read ("" for the others); `inputs`: what the scan looked at outside them.
  // Returns why nothing was kept ("" when it was).
  std::string record(const WalkResult& walked, const std::vector<std::string>& content_sha, const InputLog& inputs,
                     std::int64_t now, const MemoOutcome& outcome);

  // The cache entry that holds the memo (for the fuzz target, which damages it on purpose).
  const std::string& slot() const { return slot_; }

 private:
  ResultCache& cache_;
  std::string slot_;
  std::int64_t started_ns_;
};

}  // namespace atscan
