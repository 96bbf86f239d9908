#include "core/filters/android_pin_fix.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/filters/fix_apply.h"

namespace {

std::string anchors() {
  std::ifstream in(ATSCAN_SOURCE_DIR "/rules/profiles/aws-ats/ats-trust-anchors-5.pem");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* kConfig =
    "<network-security-config>\n"
    "  <domain-config>\n"
    "    <domain includeSubdomains=\"true\">cloudfront.net</domain>\n"
    "    <pin-set expiration=\"2027-01-01\">\n"
    "      <pin digest=\"SHA-256\">Y9mvm0exBk1JoQ57f9Vm28jKo5lFm/woKcVxrYxu80o=</pin>\n"
    "    </pin-set>\n"
    "  </domain-config>\n"
    "</network-security-config>\n";

}  // namespace

TEST(AndroidPinFix, AddsTheFiveAnchorPinsBeforeTheClosingTagWithTheSameIndent) {
  auto fix = atscan::android_pin_set_fix("res/xml/nsc.xml", kConfig, 4, anchors());
  ASSERT_TRUE(fix.has_value());
  ASSERT_EQ(fix->edits.size(), 1u);
  const auto& e = fix->edits[0];
  EXPECT_EQ(e.range.line, 6);
  EXPECT_EQ(e.range.column, 1);
  EXPECT_NE(e.replacement.find("      <pin digest=\"SHA-256\">++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=</pin>\n"), std::string::npos);
  EXPECT_NE(e.replacement.find("KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I="), std::string::npos);  // Starfield Services G2 backup
  // The backup from the other CA key comes last.
  EXPECT_GT(e.replacement.find("KwccWa"), e.replacement.find("++MBgDH5"));
  EXPECT_EQ(std::count(e.replacement.begin(), e.replacement.end(), '\n'), 10);
}

TEST(AndroidPinFix, IsIdempotent) {
  auto fix = atscan::android_pin_set_fix("nsc.xml", kConfig, 4, anchors());
  ASSERT_TRUE(fix.has_value());
  auto applied = atscan::apply_edits(kConfig, fix->edits);
  ASSERT_TRUE(applied.has_value());
  const std::string once = *applied;
  EXPECT_NE(once.find("KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I=</pin>\n    </pin-set>"), std::string::npos) << once;
  EXPECT_FALSE(atscan::android_pin_set_fix("nsc.xml", once, 4, anchors()).has_value());
}

TEST(AndroidPinFix, NeverTouchesBrokenXmlOrAnotherLine) {
  std::string broken = std::string(kConfig).substr(0, 120);
  EXPECT_FALSE(atscan::android_pin_set_fix("nsc.xml", broken, 4, anchors()).has_value());
  EXPECT_FALSE(atscan::android_pin_set_fix("nsc.xml", kConfig, 2, anchors()).has_value());
}
