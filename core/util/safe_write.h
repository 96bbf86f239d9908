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

// Writes all of `data` to `fd`, going on after short writes and EINTR; false on an error (errno set).
bool write_all(int fd, std::string_view data);

// Whether two paths name the same file (same device and inode), or resolve to the same location when
// one does not exist yet.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace atscan
