#pragma once
// The one way atscan reads a file it did not write: scanned sources, manifests, bundles, CApath
// entries, config cross-references. Never blocks (FIFOs, devices), never reads more than a cap (a file
// that grows after the walk), never leaves the scan root (symlinks are resolved, then checked).
#include <cstdint>
#include <filesystem>
#include <string>

namespace atscan {

struct SafeReadOptions {
  std::uint64_t max_bytes = 16u << 20;  // 0 = no cap
  // When set, the file (after resolving symlinks) must lie inside this directory.
  std::filesystem::path root;
};

enum class SafeReadStatus { ok, missing, not_regular, too_large, outside_root, unreadable };

struct SafeReadResult {
  SafeReadStatus status = SafeReadStatus::unreadable;
  std::string data;
  std::string reason;  // why nothing was read ("not a regular file (FIFO)", "larger than 4194304 bytes", …)
  bool ok() const { return status == SafeReadStatus::ok; }
};

// Resolves `path`, checks it is inside `root` (when given), opens it with
// O_RDONLY|O_NOFOLLOW|O_NONBLOCK|O_CLOEXEC, checks fstat (regular file, size within the cap) and reads
// at most the cap; more bytes than the cap on reading (the file grew) is `too_large`.
SafeReadResult read_file_safely(const std::filesystem::path& path, const SafeReadOptions& options = {});

// Whether `path` resolves to a location inside `root` (both resolved; a missing path is outside).
bool resolves_inside(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace atscan
