#include "core/util/clock.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string>

namespace atscan {

std::optional<std::int64_t> parse_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&](size_t at, size_t len) -> int {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + len, v);
    return ec == std::errc() && p == s.data() + at + len ? v : -1;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 0 || m < 1 || d < 1) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::sys_days{ymd}.time_since_epoch()).count();
}

std::int64_t resolve_now(std::string_view now_option) {
  if (!now_option.empty()) {
    if (auto t = parse_iso_day(now_option)) return *t;
    throw ClockError("--now '" + std::string(now_option) + "' is not a date (YYYY-MM-DD)");
  }
  // Reproducible builds' convention: a fixed time for everything a build derives from "now".
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    const std::string_view v(sde);
    std::int64_t t = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), t);
    if (ec != std::errc() || p != v.data() + v.size() || t < 0)
      throw ClockError("SOURCE_DATE_EPOCH '" + std::string(v) + "' is not a number of seconds");
    return t;
  }
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace atscan
