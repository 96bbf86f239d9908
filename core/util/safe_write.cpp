#include "core/util/safe_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/util/safe_read.h"

namespace atscan {
namespace fs = std::filesystem;
namespace {

std::string err(const std::string& what) { return what + ": " + std::strerror(errno); }

mode_t current_umask() {
  const mode_t m = ::umask(022);
  ::umask(m);
  return m;
}

}  // namespace

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

namespace {
// What every write of a file checks before it starts: a file name, an existing folder (inside `root`
// when one is given) and, at the target, nothing yet or a regular file (never a link). `mode` becomes
// the permission bits to write with: the existing file's, or 0666 minus the umask.
std::optional<std::string> target_problem(const fs::path& target, const fs::path& root, mode_t& mode) {
  const fs::path name = target.filename();
  if (name.empty() || name == "." || name == "..") return "not a file name: " + target.string();
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  struct stat dst {};
  if (::stat(dir.c_str(), &dst) != 0 || !S_ISDIR(dst.st_mode)) return "no such folder: " + dir.string();
  if (!root.empty() && !resolves_inside(dir, root)) return "refused: " + target.string() + " is outside the scan root";
  struct stat st {};
  mode = 0666 & ~current_umask();
  if (::lstat(target.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) return "refused: " + target.string() + " is a symlink; not written through";
    if (!S_ISREG(st.st_mode)) return "refused: " + target.string() + " is not a regular file";
    mode = st.st_mode & 07777;
  } else if (errno != ENOENT) {
    return err("cannot inspect " + target.string());
  }
  return std::nullopt;
}
}  // namespace

std::optional<std::string> write_file_atomically(const fs::path& target, std::string_view data, const SafeWriteOptions& options) {
  mode_t mode = 0;
  if (auto why = target_problem(target, options.root, mode)) return why;
  const fs::path name = target.filename();
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + name.string() + ".atscan-XXXXXX")).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = ::mkostemp(buf.data(), O_CLOEXEC);
  if (fd < 0) return err("cannot create a temporary file in " + dir.string());
  const std::string tmp(buf.data());
  auto give_up = [&](const std::string& why) -> std::optional<std::string> {
    ::close(fd);
    ::unlink(tmp.c_str());
    return why;
  };
  if (!write_all(fd, data)) return give_up(err("cannot write " + tmp));
  if (::fchmod(fd, mode) != 0) return give_up(err("cannot set the mode of " + tmp));
  if (::fsync(fd) != 0) return give_up(err("cannot sync " + tmp));
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return err("cannot write " + tmp);
  }
  // rename() replaces a symlink planted at the target since the check, never follows it.
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    const std::string why = err("cannot replace " + target.string());
    ::unlink(tmp.c_str());
    return why;
  }
  if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return std::nullopt;
}

namespace {
// A FIFO or character device at `target`, links followed.
bool is_stream(const fs::path& target) {
  struct stat st {};
  return ::stat(target.c_str(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode));
}
}  // namespace

std::optional<std::string> write_report(const fs::path& target, std::string_view data) {
  if (!is_stream(target)) return write_file_atomically(target, data);
  // No O_CREAT: only what is there now is opened; no O_TRUNC: a stream has nothing to truncate.
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return err("cannot open " + target.string());
  const bool ok = write_all(fd, data);
  const std::string why = ok ? "" : err("cannot write " + target.string());
  ::close(fd);
  return ok ? std::nullopt : std::optional<std::string>(why);
}

std::optional<std::string> report_target_problem(const fs::path& target) {
  if (is_stream(target)) return std::nullopt;
  mode_t mode = 0;
  return target_problem(target, {}, mode);
}

bool same_file(const fs::path& a, const fs::path& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0) return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  std::error_code ec1, ec2;
  return fs::weakly_canonical(fs::absolute(a), ec1) == fs::weakly_canonical(fs::absolute(b), ec2);
}

}  // namespace atscan
