#pragma once
// The one date every unit test runs at: results never depend on the machine clock.
#include <cstdint>

namespace atscan::testing {

inline constexpr const char* kTestDay = "2026-06-01";
inline constexpr std::int64_t kTestNow = 1780272000;  // 2026-06-01T00:00:00Z

}  // namespace atscan::testing
