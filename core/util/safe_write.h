#pragma once
// The one way atscan writes a file: fixes, baselines, reports, merged logs. The content goes to a new
// temporary file beside the target (mkstemp: O_CREAT|O_EXCL, never an existing name or a planted
// link), is fsync'ed, then renamed over the target, so a reader never sees half a file and nothing is
// ever written through a symlink.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace atscan {

struct SafeWriteOptions {
  // When set, the target's folder (resolved) must lie inside this directory (`atscan fix`).
  std::filesystem::path root;
};

// Writes `data` to `target`. Refused: a target that is a symlink or not a regular file, a folder that
// does not exist or (with a root) resolves outside it. An existing target keeps its permission bits;
// a new one gets 0666 minus the umask. Returns the reason on failure, nullopt on success.
std::optional<std::string> write_file_atomically(const std::filesystem::path& target, std::string_view data,
                                                 const SafeWriteOptions& options = {});

// Where a report goes: a FIFO or a character device (/dev/null, /dev/stdout, a shell's >(…)), itself
// or through links, is a stream and is written in place (nothing there to replace or to lose); any
// other target is written by write_file_atomically, with its refusals.
std::optional<std::string> write_report(const std::filesystem::path& target, std::string_view data);
// Why write_report(target, …) would be refused, checked before a scan spends its time: a missing folder,
// a symlink to something other than a stream, a folder or socket at the target. nullopt when it would
// be written (a later failure, such as a full disk, is still reported by the write).
std::optional<std::string> report_target_problem(const std::filesystem::path& target);

// Writes all of `data` to `fd`, going on after short writes and EINTR; false on an error (errno set).
bool write_all(int fd, std::string_view data);

// Whether two paths name the same file (same device and inode), or resolve to the same location when
// one does not exist yet.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace atscan
