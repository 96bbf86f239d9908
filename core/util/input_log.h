#pragma once
// Paths a scan looks at outside the files it walked: a bundle a value names (found or not), the
// manifest or raw/ folder beside an Android config, a Dockerfile's context. A whole-scan memo
// (scanners/pipeline/scan_memo.h) records them with what they held and re-checks each one before it
// replays a result, so a change there is never missed. What a path holds is taken when it is first
// noted, before the scan reads it: a change after that differs from the record, never hides in it.
#include <filesystem>
#include <mutex>
#include <cstdint>
#include <map>
#include <string>

namespace atscan {

// Records every noted path while it lives (on any thread). Several may live at once.
class InputLog {
 public:
  InputLog();
  ~InputLog();
  InputLog(const InputLog&) = delete;
  InputLog& operator=(const InputLog&) = delete;

  // Each noted path (absolute) and what it held when first noted (path_state below).
  std::map<std::string, std::string> states() const;
  // Whether a folder among them had an entry changed within two seconds of `started_ns` (its state
  // lists times, which cannot tell two writes in one tick apart).
  bool unsettled() const;

 private:
  friend void note_input_path(const std::filesystem::path& p);
  mutable std::mutex mutex_;
  std::map<std::string, std::string> states_;
  bool unsettled_ = false;
};

// What a path holds: "-" (nothing), "f<sha256>" (a file's content), "d<sha256>" (a folder's names,
// kinds, sizes, times and inodes), "o<mode>" (something else), "e<why>" (unreadable). `unsettled` is
// set when a folder entry changed within two seconds of `settled_before_ns`.
std::string path_state(const std::string& path, std::int64_t settled_before_ns, bool& unsettled);

// Cheap when no log is alive.
void note_input_path(const std::filesystem::path& p);

// Whether a file with these times may have been written twice within one timestamp tick as seen from
// `started_ns` (both ns since the epoch): its times then cannot tell the writes apart. Two seconds is
// coarser than any file system's timestamps (FAT: 2 s; Linux ticks every few milliseconds).
bool changed_recently(std::int64_t mtime_ns, std::int64_t ctime_ns, std::int64_t started_ns);

// The most of a file read to tell what it holds.
inline constexpr std::uint64_t kMaxInputBytes = 64u << 20;

}  // namespace atscan
