// The judge's escalation and demotion rules, on hand-made facts (no front-end): the level table of
// docs/architecture.md, endpoint linking through objects and uses, test-code demotion, and the
// certificate-file escalation (which keeps the test-code demotion).
#include "core/judge/judge.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;
using namespace atscan::testing;

TrustFact trust(TrustKind kind, const std::string& rule, const std::string& value, int line, const std::string& object = "") {
  TrustFact t;
  t.rule_id = rule;
  t.kind = kind;
  t.api = kind == TrustKind::bundle_path && rule == "ats-bundle-missing-ats-roots" ? "certificate file" : "test api";
  t.object = object;
  t.value = value;
  t.location = {"", line, 1, line, 10};
  return t;
}

EndpointFact endpoint(const std::string& host, int line, const std::string& object = "") {
  EndpointFact e;
  e.object = object;
  e.value = host;
  e.api = "test";
  e.location = {"", line, 1, line, 10};
  return e;
}

class JudgeRules : public ::testing::Test {
 protected:
  void SetUp() override {
    root = fs::temp_directory_path() / ("atscan-judge-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
                                        std::to_string(::getpid()));
    fs::create_directories(root / "certs");
    fs::create_directories(root / "tests");
    fs::copy_file(cert_data("legacy_only.pem"), root / "certs" / "legacy.pem");
    fs::copy_file(cert_data("ats_anchors.pem"), root / "certs" / "ats.pem");
    fs::copy_file(cert_data("legacy_only.pem"), root / "tests" / "legacy.pem");
  }
  void TearDown() override { fs::remove_all(root); }

  std::vector<Finding> judge(const std::vector<FileFacts>& files, bool lower_test_code = true) {
    static const Catalog catalog = Catalog::load(repo_path("rules"));
    static const HostClassifier hosts(aws_profile());
    Judge j(catalog, aws_oracle(), hosts, JudgeOptions{fs::weakly_canonical(root).string(), lower_test_code});
    notes.clear();
    auto out = j.judge(files, notes);
    sort_findings(out);
    return out;
  }

  static FileFacts file(const std::string& rel, std::vector<TrustFact> t, std::vector<EndpointFact> e = {}, std::vector<UseFact> u = {}) {
    FileFacts f;
    f.file = rel;
    f.trust = std::move(t);
    f.endpoints = std::move(e);
    f.uses = std::move(u);
    f.is_test_code = rel.rfind("tests/", 0) == 0;
    return f;
  }

  // Points into `all`: keep the vector alive (a temporary argument dangles after the statement).
  static const Finding* at(const std::vector<Finding>& all, const std::string& file, int line) {
    auto it = std::find_if(all.begin(), all.end(), [&](const Finding& f) { return f.location.file == file && f.location.line == line; });
    return it == all.end() ? nullptr : &*it;
  }
  static const Finding* at(std::vector<Finding>&& all, const std::string& file, int line) = delete;

  fs::path root;
  std::vector<Notification> notes;
};

TEST_F(JudgeRules, DisabledVerificationIsAWarningEvenNextToS3) {
  auto out = judge({file("app.py", {trust(TrustKind::verify_disabled, "ats-verification-disabled", "", 3)}, {endpoint("bucket.s3.amazonaws.com", 3)})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::warning);
}

TEST_F(JudgeRules, RejectingBundleIsAnErrorForS3AWarningElsewhereAndWithoutEndpoint) {
  auto b = trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/legacy.pem", 2);
  auto s3 = judge({file("s3.py", {b}, {endpoint("bucket.s3.amazonaws.com", 5)})});
  auto other = judge({file("other.py", {b}, {endpoint("api.example.com", 5)})});
  auto none = judge({file("none.py", {b})});
  ASSERT_EQ(s3.size(), 1u);
  EXPECT_EQ(s3[0].severity, Severity::error) << s3[0].message;
  EXPECT_NE(s3[0].message.find("REJECTS"), std::string::npos) << s3[0].message;
  EXPECT_NE(s3[0].message.find("used with S3 endpoint 'bucket.s3.amazonaws.com'"), std::string::npos) << s3[0].message;
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].severity, Severity::warning);
  EXPECT_NE(other[0].message.find("endpoint 'api.example.com' is not S3/CloudFront"), std::string::npos) << other[0].message;
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].severity, Severity::warning);
}

