#include "core/filters/suppressions.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

Finding finding(const std::string& file, int line, const std::string& rule = "ats-custom-ca-bundle") {
  Finding f;
  f.rule_id = rule;
  f.location = {file, line, 1, line, 10};
  return f;
}

struct Run {
  std::vector<Notification> notes;
  RunSummary summary;
};

// Applies suppressions to `findings` against `lines`; all findings share one file.
Run apply(std::vector<Finding>& findings, const std::vector<std::string>& lines, bool require_justification = false) {
  struct Run r;
  std::vector<Finding*> ptrs;
  for (auto& f : findings) ptrs.push_back(&f);
  apply_suppressions_to_file(ptrs, lines, SuppressionOptions{require_justification, {}}, r.notes, r.summary);
  return r;
}

TEST(SuppressionMarkers, ParsesIdsAndReasonInAnyCommentSyntax) {
  auto m = find_suppression_markers("x = 1  # atscan:ignore[ats-custom-ca-bundle] internal CA only", false);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].rules, std::vector<std::string>{"ats-custom-ca-bundle"});
  EXPECT_EQ(m[0].justification, "internal CA only");

  m = find_suppression_markers("<!-- atscan:ignore[ats-a, ats-b] vendor pins -->", false);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].rules, (std::vector<std::string>{"ats-a", "ats-b"}));
  EXPECT_EQ(m[0].justification, "vendor pins");

  m = find_suppression_markers("/* atscan:ignore: reviewed in SEC-12 */", false);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].rules.empty());
  EXPECT_EQ(m[0].justification, "reviewed in SEC-12");

  EXPECT_EQ(find_suppression_markers("<!-- atscan:ignore[ats-a] -->", false).at(0).justification, "");
}

TEST(SuppressionMarkers, RejectsLookalikes) {
  EXPECT_TRUE(find_suppression_markers("// atscan:ignored on purpose", false).empty());
  EXPECT_TRUE(find_suppression_markers("// myatscan:ignore[ats-a]", false).empty());
  EXPECT_TRUE(find_suppression_markers("// atscan:ignore[ats-a", false).empty());
  EXPECT_TRUE(find_suppression_markers("// atscan:ignore[] why", false).empty());
  EXPECT_TRUE(find_suppression_markers("// NOLINT(ats-a)", false).empty()) << "NOLINT only in C-family files";
  EXPECT_TRUE(find_suppression_markers("// NOLINTBEGIN(ats-a)", true).empty());
}

TEST(SuppressionMarkers, NolintForms) {
  auto m = find_suppression_markers("SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, 0); // NOLINT(ats-verification-disabled): test rig", true);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].applies_to_same_line);
  EXPECT_FALSE(m[0].applies_to_next_line);
  EXPECT_EQ(m[0].justification, "test rig");
  m = find_suppression_markers("// NOLINTNEXTLINE(bugprone-x, ats-*)", true);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].applies_to_same_line);
  EXPECT_TRUE(marker_covers(m[0], "ats-certificate-pinning"));
  EXPECT_FALSE(marker_covers(m[0], "other-check"));
  m = find_suppression_markers("foo(); // NOLINT", true);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(marker_covers(m[0], "ats-anything"));
}

TEST(Suppressions, SameLineAndLineBefore) {
  std::vector<Finding> fs = {finding("a.py", 2), finding("a.py", 4), finding("a.py", 6)};
  auto r = apply(fs, {"# atscan:ignore[ats-custom-ca-bundle] lab bundle", "requests.get(u, verify='lab.pem')", "",
                      "requests.get(u, verify='x.pem')  # atscan:ignore[ats-custom-ca-bundle] mirror", "",
                      "requests.get(u, verify='y.pem')"});
  ASSERT_TRUE(fs[0].suppression);
  EXPECT_EQ(*fs[0].suppression, (Suppression{"inSource", "lab bundle"}));
  ASSERT_TRUE(fs[1].suppression);
  EXPECT_EQ(fs[1].suppression->justification, "mirror");
  EXPECT_FALSE(fs[2].suppression);
  EXPECT_EQ(r.summary.suppressed, 2);
}

