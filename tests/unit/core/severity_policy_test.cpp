#include "core/judge/severity_policy.h"

#include <gtest/gtest.h>

using namespace atscan;

TEST(SeverityPolicy, DisabledVerificationIsAWarningWhateverTheEndpoint) {
  for (auto reach : {EndpointReach::s3_or_cloudfront, EndpointReach::other_host, EndpointReach::none}) {
    EXPECT_EQ(decide_severity(TrustKind::verify_disabled, VerdictKind::unknown, reach), Severity::warning);
    EXPECT_EQ(decide_severity(TrustKind::hostname_check_disabled, VerdictKind::unknown, reach), Severity::warning);
  }
}

TEST(SeverityPolicy, BreakingTrustIsAnErrorOnlyForS3AndCloudFront) {
  EXPECT_EQ(decide_severity(TrustKind::bundle_path, VerdictKind::rejects, EndpointReach::s3_or_cloudfront), Severity::error);
  EXPECT_EQ(decide_severity(TrustKind::bundle_path, VerdictKind::rejects, EndpointReach::other_host), Severity::warning);
  EXPECT_EQ(decide_severity(TrustKind::pin_set, VerdictKind::rejects, EndpointReach::none), Severity::warning);
  EXPECT_EQ(decide_severity(TrustKind::pin_set, VerdictKind::warn, EndpointReach::s3_or_cloudfront), Severity::error);
  EXPECT_EQ(decide_severity(TrustKind::bundle_path, VerdictKind::partial, EndpointReach::other_host), Severity::warning);
}

TEST(SeverityPolicy, AcceptingTrustIsANote) {
  EXPECT_EQ(decide_severity(TrustKind::bundle_path, VerdictKind::accepts, EndpointReach::s3_or_cloudfront), Severity::note);
  EXPECT_EQ(decide_severity(TrustKind::embedded_pem, VerdictKind::accepts, EndpointReach::none), Severity::note);
}

TEST(SeverityPolicy, TrustReplacedByUnseenContentIsAWarningWhateverTheEndpoint) {
  for (TrustKind k : {TrustKind::bundle_path, TrustKind::keystore, TrustKind::unresolved, TrustKind::system_trust_replaced})
    for (EndpointReach r : {EndpointReach::s3_or_cloudfront, EndpointReach::other_host, EndpointReach::none})
      EXPECT_EQ(decide_severity(k, VerdictKind::unknown, r), Severity::warning) << to_string(k) << " " << static_cast<int>(r);
}

TEST(SeverityPolicy, AnUndecidableCallbackPinOrCertificateTextIsAWarningNearS3AndANoteElsewhere) {
  for (TrustKind k : {TrustKind::custom_verify_callback, TrustKind::pin_set, TrustKind::embedded_pem, TrustKind::embedded_der}) {
    EXPECT_EQ(decide_severity(k, VerdictKind::unknown, EndpointReach::s3_or_cloudfront), Severity::warning) << to_string(k);
    EXPECT_EQ(decide_severity(k, VerdictKind::unknown, EndpointReach::other_host), Severity::note) << to_string(k);
    EXPECT_EQ(decide_severity(k, VerdictKind::unknown, EndpointReach::none), Severity::note) << to_string(k);
  }
}

TEST(SeverityPolicy, AdditiveTrustIsNotReported) {
  EXPECT_EQ(decide_severity(TrustKind::bundle_added, VerdictKind::accepts, EndpointReach::s3_or_cloudfront), Severity::none);
}
