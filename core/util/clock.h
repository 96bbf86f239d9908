#pragma once
// The one clock of a run: every date decision (expired, near expiry, pin-set expiration, chains
// verified at "now") reads the value chosen here, so a run is reproducible whatever the machine says.
//   --now YYYY-MM-DD  >  SOURCE_DATE_EPOCH (seconds)  >  the machine clock.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace atscan {

class ClockError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "2026-06-01" → seconds since the epoch at 00:00 UTC; nullopt unless exactly YYYY-MM-DD and a real date.
std::optional<std::int64_t> parse_iso_day(std::string_view ymd);

// The run's "now" in seconds since the epoch. `now_option` is the --now value ("" = not given).
// A malformed --now or SOURCE_DATE_EPOCH throws ClockError (a usage error, never a silent fallback).
std::int64_t resolve_now(std::string_view now_option);

}  // namespace atscan