TEST(Suppressions, TrailingMarkerDoesNotReachTheNextLine) {
  std::vector<Finding> fs = {finding("a.py", 1), finding("a.py", 2)};
  auto r = apply(fs, {"get(u, verify='a.pem')  # atscan:ignore[ats-custom-ca-bundle] lab", "get(u, verify='b.pem')"});
  EXPECT_TRUE(fs[0].suppression);
  EXPECT_FALSE(fs[1].suppression);
  EXPECT_EQ(r.summary.suppressed, 1);
}

TEST(Suppressions, OtherRuleIdDoesNotSuppress) {
  std::vector<Finding> fs = {finding("a.js", 1)};
  auto r = apply(fs, {"https.get(u, {ca}) // atscan:ignore[ats-certificate-pinning] wrong id"});
  EXPECT_FALSE(fs[0].suppression);
  EXPECT_EQ(r.summary.suppressed, 0);
}

TEST(Suppressions, MarkerTwoLinesAboveDoesNotReach) {
  std::vector<Finding> fs = {finding("a.go", 3)};
  apply(fs, {"// atscan:ignore[ats-custom-ca-bundle] too far", "", "tls.Config{RootCAs: pool}"});
  EXPECT_FALSE(fs[0].suppression);
}

TEST(Suppressions, NolintHonouredOnlyInCFamily) {
  std::vector<Finding> c = {finding("net.cpp", 2, "ats-verification-disabled")};
  apply(c, {"// NOLINTNEXTLINE(ats-verification-disabled) fuzz harness", "SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);"});
  EXPECT_TRUE(c[0].suppression);
  std::vector<Finding> py = {finding("net.py", 2, "ats-verification-disabled")};
  apply(py, {"# NOLINTNEXTLINE(ats-verification-disabled) fuzz harness", "requests.get(u, verify=False)"});
  EXPECT_FALSE(py[0].suppression);
  // NOLINT (same line only) on the line before does not reach.
  std::vector<Finding> c2 = {finding("net.c", 2, "ats-verification-disabled")};
  apply(c2, {"int x; // NOLINT(ats-verification-disabled)", "SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, 0);"});
  EXPECT_FALSE(c2[0].suppression);
}

TEST(Suppressions, RequireJustificationKeepsUnexplainedFindingAndSaysSo) {
  std::vector<Finding> fs = {finding("a.py", 1), finding("a.py", 2)};
  auto r = apply(fs, {"verify='a.pem'  # atscan:ignore[ats-custom-ca-bundle]", "verify='b.pem'  # atscan:ignore[ats-custom-ca-bundle] pinned CA"},
                 true);
  EXPECT_FALSE(fs[0].suppression);
  EXPECT_TRUE(fs[1].suppression);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].file, "a.py");
  EXPECT_NE(r.notes[0].message.find("line 1: atscan:ignore without a justification"), std::string::npos) << r.notes[0].message;
  EXPECT_EQ(r.summary.suppressed, 1);
}

TEST(Suppressions, WithoutRequireJustificationAnEmptyReasonSuppresses) {
  std::vector<Finding> fs = {finding("a.py", 1)};
  auto r = apply(fs, {"verify='a.pem'  # atscan:ignore[ats-custom-ca-bundle]"});
  ASSERT_TRUE(fs[0].suppression);
  EXPECT_EQ(fs[0].suppression->justification, "");
  EXPECT_TRUE(r.notes.empty());
}

TEST(Suppressions, WholeFileFindingUsesFirstLine) {
  std::vector<Finding> fs = {finding("certs/lab.pem", 0, "ats-bundle-missing-ats-roots")};
  apply(fs, {"# atscan:ignore[ats-bundle-missing-ats-roots] lab-only CA", "-----BEGIN CERTIFICATE-----"});
  EXPECT_TRUE(fs[0].suppression);
}

TEST(NolintRegions, BeginEndSuppressesTheLinesBetweenForTheNamedRules) {
  std::vector<std::string> lines = {
      "// NOLINTBEGIN(ats-custom-ca-bundle) vendored client, reviewed",  // 1
      "load(a);",                                                          // 2
      "load(b);",                                                          // 3
      "// NOLINTEND(ats-custom-ca-bundle)",                                // 4
      "load(c);",                                                          // 5
  };
  std::vector<Finding> fs = {finding("x.cpp", 2), finding("x.cpp", 3), finding("x.cpp", 3, "ats-certificate-pinning"), finding("x.cpp", 5)};
  auto r = (apply)(fs, lines);
  ASSERT_TRUE(fs[0].suppression);
  EXPECT_EQ(fs[0].suppression->justification, "vendored client, reviewed");
  EXPECT_TRUE(fs[1].suppression);
  EXPECT_FALSE(fs[2].suppression) << "another rule is not covered";
  EXPECT_FALSE(fs[3].suppression) << "after NOLINTEND";
  EXPECT_EQ(r.summary.suppressed, 2);
}

