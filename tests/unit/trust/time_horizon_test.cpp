// Every date decision notes when it turns, so a replayed outcome (scan_memo.h) is never older than
// the first certificate expiry or pin-set day after its clock.
#include "core/util/time_horizon.h"

#include <gtest/gtest.h>

#include "core/trust/cert_loader.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;
constexpr std::int64_t kDay = 86400;

TEST(TimeHorizon, EveryCertificateReadNotesTheStartAndEndOfItsValidity) {
  const LoadResult loaded = load_certificates_path(std::string(ATSCAN_TEST_DATA) + "/certs/own_leaf.pem");
  ASSERT_EQ(loaded.certs.size(), 1u);
  const Certificate& c = loaded.certs[0];
  EXPECT_EQ(next_time_boundary(c.not_before - 1), c.not_before);
  EXPECT_EQ(next_time_boundary(c.not_after), c.not_after + 1) << "expired_at() turns one second after notAfter";
}

TEST(TimeHorizon, DatedPinSetNotesWhenItsMessageAndItsVerdictTurn) {
  PinSetOptions o;
  o.expiration = "2026-06-20";  // 19 days after kTestNow: "expires in 19 days"
  const std::int64_t day = kTestNow + 19 * kDay;
  const auto v = aws_oracle().judge_pins({"sha256/Y9mvm0exBk1JoQ57f9Vm28jKo5lFm/woKcVxrYxu80o=", "sha256/++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI="}, o);
  ASSERT_NE(v.summary().find("in 19 days"), std::string::npos) << v.summary();
  EXPECT_EQ(next_time_boundary(day - 18 * kDay - 1), day - 18 * kDay) << "the day the message says 18 days";
  EXPECT_EQ(next_time_boundary(day + kDay - 1), day + kDay) << "the day after the expiration: no longer enforced";
}

TEST(TimeHorizon, FarPinSetNotesTheDayItComesWithin90Days) {
  PinSetOptions o;
  o.expiration = "2027-06-01";
  const std::int64_t day = kTestNow + 365 * kDay;
  aws_oracle().judge_pins({"sha256/++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=", "sha256/KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I="}, o);
  EXPECT_EQ(next_time_boundary(day - 90 * kDay - 1), day - 90 * kDay);
}

}  // namespace
}  // namespace atscan