TEST_F(JudgeRules, AcceptingBundleIsANoteEvenForS3) {
  auto out = judge({file("s3.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/ats.pem", 2)}, {endpoint("bucket.s3.amazonaws.com", 5)})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::note) << out[0].message;
}

TEST_F(JudgeRules, BundleOutsideTheTreeIsUnknownAndAWarningNextToS3AndElsewhere) {
  auto b = trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "/etc/somewhere/ca.pem", 2);
  auto s3 = judge({file("s3.py", {b}, {endpoint("bucket.s3.amazonaws.com", 5)})});
  auto other = judge({file("other.py", {b}, {endpoint("api.example.com", 5)})});
  ASSERT_EQ(s3.size(), 1u);
  EXPECT_EQ(s3[0].severity, Severity::warning);
  EXPECT_NE(s3[0].message.find("UNKNOWN: '/etc/somewhere/ca.pem' is not in the scanned tree"), std::string::npos) << s3[0].message;
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].severity, Severity::warning) << other[0].message;
  auto alone = judge({file("alone.py", {b}, {})});
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].severity, Severity::warning) << alone[0].message;
}

TEST_F(JudgeRules, AdditiveTrustIsNotReported) {
  EXPECT_TRUE(judge({file("a.js", {trust(TrustKind::bundle_added, "ats-custom-ca-bundle", "certs/legacy.pem", 1)},
                          {endpoint("bucket.s3.amazonaws.com", 2)})})
                  .empty());
}

TEST_F(JudgeRules, ObjectsLinkOnlyThroughUses) {
  // The bundle is set on `session`; the S3 endpoint belongs to `client`. Without a use fact they do not
  // meet (warning); `session` handed to `client` links them (error), with the use as a related location.
  auto b = trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/legacy.pem", 2, "session");
  auto e = endpoint("bucket.s3.amazonaws.com", 6, "client");
  auto apart = judge({file("a.py", {b}, {e})});
  ASSERT_EQ(apart.size(), 1u);
  EXPECT_EQ(apart[0].severity, Severity::warning) << apart[0].message;
  auto linked = judge({file("a.py", {b}, {e}, {UseFact{"session", "client", {"a.py", 4, 1, 4, 9}, "session handed to client"}})});
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].severity, Severity::error) << linked[0].message;
  const auto& rel = linked[0].related;
  EXPECT_TRUE(std::any_of(rel.begin(), rel.end(), [](const RelatedLocation& r) { return r.message == "session handed to client"; }));
}

TEST_F(JudgeRules, FileScopeTrustOnALineWithItsOwnEndpointIsAboutThatEndpoint) {
  // requests.get("https://api.example.com", verify="certs/legacy.pem") with an S3 URL elsewhere in the file.
  auto out = judge({file("a.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/legacy.pem", 10)},
                         {endpoint("https://api.example.com/x", 10), endpoint("bucket.s3.amazonaws.com", 30)})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::warning) << out[0].message;
}

TEST_F(JudgeRules, TestCodeIsOneLevelLowerUnlessAskedNotTo) {
  auto facts = file("tests/test_upload.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/legacy.pem", 2)},
                    {endpoint("bucket.s3.amazonaws.com", 5)});
  auto lowered_out = judge({facts});
  ASSERT_EQ(lowered_out.size(), 1u);
  EXPECT_EQ(lowered_out[0].severity, Severity::warning);
  auto same = judge({facts}, /*lower_test_code=*/false);
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].severity, Severity::error);
  auto off = judge({file("tests/t.py", {trust(TrustKind::verify_disabled, "ats-verification-disabled", "", 2)})});
  ASSERT_EQ(off.size(), 1u);
  EXPECT_EQ(off[0].severity, Severity::note);
}

