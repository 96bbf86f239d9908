#include "core/filters/rule_selection.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

Catalog two_rules() {
  Catalog c;
  Rule a;
  a.id = "ats-certificate-pinning";
  Rule b;
  b.id = "ats-verification-disabled";
  c.add(a);
  c.add(b);
  return c;
}

TEST(RuleSelection, SelectAndIgnoreWithGlobs) {
  RuleSelection s{{"ats-cert*"}, {}};
  EXPECT_TRUE(s.selects("ats-certificate-pinning"));
  EXPECT_FALSE(s.selects("ats-verification-disabled"));
  RuleSelection i{{}, {"ats-verification-disabled"}};
  EXPECT_TRUE(i.selects("ats-certificate-pinning"));
  EXPECT_FALSE(i.selects("ats-verification-disabled"));
}

TEST(RuleSelection, KeepSelectedDropsOtherRulesFindings) {
  std::vector<Finding> findings(2);
  findings[0].rule_id = "ats-certificate-pinning";
  findings[0].severity = Severity::error;
  findings[1].rule_id = "ats-verification-disabled";
  findings[1].severity = Severity::warning;
  keep_selected(findings, RuleSelection{{}, {"ats-certificate-pinning"}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "ats-verification-disabled");
  EXPECT_EQ(findings[0].severity, Severity::warning);
}

TEST(RuleSelection, UnknownRuleSuggestsTheNearestId) {
  const Catalog c = two_rules();
  EXPECT_EQ(check_rule_patterns({"ats-verification-disabled", "ats-*"}, c), "");
  EXPECT_NE(check_rule_patterns({"ats-pining"}, c).find("did you mean 'ats-certificate-pinning'"), std::string::npos);
  EXPECT_NE(check_rule_patterns({"ats-verifcation-disabled"}, c).find("did you mean 'ats-verification-disabled'"), std::string::npos);
  EXPECT_NE(check_rule_patterns({"ats-nothing-*"}, c), "");
}

}  // namespace
}  // namespace atscan
