#include "core/util/input_log.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <vector>

#include "core/util/digest.h"
#include "core/util/safe_read.h"

namespace atscan {
namespace {

std::mutex& logs_mutex() {
  static std::mutex m;
  return m;
}

std::vector<InputLog*>& live_logs() {
  static std::vector<InputLog*> v;
  return v;
}

std::atomic<int> live_count{0};

std::int64_t stamp_ns(const struct timespec& t) { return t.tv_sec * 1'000'000'000LL + t.tv_nsec; }

std::int64_t wall_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

bool changed_recently(std::int64_t mtime_ns, std::int64_t ctime_ns, std::int64_t started_ns) {
  constexpr std::int64_t kSettleNs = 2'000'000'000;
  return std::max(mtime_ns, ctime_ns) + kSettleNs > started_ns;
}

std::string path_state(const std::string& path, std::int64_t settled_before_ns, bool& unsettled) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return errno == ENOENT || errno == ENOTDIR ? "-" : "e" + std::to_string(errno);
  if (S_ISREG(st.st_mode)) {
    const SafeReadResult r = read_file_safely(path, SafeReadOptions{kMaxInputBytes, {}});
    return r.ok() ? "f" + sha256_hex(r.data) : "e" + r.reason;
  }
  if (!S_ISDIR(st.st_mode)) return "o" + std::to_string(st.st_mode);
  std::vector<std::string> entries;
  DIR* d = ::opendir(path.c_str());
  if (!d) return "e" + std::to_string(errno);
  while (dirent* de = ::readdir(d)) {
    const std::string name = de->d_name;
    if (name == "." || name == "..") continue;
    struct stat es {};
    if (::stat((path + "/" + name).c_str(), &es) != 0) {
      entries.push_back(name + '\0' + "?");
      continue;
    }
    if (changed_recently(stamp_ns(es.st_mtim), stamp_ns(es.st_ctim), settled_before_ns)) unsettled = true;
    entries.push_back(name + '\0' + std::to_string(es.st_mode) + ' ' + std::to_string(es.st_size) + ' ' + std::to_string(stamp_ns(es.st_mtim)) +
                      ' ' + std::to_string(stamp_ns(es.st_ctim)) + ' ' + std::to_string(es.st_ino));
  }
  ::closedir(d);
  std::sort(entries.begin(), entries.end());
  std::string listing;
  for (const auto& e : entries) listing += e + '\n';
  return "d" + sha256_hex(listing);
}

InputLog::InputLog() {
  std::lock_guard lock(logs_mutex());
  live_logs().push_back(this);
  ++live_count;
}

InputLog::~InputLog() {
  std::lock_guard lock(logs_mutex());
  std::erase(live_logs(), this);
  --live_count;
}

std::map<std::string, std::string> InputLog::states() const {
  std::lock_guard lock(mutex_);
  return states_;
}

bool InputLog::unsettled() const {
  std::lock_guard lock(mutex_);
  return unsettled_;
}

void note_input_path(const std::filesystem::path& p) {
  if (live_count.load(std::memory_order_relaxed) == 0) return;
  std::error_code ec;
  const std::string abs = std::filesystem::absolute(p, ec).lexically_normal().string();
  std::lock_guard lock(logs_mutex());
  for (InputLog* log : live_logs()) {
    std::lock_guard inner(log->mutex_);
    if (log->states_.count(abs)) continue;
    bool unsettled = false;
    log->states_[abs] = path_state(abs, wall_ns(), unsettled);
    log->unsettled_ = log->unsettled_ || unsettled;
  }
}

}  // namespace atscan