TEST_F(JudgeRules, CertificateFileLoadedForS3IsRaisedToErrorWithTheLoader) {
  auto cert = file("certs/legacy.pem", {trust(TrustKind::bundle_path, "ats-bundle-missing-ats-roots", "certs/legacy.pem", 1)});
  auto alone = judge({cert});
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].severity, Severity::warning);
  auto loader = file("app/sync.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "../certs/legacy.pem", 3)},
                     {endpoint("bucket.s3.amazonaws.com", 4)});
  auto out = judge({cert, loader});
  const Finding* c = at(out, "certs/legacy.pem", 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->severity, Severity::error);
  EXPECT_NE(c->message.find("loaded by app/sync.py for S3/CloudFront"), std::string::npos) << c->message;
  EXPECT_TRUE(std::any_of(c->related.begin(), c->related.end(),
                          [](const RelatedLocation& r) { return r.location.file == "app/sync.py" && r.location.line == 3; }));
}

TEST_F(JudgeRules, CertificateFileEscalationKeepsTheTestCodeDemotion) {
  // A test bundle loaded by a test talking to S3: error lowered once (warning), not error.
  auto cert = file("tests/legacy.pem", {trust(TrustKind::bundle_path, "ats-bundle-missing-ats-roots", "tests/legacy.pem", 1)});
  auto loader = file("tests/test_sync.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "legacy.pem", 3)},
                     {endpoint("bucket.s3.amazonaws.com", 4)});
  const auto out = judge({cert, loader});
  const Finding* c = at(out, "tests/legacy.pem", 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->severity, Severity::warning) << c->message;
  // A production file loaded only by a test: also one level lower than a production loader would make it.
  auto prod_cert = file("certs/legacy.pem", {trust(TrustKind::bundle_path, "ats-bundle-missing-ats-roots", "certs/legacy.pem", 1)});
  auto test_loader = file("tests/test_sync.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "../certs/legacy.pem", 3)},
                          {endpoint("bucket.s3.amazonaws.com", 4)});
  const auto prod_out = judge({prod_cert, test_loader});
  const Finding* p = at(prod_out, "certs/legacy.pem", 1);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, Severity::warning) << p->message;
  // Unless test code keeps its level.
  const auto kept = judge({cert, loader}, /*lower_test_code=*/false);
  const Finding* same = at(kept, "tests/legacy.pem", 1);
  ASSERT_NE(same, nullptr);
  EXPECT_EQ(same->severity, Severity::error);
}

TEST_F(JudgeRules, AcceptingCertificateFileIsNotRaised) {
  auto cert = file("certs/ats.pem", {trust(TrustKind::bundle_path, "ats-bundle-missing-ats-roots", "certs/ats.pem", 1)});
  auto loader = file("app/sync.py", {trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "../certs/ats.pem", 3)},
                     {endpoint("bucket.s3.amazonaws.com", 4)});
  const auto out = judge({cert, loader});
  const Finding* c = at(out, "certs/ats.pem", 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->severity, Severity::note);
}

TEST_F(JudgeRules, TheCatalogSeverityIsTheMostARuleReports) {
  // ats-system-trust-replaced is `severity: warning` in rules/: even a rejecting set next to S3 stays a warning.
  auto out = judge({file("a.py", {trust(TrustKind::bundle_path, "ats-system-trust-replaced", "certs/legacy.pem", 2)},
                         {endpoint("bucket.s3.amazonaws.com", 3)})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::warning) << out[0].message;
  EXPECT_NE(out[0].message.find("REJECTS"), std::string::npos) << out[0].message;
}

TEST_F(JudgeRules, UnknownRuleIdIsAnInternalErrorNotAFinding) {
  auto out = judge({file("a.py", {trust(TrustKind::verify_disabled, "ats-no-such-rule", "", 1)})});
  EXPECT_TRUE(out.empty());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].message, "internal: front-end emitted unknown rule id 'ats-no-such-rule'");
  EXPECT_EQ(notes[0].level, "error");
}

}  // namespace
}  // namespace atscan
