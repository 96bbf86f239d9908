#include "core/util/safe_read.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace atscan {
namespace fs = std::filesystem;
namespace {

std::string resolved(const fs::path& p) {
  std::unique_ptr<char, decltype(&std::free)> r(::realpath(p.c_str(), nullptr), &std::free);
  return r ? std::string(r.get()) : std::string();
}

bool inside(const std::string& path, const std::string& root) {
  if (root.empty() || path.empty()) return false;
  if (root == "/") return true;
  return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/');
}

const char* kind_of(mode_t m) {
  if (S_ISDIR(m)) return "directory";
  if (S_ISFIFO(m)) return "FIFO";
  if (S_ISSOCK(m)) return "socket";
  if (S_ISCHR(m)) return "character device";
  if (S_ISBLK(m)) return "block device";
  return "special file";
}

SafeReadResult fail(SafeReadStatus s, std::string reason) {
  SafeReadResult r;
  r.status = s;
  r.reason = std::move(reason);
  return r;
}

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// The root as resolved by the last call on this thread: a scan reads thousands of files under one root,
// and resolving it each time cost a readlink per path component.
const std::string& resolved_root(const fs::path& root) {
  thread_local std::string last_root, last_resolved;
  if (root.native() != last_root || last_resolved.empty()) {
    last_root = root.native();
    last_resolved = resolved(root);
  }
  return last_resolved;
}

// Opens `path` beneath `root` in one system call (openat2 with RESOLVE_BENEATH: symlinks are followed
// only while they stay inside the root). glibc's realpath() costs a readlink per path component, about
// two dozen system calls a file on a deep tree. -1 when this way cannot decide: a path that is not
// lexically under the root, an absolute symlink (refused by RESOLVE_BENEATH even when it points inside),
// a kernel without openat2, or any error; the caller then resolves the path the slow way, which gives
// the same answer and the precise reason.
int open_beneath(const fs::path& path, const fs::path& root) {
  const std::string& p = path.native();
  const std::string& r = root.native();
  if (r.empty() || r.back() == '/' || p.size() <= r.size() + 1 || p.compare(0, r.size(), r) != 0 || p[r.size()] != '/') return -1;
  // The roots' descriptors are kept per thread (one open per thread, not per file): two, since a scan
  // reads the tree and the result cache by turns.
  struct RootFd {
    std::string path;
    Fd dir{-1};
  };
  thread_local RootFd roots[2];
  thread_local int next = 0;
  RootFd* root_fd = roots[0].path == r ? &roots[0] : roots[1].path == r ? &roots[1] : nullptr;
  if (!root_fd || root_fd->dir.fd < 0) {
    if (!root_fd) {
      root_fd = &roots[next];
      next ^= 1;
    }
    if (root_fd->dir.fd >= 0) ::close(root_fd->dir.fd);
    root_fd->path = r;
    root_fd->dir.fd = ::open(r.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  }
  const Fd& dir = root_fd->dir;
  if (dir.fd < 0) return -1;
  open_how how{};
  how.flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  const long fd = ::syscall(SYS_openat2, dir.fd, p.c_str() + r.size() + 1, &how, sizeof how);
  return fd < 0 ? -1 : static_cast<int>(fd);
}

}  // namespace

bool resolves_inside(const fs::path& path, const fs::path& root) { return inside(resolved(path), resolved(root)); }

namespace {

// Opens `path` for reading with every check of read_file_safely; on failure `f.fd` stays -1 and the
// result says why.
SafeReadResult open_checked(const fs::path& path, const SafeReadOptions& options, Fd& f, struct stat& st) {
  f.fd = options.root.empty() ? -1 : open_beneath(path, options.root);
  if (f.fd < 0) {
    const std::string real = resolved(path);
    if (real.empty()) {
      const int e = errno;
      return e == ENOENT || e == ENOTDIR ? fail(SafeReadStatus::missing, "no such file")
                                         : fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(e)));
    }
    if (!options.root.empty() && !inside(real, resolved_root(options.root)))
      return fail(SafeReadStatus::outside_root, "resolves outside the scan root");
    // The resolved path has no symlink left; O_NOFOLLOW refuses one planted since.
    f.fd = ::open(real.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (f.fd < 0) {
      const int e = errno;
      if (e == ELOOP) return fail(SafeReadStatus::not_regular, "not a regular file (symlink)");
      if (e == ENOENT) return fail(SafeReadStatus::missing, "no such file");
      return fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(e)));
    }
  }
  auto close_with = [&](SafeReadResult r) {
    ::close(f.fd);
    f.fd = -1;
    return r;
  };
  if (::fstat(f.fd, &st) != 0) return close_with(fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(errno))));
  if (!S_ISREG(st.st_mode)) return close_with(fail(SafeReadStatus::not_regular, std::string("not a regular file (") + kind_of(st.st_mode) + ")"));
  if (options.max_bytes > 0 && static_cast<std::uint64_t>(st.st_size) > options.max_bytes)
    return close_with(fail(SafeReadStatus::too_large, "larger than " + std::to_string(options.max_bytes) + " bytes"));
  SafeReadResult ok;
  ok.status = SafeReadStatus::ok;
  return ok;
}

