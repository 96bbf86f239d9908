#include "core/util/time_horizon.h"

#include <mutex>
#include <set>

namespace atscan {
namespace {

std::mutex& boundaries_mutex() {
  static std::mutex m;
  return m;
}

std::set<std::int64_t>& boundaries() {
  static std::set<std::int64_t> s;
  return s;
}

constexpr size_t kMaxBoundaries = 1u << 16;
bool forgotten = false;  // more boundaries were noted than kept

}  // namespace

void note_time_boundary(std::int64_t t) {
  std::lock_guard lock(boundaries_mutex());
  if (forgotten) return;
  boundaries().insert(t);
  if (boundaries().size() > kMaxBoundaries) {
    boundaries().clear();
    forgotten = true;
  }
}

std::int64_t next_time_boundary(std::int64_t now) {
  std::lock_guard lock(boundaries_mutex());
  if (forgotten) return now == kNoTimeBoundary ? now : now + 1;
  const auto it = boundaries().upper_bound(now);
  return it == boundaries().end() ? kNoTimeBoundary : *it;
}

}  // namespace atscan