TEST(NolintRegions, BareBeginCoversEveryRuleAndUnclosedBeginNothing) {
  std::vector<std::string> bare = {"/* NOLINTBEGIN */", "load(a);", "/* NOLINTEND */"};
  std::vector<Finding> fs = {finding("x.c", 2, "ats-certificate-pinning")};
  (apply)(fs, bare);
  EXPECT_TRUE(fs[0].suppression);
  std::vector<std::string> unclosed = {"// NOLINTBEGIN(ats-custom-ca-bundle)", "load(a);"};
  std::vector<Finding> gs = {finding("x.c", 2)};
  (apply)(gs, unclosed);
  EXPECT_FALSE(gs[0].suppression);
  std::vector<std::string> mismatched = {"// NOLINTBEGIN(ats-a)", "load(a);", "// NOLINTEND(ats-b)"};
  std::vector<Finding> hs = {finding("x.c", 2, "ats-a")};
  (apply)(hs, mismatched);
  EXPECT_FALSE(hs[0].suppression) << "an END closes only a BEGIN with the same list";
}

TEST(NolintRegions, OnlyInCFamilyFilesAndJustificationRequiredWhenAsked) {
  std::vector<std::string> lines = {"# NOLINTBEGIN", "verify=False", "# NOLINTEND"};
  std::vector<Finding> py = {finding("x.py", 2)};
  (apply)(py, lines);
  EXPECT_FALSE(py[0].suppression);
  std::vector<Finding> c = {finding("x.h", 2)};
  const std::vector<std::string> unjustified = {"// NOLINTBEGIN", "load(a);", "// NOLINTEND"};
  auto r = (apply)(c, unjustified, true);
  EXPECT_FALSE(c[0].suppression);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].message.find("NOLINTBEGIN without a justification"), std::string::npos) << r.notes[0].message;
}

}  // namespace
}  // namespace atscan

namespace atscan {
namespace {

TEST(SuppressionAudit, UnknownRuleIdIsReportedWithASuggestion) {
  std::vector<Notification> notes;
  audit_suppression_markers("a.py", {"x = 1", "requests.get(u, verify=False)  # atscan:ignore[ats-verificaton-disabled] lab"}, false,
                            {"ats-verification-disabled", "ats-custom-ca-bundle"}, notes);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].file, "a.py");
  EXPECT_EQ(notes[0].level, "warning");
  EXPECT_EQ(notes[0].message,
            "line 2: atscan:ignore names unknown rule 'ats-verificaton-disabled' (did you mean 'ats-verification-disabled'?): it "
            "suppresses nothing");
}

TEST(SuppressionAudit, KnownIdsGlobsAndOtherToolsNolintPass) {
  std::vector<Notification> notes;
  audit_suppression_markers("a.cpp",
                            {"f();  // NOLINT(bugprone-foo, ats-custom-*)", "// NOLINTNEXTLINE(ats-custom-ca-bundle)",
                             "g();  // NOLINT(ats-custm-ca-bundle)"},
                            true, {"ats-custom-ca-bundle"}, notes);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].message.rfind("line 3: NOLINT names unknown rule 'ats-custm-ca-bundle'", 0), 0u);
}

TEST(SuppressionAudit, RunsWhenKnownRulesAreGiven) {
  std::vector<Finding> fs = {finding("a.py", 1, "ats-verification-disabled")};
  std::vector<Finding*> ptrs{&fs[0]};
  struct Run r;
  SuppressionOptions options;
  options.known_rules = {"ats-verification-disabled"};
  apply_suppressions_to_file(ptrs, {"requests.get(u, verify=False)  # atscan:ignore[ats-verification-disable] typo"}, options,
                             r.notes, r.summary);
  EXPECT_FALSE(fs[0].suppression);  // the typo suppresses nothing…
  ASSERT_EQ(r.notes.size(), 1u);    // …and says so
  EXPECT_NE(r.notes[0].message.find("unknown rule 'ats-verification-disable'"), std::string::npos);
}

}  // namespace
}  // namespace atscan
