#include "core/util/safe_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

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

}  // namespace

bool resolves_inside(const fs::path& path, const fs::path& root) { return inside(resolved(path), resolved(root)); }

SafeReadResult read_file_safely(const fs::path& path, const SafeReadOptions& options) {
  const std::string real = resolved(path);
  if (real.empty()) {
    const int e = errno;
    return e == ENOENT || e == ENOTDIR ? fail(SafeReadStatus::missing, "no such file")
                                       : fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(e)));
  }
  if (!options.root.empty() && !inside(real, resolved(options.root)))
    return fail(SafeReadStatus::outside_root, "resolves outside the scan root");
  // The resolved path has no symlink left; O_NOFOLLOW refuses one planted since.
  Fd f{::open(real.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)};
  if (f.fd < 0) {
    const int e = errno;
    if (e == ELOOP) return fail(SafeReadStatus::not_regular, "not a regular file (symlink)");
    if (e == ENOENT) return fail(SafeReadStatus::missing, "no such file");
    return fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(e)));
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) return fail(SafeReadStatus::not_regular, std::string("not a regular file (") + kind_of(st.st_mode) + ")");
  const std::uint64_t cap = options.max_bytes;
  const auto too_large = [&] { return fail(SafeReadStatus::too_large, "larger than " + std::to_string(cap) + " bytes"); };
  if (cap > 0 && static_cast<std::uint64_t>(st.st_size) > cap) return too_large();
  // Blocking reads from here on: a regular file never blocks, and O_NONBLOCK means nothing for it.
  SafeReadResult r;
  r.data.resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  for (;;) {
    if (got == r.data.size()) {
      if (cap > 0 && got > cap) return too_large();
      // The file may have grown since fstat: read on, in steps, up to one byte past the cap.
      const size_t step = 64u << 10;
      size_t want = r.data.size() + step;
      if (cap > 0) want = std::min<size_t>(want, static_cast<size_t>(cap) + 1);
      if (want <= got) return too_large();
      r.data.resize(want);
    }
    const ssize_t n = ::read(f.fd, r.data.data() + got, r.data.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(SafeReadStatus::unreadable, "unreadable: " + std::string(std::strerror(errno)));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  if (cap > 0 && got > cap) return too_large();
  r.data.resize(got);
  r.status = SafeReadStatus::ok;
  return r;
}

}  // namespace atscan
