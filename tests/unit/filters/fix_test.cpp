#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/filters/fix_apply.h"
#include "core/filters/fix_producers.h"
#include "review_fixture.h"

namespace atscan {
namespace {

std::string slurp(const std::string& rel) {
  std::ifstream in(std::string(ATSCAN_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string& anchors() {
  static const std::string a = slurp("rules/profiles/aws-ats/ats-trust-anchors-5.pem");
  return a;
}
const std::string& baltimore() {
  static const std::string b = slurp("rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem");
  return b;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

std::string fixed(const std::string& content) {
  auto fix = bundle_anchor_fix("b.pem", content, anchors());
  if (!fix) return content;
  auto out = apply_edits(content, fix->edits);
  EXPECT_TRUE(out);
  return out.value_or(content);
}

TEST(BundleFix, AppendsTheFiveAnchorsToALegacyBundle) {
  ASSERT_EQ(count(anchors(), "BEGIN CERTIFICATE"), 5u);
  auto fix = bundle_anchor_fix("certs/legacy.pem", baltimore(), anchors());
  ASSERT_TRUE(fix);
  EXPECT_NE(fix->description.find("Amazon Root CA 1"), std::string::npos);
  EXPECT_NE(fix->description.find("Starfield Services Root Certificate Authority - G2"), std::string::npos);
  ASSERT_EQ(fix->edits.size(), 1u);
  EXPECT_EQ(fix->edits[0].range.file, "certs/legacy.pem");
  std::string after = fixed(baltimore());
  EXPECT_EQ(after.substr(0, baltimore().size()), baltimore()) << "the original bundle is kept as is";
  EXPECT_EQ(count(after, "-----BEGIN CERTIFICATE-----"), 6u);
  EXPECT_NE(after.find("# Amazon Root CA 4 (aws-ats anchor, added by atscan fix)"), std::string::npos);
}

TEST(BundleFix, IsIdempotent) {
  std::string once = fixed(baltimore());
  EXPECT_FALSE(bundle_anchor_fix("b.pem", once, anchors())) << "a second run must change nothing";
  EXPECT_EQ(fixed(once), once);
}

TEST(BundleFix, AddsOnlyTheMissingAnchors) {
  // A bundle holding Amazon Root CA 1 already gets the other four.
  std::string ca1 = slurp("rules/profiles/aws-ats/Amazon_Root_CA_1.pem");
  std::string after = fixed(baltimore() + ca1);
  EXPECT_EQ(count(after, "-----BEGIN CERTIFICATE-----"), 6u);
  EXPECT_EQ(after.find("# Amazon Root CA 1 ("), std::string::npos);
}

TEST(BundleFix, KeepsCrlfAndHandlesAMissingFinalNewline) {
  std::string crlf;
  for (char c : baltimore()) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::string after = fixed(crlf);
  EXPECT_EQ(count(after, "\n"), count(after, "\r\n")) << "no bare LF in a CRLF file";
  std::string no_nl = baltimore().substr(0, baltimore().size() - 1);
  after = fixed(no_nl);
  EXPECT_NE(after.find("-----END CERTIFICATE-----\n# Amazon Root CA 1"), std::string::npos);
}

TEST(BundleFix, NeverTouchesAFileItCannotParse) {
  std::string truncated = baltimore().substr(0, baltimore().size() / 2);
  EXPECT_FALSE(bundle_anchor_fix("b.pem", truncated, anchors()));
  std::string bad_base64 = baltimore();
  bad_base64[40] = '!';
  EXPECT_FALSE(bundle_anchor_fix("b.pem", bad_base64, anchors()));
  EXPECT_FALSE(bundle_anchor_fix("b.pem", "", anchors()));
  EXPECT_FALSE(bundle_anchor_fix("b.pem", std::string("\x30\x82\x01\x00", 4), anchors()));
  EXPECT_FALSE(bundle_anchor_fix("b.pem", baltimore() + std::string("\0", 1), anchors()));
}

TEST(ApplyEdits, ReplacesRangesAndRejectsOutOfRange) {
  std::string s = "abc\ndef\n";
  EXPECT_EQ(apply_edits(s, {Edit{{"f", 2, 2, 2, 3}, "XY"}}), "abc\ndXYf\n");
  EXPECT_EQ(apply_edits(s, {Edit{{"f", 3, 1, 3, 1}, "tail\n"}}), "abc\ndef\ntail\n");
  EXPECT_EQ(apply_edits(s, {Edit{{"f", 0, 0, 0, 0}, "whole"}}), "whole");
  EXPECT_FALSE(apply_edits(s, {Edit{{"f", 5, 1, 5, 1}, "x"}}));
  EXPECT_FALSE(apply_edits(s, {Edit{{"f", 1, 9, 1, 9}, "x"}}));
  std::vector<std::string> conflicts;
  EXPECT_EQ(apply_edits(s, {Edit{{"f", 1, 1, 1, 3}, "1"}, Edit{{"f", 1, 2, 1, 4}, "2"}}, &conflicts), "1c\ndef\n");
  EXPECT_EQ(conflicts.size(), 1u);
}

TEST(FixCommand, AddFixesWritesAndDiffs) {
  testing::TempTree t;
  t.write("certs/legacy.pem", baltimore());
  t.write("certs/internal.pem", baltimore());
  Finding f;
  f.rule_id = "ats-bundle-missing-ats-roots";
  f.location = {"certs/legacy.pem", 1, 1, 1, 1};
  f.verdict = "REJECTS: only legacy roots (Baltimore CyberTrust Root)";
  f.fact_kind = TrustKind::bundle_path;
  f.verdict_kind = VerdictKind::rejects;
  f.trust_file = "certs/legacy.pem";
  Finding accepted = f;
  accepted.location.file = accepted.trust_file = "certs/internal.pem";
  accepted.verdict = "UNKNOWN: could not decide";
  accepted.verdict_kind = VerdictKind::unknown;
  Finding suppressed = f;
  suppressed.location.file = suppressed.trust_file = "certs/internal.pem";
  suppressed.suppression = Suppression{"inSource", "lab"};
  std::vector<Finding> fs = {f, accepted, suppressed};
  add_fixes(fs, FixInputs{t.str(), anchors(), "aws-ats"});
  EXPECT_TRUE(fs[0].fix);
  EXPECT_FALSE(fs[1].fix) << "only REJECTS/PARTIAL verdicts are fixed";
  EXPECT_FALSE(fs[2].fix) << "suppressed findings are not fixed";

  std::vector<Notification> notes;
  auto changes = plan_changes(fs, t.str(), notes);
  ASSERT_EQ(changes.size(), 1u);
  std::string diff = unified_diff(changes[0]);
  // No `diff --git` header: git would read its paths from the top of the work tree, not from here.
  EXPECT_EQ(diff.rfind("--- a/certs/legacy.pem\n", 0), 0u) << diff;
  EXPECT_NE(diff.find("+++ b/certs/legacy.pem\n"), std::string::npos);
  EXPECT_NE(diff.find("+# Amazon Root CA 1 (aws-ats anchor, added by atscan fix)\n"), std::string::npos);
  EXPECT_EQ(t.read("certs/legacy.pem"), baltimore()) << "planning writes nothing";

  EXPECT_EQ(write_changes(changes, t.str(), notes), 1);
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ(count(t.read("certs/legacy.pem"), "BEGIN CERTIFICATE"), 6u);
  EXPECT_EQ(t.read("certs/internal.pem"), baltimore());

  // Second run on the fixed file: nothing to do.
  std::vector<Finding> again = {f};
  again[0].fix.reset();
  add_fixes(again, FixInputs{t.str(), anchors(), "aws-ats"});
  EXPECT_FALSE(again[0].fix);
}

TEST(FixCommand, CodeThatLoadsARejectedBundleFixesTheBundle) {
  testing::TempTree t;
  t.write("certs/legacy.pem", baltimore());
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {"app/upload.py", 2, 5, 2, 30};
  f.verdict = "REJECTS: only legacy roots";
  f.fact_kind = TrustKind::bundle_path;
  f.verdict_kind = VerdictKind::rejects;
  f.trust_file = "certs/legacy.pem";
  Finding twin = f;  // the certificate file's own finding carries the same repair
  twin.rule_id = "ats-bundle-missing-ats-roots";
  twin.location = {"certs/legacy.pem", 1, 1, 1, 1};
  Finding unrelated = f;
  unrelated.trust_file.clear();
  unrelated.related = {{{"app/other.py", 3, 1, 3, 2}, "value defined here"}};
  std::vector<Finding> fs = {f, twin, unrelated};
  add_fixes(fs, FixInputs{t.str(), anchors(), "aws-ats"});
  ASSERT_TRUE(fs[0].fix);
  EXPECT_EQ(fs[0].fix->edits.at(0).range.file, "certs/legacy.pem");
  EXPECT_FALSE(fs[2].fix);
  std::vector<Notification> notes;
  auto changes = plan_changes(fs, t.str(), notes);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].descriptions.size(), 1u) << "the same repair from two findings is applied once";
  EXPECT_EQ(count(changes[0].after, "BEGIN CERTIFICATE"), 6u);
}

TEST(FixCommand, ProducersFollowFactAndVerdictKindsNotMessageText) {
  testing::TempTree t;
  t.write("certs/legacy.pem", baltimore());
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location = {"app/upload.py", 2, 5, 2, 30};
  f.fact_kind = TrustKind::bundle_path;
  f.trust_file = "certs/legacy.pem";
  // A verdict text that reads like a rejection but a verdict kind that accepts: no fix.
  f.verdict = "REJECTS: looks bad";
  f.verdict_kind = VerdictKind::accepts;
  // The reverse: a kind that rejects whatever the text says.
  Finding g = f;
  g.verdict = "ACCEPTS (pretend)";
  g.verdict_kind = VerdictKind::partial;
  // A pin set is never given a bundle fix, even when it names a certificate file.
  Finding pins = g;
  pins.fact_kind = TrustKind::pin_set;
  // A disabled-verification finding has no producer.
  Finding off = g;
  off.fact_kind = TrustKind::verify_disabled;
  std::vector<Finding> fs = {f, g, pins, off};
  add_fixes(fs, FixInputs{t.str(), anchors(), "aws-ats"});
  EXPECT_FALSE(fs[0].fix);
  ASSERT_TRUE(fs[1].fix);
  EXPECT_EQ(fs[1].fix->edits.at(0).range.file, "certs/legacy.pem");
  EXPECT_FALSE(fs[2].fix);
  EXPECT_FALSE(fs[3].fix);
}

TEST(FixCommand, AnchorsComeFromTheSelectedProfile) {
  auto digicert = Profile::load(std::string(ATSCAN_SOURCE_DIR) + "/rules/profiles/digicert-g1-distrust.yaml");
  const std::string pem = anchors_pem(*digicert);
  EXPECT_EQ(count(pem, "BEGIN CERTIFICATE"), 2u);
  const std::string g1 = slurp("rules/profiles/digicert-g1-distrust/DigiCert_Global_Root_CA.pem");
  auto fix = bundle_anchor_fix("g1.pem", g1, pem, digicert->id);
  ASSERT_TRUE(fix);
  EXPECT_EQ(fix->description, "append the digicert-g1-distrust anchors to this bundle: DigiCert Global Root G2, DigiCert Global Root G3");
  EXPECT_EQ(fix->edits.at(0).replacement.find("Amazon"), std::string::npos);
}

}  // namespace
}  // namespace atscan
