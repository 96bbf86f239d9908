#pragma once
// The one way atscan reads a file it did not write: scanned sources, manifests, bundles, CApath
// entries, config cross-references. Never blocks (FIFOs, devices), never reads more than a cap (a file
// that grows after the walk), never leaves the scan root (symlinks are resolved, then checked).
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

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

// Memory a thread reads file after file into: kept from one file to the next and never zero-filled,
// where a std::string per file was cleared byte by byte (memset) and, fresh from the allocator, faulted
// in page by page: 6% of a FreeRTOS scan's CPU, where every file is read and most are dropped after
// the prefilter. The view is valid until the next read into the same buffer.
class ReadBuffer {
 public:
  ReadBuffer() = default;
  ReadBuffer(const ReadBuffer&) = delete;
  ReadBuffer& operator=(const ReadBuffer&) = delete;
  ReadBuffer(ReadBuffer&& o) noexcept : bytes_(o.bytes_), capacity_(o.capacity_), size_(o.size_) { o.bytes_ = nullptr, o.capacity_ = o.size_ = 0; }
  ReadBuffer& operator=(ReadBuffer&&) = delete;
  ~ReadBuffer();
  std::string_view view() const { return {bytes_, size_}; }

 private:
  friend SafeReadResult read_file_safely(const std::filesystem::path&, const SafeReadOptions&, ReadBuffer&);
  char* grow(size_t n);  // at least n bytes, the first size_ kept
  char* bytes_ = nullptr;
  size_t capacity_ = 0;
  size_t size_ = 0;
};

// read_file_safely into `into` (same checks, same results); `data` of the result stays empty and the
// content is into.view(), empty on failure.
SafeReadResult read_file_safely(const std::filesystem::path& path, const SafeReadOptions& options, ReadBuffer& into);

// Whether `path` resolves to a location inside `root` (both resolved; a missing path is outside).
bool resolves_inside(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace atscan