// Reads the open regular file `fd` (fstat said `announced` bytes) into a destination that `grow(n)`
// makes at least n bytes long, keeping what it holds, and returns the start of. The number of bytes
// read, or the failure.
template <typename Grow>
SafeReadResult read_open(int fd, size_t announced, std::uint64_t cap, size_t& got, Grow&& grow) {
  const auto too_large = [&] { return fail(SafeReadStatus::too_large, "larger than " + std::to_string(cap) + " bytes"); };
  // One byte more than fstat announced: a read that stops short of it at exactly the announced size is
  // the end (a regular file reads short only there), with no second read to learn it, a system call
  // per file on every scan. A file that grew fills the spare byte and is read on in steps, up to one
  // byte past the cap. Blocking reads: a regular file never blocks, and O_NONBLOCK means nothing for it.
  size_t size = announced + 1;
  char* data = grow(size);
  got = 0;
  for (;;) {
    if (got == size) {
      if (cap > 0 && got > cap) return too_large();
      size_t want = size + (64u << 10);
      if (cap > 0) want = std::min<size_t>(want, static_cast<size_t>(cap) + 1);
      if (want <= got) return too_large();
      size = want;
      data = grow(size);
    }
    const ssize_t n = ::read(fd, data + got, size - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(errno)));
    }
    if (n == 0) break;
    const bool short_read = static_cast<size_t>(n) < size - got;
    got += static_cast<size_t>(n);
    if (short_read && got == announced) break;
  }
  if (cap > 0 && got > cap) return too_large();
  SafeReadResult r;
  r.status = SafeReadStatus::ok;
  return r;
}

}  // namespace

SafeReadResult read_file_safely(const fs::path& path, const SafeReadOptions& options) {
  Fd f{-1};
  struct stat st {};
  if (SafeReadResult opened = open_checked(path, options, f, st); !opened.ok()) return opened;
  std::string data;
  size_t got = 0;
  SafeReadResult r = read_open(f.fd, static_cast<size_t>(st.st_size), options.max_bytes, got, [&](size_t n) {
    data.resize(n);
    return data.data();
  });
  if (!r.ok()) return r;
  data.resize(got);
  r.data = std::move(data);
  return r;
}

ReadBuffer::~ReadBuffer() {
  if (bytes_) ::munmap(bytes_, capacity_);
}

char* ReadBuffer::grow(size_t n) {
  if (n <= capacity_) return bytes_;
  // Whole 2 MiB pages, aligned, asked for as transparent huge pages: most trees' files fit the first one,
  // touched once (one fault, where a buffer of 4 KiB pages took one per page at every growth: on a
  // virtual machine each costs about 11 µs). A bigger file doubles it.
  constexpr size_t kPage = size_t{2} << 20;
  const size_t capacity = (std::max(n, 2 * capacity_) + kPage - 1) / kPage * kPage;
  void* raw = ::mmap(nullptr, capacity + kPage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const auto at = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (at + kPage - 1) / kPage * kPage;
  if (aligned > at) ::munmap(raw, aligned - at);
  if (const std::uintptr_t end = at + capacity + kPage; end > aligned + capacity) ::munmap(reinterpret_cast<void*>(aligned + capacity), end - aligned - capacity);
  char* bigger = reinterpret_cast<char*>(aligned);
  ::madvise(bigger, capacity, MADV_HUGEPAGE);  // advice: without it (or without THP) 4 KiB pages serve
  if (size_ > 0) std::memcpy(bigger, bytes_, size_);
  if (bytes_) ::munmap(bytes_, capacity_);
  bytes_ = bigger;
  capacity_ = capacity;
  return bytes_;
}

SafeReadResult read_file_safely(const fs::path& path, const SafeReadOptions& options, ReadBuffer& into) {
  into.size_ = 0;
  Fd f{-1};
  struct stat st {};
  if (SafeReadResult opened = open_checked(path, options, f, st); !opened.ok()) return opened;
  size_t got = 0;
  // grow() keeps the first size_ bytes: what was read so far when the file grew.
  SafeReadResult r = read_open(f.fd, static_cast<size_t>(st.st_size), options.max_bytes, got, [&](size_t n) {
    into.size_ = got;
    return into.grow(n);
  });
  into.size_ = r.ok() ? got : 0;
  return r;
}

}  // namespace atscan
