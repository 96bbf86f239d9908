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

  // The trust findings; the endpoint inventory (ats-s3-endpoint notes) only when asked for.
  std::vector<Finding> judge(const std::vector<FileFacts>& files, bool lower_test_code = true, bool endpoint_notes = false) {
    static const Catalog catalog = Catalog::load(repo_path("rules"));
    static const HostClassifier hosts(aws_profile());
    Judge j(catalog, aws_oracle(), hosts, JudgeOptions{fs::weakly_canonical(root).string(), lower_test_code});
    notes.clear();
    auto out = j.judge(files, notes);
    if (!endpoint_notes) std::erase_if(out, [](const Finding& f) { return f.rule_id == "ats-s3-endpoint"; });
    sort_findings(out);
    return out;
  }
  std::vector<Finding> endpoint_notes(const std::vector<FileFacts>& files, bool lower_test_code = true) {
    auto out = judge(files, lower_test_code, true);
    std::erase_if(out, [](const Finding& f) { return f.rule_id != "ats-s3-endpoint"; });
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

TEST_F(JudgeRules, AnS3EndpointIsANoteThatNamesTheTrustGoverningIt) {
  auto b = trust(TrustKind::bundle_path, "ats-custom-ca-bundle", "certs/legacy.pem", 2);
  auto out = endpoint_notes({file("s3.py", {b}, {endpoint("bucket.s3.amazonaws.com", 5)})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::note);
  EXPECT_EQ(out[0].location.line, 5);
  EXPECT_NE(out[0].message.find("S3 endpoint 'bucket.s3.amazonaws.com' (S3-CORE): governed by ats-custom-ca-bundle at s3.py:2 (error: REJECTS"),
            std::string::npos)
      << out[0].message;
  ASSERT_EQ(out[0].related.size(), 1u);
  EXPECT_EQ(out[0].related[0].location.line, 2);
  // The trust finding keeps its own level: the note changes nothing about it.
  auto all = judge({file("s3.py", {b}, {endpoint("bucket.s3.amazonaws.com", 5)})}, true, true);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].rule_id, "ats-custom-ca-bundle");
  EXPECT_EQ(all[0].severity, Severity::error);
}

TEST_F(JudgeRules, AnS3EndpointWithNoTrustSettingIsANoteOnSystemTrust) {
  auto cf = endpoint("d111111abcdef8.cloudfront.net", 3);
  auto out = endpoint_notes({file("main.go", {}, {cf})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, Severity::note);
  EXPECT_NE(out[0].message.find("CloudFront endpoint 'd111111abcdef8.cloudfront.net' (CF-DEFAULT): no trust setting of the scan is linked to it"),
            std::string::npos)
      << out[0].message;
  EXPECT_TRUE(out[0].related.empty());
}

TEST_F(JudgeRules, OtherHostsPlainHttpAndProseAreNoS3EndpointNotes) {
  auto other = endpoint("api.example.com", 1);
  auto http = endpoint("http://s3.amazonaws.com/doc/2006-03-01/", 2);  // an XML namespace: no TLS
  auto prose = endpoint("  mys3 https://s3.amazonaws.com  add an alias", 3);
  prose.api = "string literal";
  EXPECT_TRUE(endpoint_notes({file("a.go", {}, {other, http, prose})}).empty());
}

TEST_F(JudgeRules, TestCodeEndpointsAreNotReportedUnlessAskedForTheSameLevel) {
  auto e = endpoint("bucket.s3.amazonaws.com", 4);
  EXPECT_TRUE(endpoint_notes({file("tests/s3_test.py", {}, {e})}).empty());
  auto same = endpoint_notes({file("tests/s3_test.py", {}, {e})}, false);
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].severity, Severity::note);
}

TEST_F(JudgeRules, RepeatedAndTabulatedHostLiteralsAreOneNoteEach) {
  std::vector<EndpointFact> eps;
  const char* regions[] = {"us-east-1", "us-west-2", "eu-west-1"};
  for (int line : {10, 11, 12}) {  // a table of three hosts
    eps.push_back(endpoint(std::string("s3.") + regions[line - 10] + ".amazonaws.com", line));
    eps.back().api = "string literal";
  }
  eps.push_back(endpoint("bucket.s3.amazonaws.com", 30));  // more than 8 lines below the table: on its own
  eps.back().api = "string literal";
  eps.push_back(endpoint("bucket.s3.amazonaws.com", 50));  // the same host again
  eps.back().api = "string literal";
  eps.push_back(endpoint("bucket.s3.amazonaws.com", 70));  // a request is a connection of its own
  eps.back().api = "request";
  auto out = endpoint_notes({file("hosts.py", {}, eps)});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].location.line, 10);
  EXPECT_NE(out[0].message.find("2 more S3/CloudFront host(s) follow on the next lines"), std::string::npos) << out[0].message;
  EXPECT_EQ(out[1].location.line, 30);
  EXPECT_EQ(out[2].location.line, 70);
  for (const auto& f : out) EXPECT_EQ(f.severity, Severity::note);
}

TEST_F(JudgeRules, AHostOnlyNamedForS3IsANote) {
  auto named = endpoint("${S3_SERVER_PROTO}://${S3_SERVER}:${S3_SERVER_PORT}/bucket", 7);
  auto unrelated = endpoint("${BACKEND_HOST}", 8);
  auto out = endpoint_notes({file("default.conf.template", {}, {named, unrelated})});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].location.line, 7);
  EXPECT_EQ(out[0].severity, Severity::note);
  EXPECT_NE(out[0].message.find("(named by S3_SERVER)"), std::string::npos) << out[0].message;
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
