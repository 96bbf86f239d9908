// The run's clock: --now beats SOURCE_DATE_EPOCH beats the machine clock; bad values are errors.
#include "core/util/clock.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace atscan {
namespace {

// Sets SOURCE_DATE_EPOCH for one test and restores what was there.
class SourceDateEpoch {
 public:
  explicit SourceDateEpoch(const char* value) {
    if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) saved_ = old;
    if (value) setenv("SOURCE_DATE_EPOCH", value, 1);
    else unsetenv("SOURCE_DATE_EPOCH");
  }
  ~SourceDateEpoch() {
    if (saved_) setenv("SOURCE_DATE_EPOCH", saved_->c_str(), 1);
    else unsetenv("SOURCE_DATE_EPOCH");
  }

 private:
  std::optional<std::string> saved_;
};

TEST(Clock, ParsesIsoDaysAtMidnightUtc) {
  EXPECT_EQ(parse_iso_day("1970-01-01"), 0);
  EXPECT_EQ(parse_iso_day("2026-06-01"), 1780272000);
  EXPECT_EQ(parse_iso_day("2028-02-29"), 1835395200);
}

TEST(Clock, RejectsWhatIsNotExactlyADay) {
  for (const char* bad : {"", "2026-6-01", "2026-02-30", "2026-13-01", "2026-06-01T00:00", "x026-06-01", "2026/06/01", "2027-02-29"})
    EXPECT_FALSE(parse_iso_day(bad).has_value()) << bad;
}

TEST(Clock, NowOptionBeatsSourceDateEpoch) {
  SourceDateEpoch env("0");
  EXPECT_EQ(resolve_now("2026-06-01"), 1780272000);
}

TEST(Clock, SourceDateEpochIsUsedWithoutNow) {
  SourceDateEpoch env("1780272000");
  EXPECT_EQ(resolve_now(""), 1780272000);
}

TEST(Clock, BadValuesAreErrorsNotTheMachineClock) {
  EXPECT_THROW(resolve_now("tomorrow"), ClockError);
  SourceDateEpoch env("2026-06-01");
  EXPECT_THROW(resolve_now(""), ClockError);
}

TEST(Clock, MachineClockWhenNothingIsGiven) {
  SourceDateEpoch env(nullptr);
  EXPECT_GT(resolve_now(""), 1700000000);  // any clock after 2023-11: the fallback is the real time
}

}  // namespace
}  // namespace atscan
