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

TEST(SeverityPolicy, UnknownTrustIsAWarningNearS3AndANoteElsewhere) {
  EXPECT_EQ(decide_severity(TrustKind::unresolved, VerdictKind::unknown, EndpointReach::s3_or_cloudfront), Severity::warning);
  EXPECT_EQ(decide_severity(TrustKind::unresolved, VerdictKind::unknown, EndpointReach::other_host), Severity::note);
}

TEST(SeverityPolicy, AdditiveTrustIsNotReported) {
  EXPECT_EQ(decide_severity(TrustKind::bundle_added, VerdictKind::accepts, EndpointReach::s3_or_cloudfront), Severity::none);
}
