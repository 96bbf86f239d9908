// Host classification with the real aws-ats profile: S3 and CloudFront forms, URL noise, templates.
#include <gtest/gtest.h>

#include "core/hosts/host_classifier.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {

const HostClassifier& classifier() {
  static HostClassifier c(atscan::testing::aws_profile());
  return c;
}

struct Case {
  const char* input;
  EndpointClass cls;
  const char* tag;
  const char* impact;
};

class HostSamples : public ::testing::TestWithParam<Case> {};

TEST_P(HostSamples, Classifies) {
  const Case& c = GetParam();
  HostMatch m = classifier().classify(c.input);
  EXPECT_EQ(m.cls, c.cls) << c.input << " → " << m.host;
  EXPECT_EQ(m.tag, c.tag) << c.input;
  EXPECT_EQ(m.impact, c.impact) << c.input;
}

constexpr auto S3 = EndpointClass::s3;
constexpr auto CF = EndpointClass::cloudfront;
constexpr auto OT = EndpointClass::other;
constexpr auto UN = EndpointClass::unknown;

// 31 positive samples: every S3 and CloudFront form the profile knows.
INSTANTIATE_TEST_SUITE_P(Positive, HostSamples, ::testing::Values(
    Case{"s3.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"my-bucket.s3.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"my.dotted.bucket.s3.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"s3.us-east-1.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"bucket.s3.eu-central-1.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"s3.us-gov-west-1.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"s3-external-1.amazonaws.com", S3, "S3-LEGACY", "affected"},
    Case{"s3-us-west-2.amazonaws.com", S3, "S3-LEGACY", "affected"},
    Case{"bucket.s3-eu-west-1.amazonaws.com", S3, "S3-LEGACY", "affected"},
    Case{"s3.dualstack.ap-southeast-2.amazonaws.com", S3, "S3-DUALSTACK", "affected"},
    Case{"bucket.s3.dualstack.us-east-2.amazonaws.com", S3, "S3-DUALSTACK", "affected"},
    Case{"s3-fips.us-east-1.amazonaws.com", S3, "S3-FIPS", "affected"},
    Case{"s3-fips.dualstack.us-gov-west-1.amazonaws.com", S3, "S3-FIPS", "affected"},
    Case{"bucket.s3-accelerate.amazonaws.com", S3, "S3-ACCEL", "affected"},
    Case{"bucket.s3-accelerate.dualstack.amazonaws.com", S3, "S3-ACCEL", "affected"},
    Case{"myap-123456789012.s3-accesspoint.us-west-2.amazonaws.com", S3, "S3-AP", "affected"},
    Case{"myap-123456789012.s3-accesspoint-fips.dualstack.us-east-1.amazonaws.com", S3, "S3-AP", "affected"},
    Case{"olap-123456789012.s3-object-lambda.us-east-1.amazonaws.com", S3, "S3-OL", "affected"},
    Case{"mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com", S3, "S3-MRAP", "affected"},
    Case{"123456789012.s3-control.us-east-1.amazonaws.com", S3, "S3-CONTROL", "affected"},
    Case{"s3-control.dualstack.eu-west-1.amazonaws.com", S3, "S3-CONTROL", "affected"},
    Case{"bucket--usw2-az1--x-s3.s3express-usw2-az1.us-west-2.amazonaws.com", S3, "S3-EXPRESS", "affected"},
    Case{"s3express-control.us-west-2.amazonaws.com", S3, "S3-EXPRESS", "affected"},
    Case{"op-01ac5d28a6a232904.s3-outposts.us-west-2.amazonaws.com", S3, "S3-OUTPOSTS", "affected"},
    Case{"d111111abcdef8.cloudfront.net", CF, "CF-DEFAULT", "affected"},
    Case{"cloudfront.net", CF, "CF-DEFAULT", "affected"},
    Case{"media.d1234abcd.cloudfront.net", CF, "CF-DEFAULT", "affected"},
    Case{"bucket.s3.cn-north-1.amazonaws.com.cn", S3, "CN-PARTITION", "verify-separately"},
    Case{"s3.dualstack.cn-northwest-1.amazonaws.com.cn", S3, "CN-PARTITION", "verify-separately"},
    Case{"d123.cloudfront.cn", CF, "CF-CN", "verify-separately"},
    Case{"bucket.s3-website-us-east-1.amazonaws.com", S3, "S3-WEBSITE-HTTP-ONLY", "not-affected"}));

// 5 negative samples: look-alikes that must not be S3/CloudFront.
INSTANTIATE_TEST_SUITE_P(Negative, HostSamples, ::testing::Values(
    Case{"cloudfront.amazonaws.com", CF, "CF-API", "not-affected"},
    Case{"s3.amazonaws.com.evil.example", OT, "", ""},
    Case{"dynamodb.us-east-1.amazonaws.com", OT, "", ""},
    Case{"notcloudfront.net", OT, "", ""},
    Case{"example.com", OT, "", ""}));

// URL noise around the host.
INSTANTIATE_TEST_SUITE_P(Urls, HostSamples, ::testing::Values(
    Case{"https://my-bucket.s3.amazonaws.com/key/object.txt?versionId=1#frag", S3, "S3-CORE", "affected"},
    Case{"https://s3.us-west-2.amazonaws.com/my-bucket/key", S3, "S3-CORE", "affected"},  // path-style
    Case{"HTTPS://D111111ABCDEF8.CLOUDFRONT.NET/", CF, "CF-DEFAULT", "affected"},
    Case{"https://user:secret@bucket.s3.amazonaws.com:443/x", S3, "S3-CORE", "affected"},
    Case{"bucket.s3.amazonaws.com.:443", S3, "S3-CORE", "affected"},
    Case{"//d111111abcdef8.cloudfront.net/app.js", CF, "CF-DEFAULT", "affected"},
    Case{"http://bucket.s3.amazonaws.com/x", S3, "S3-CORE", "not-affected"},  // plain HTTP has no certificate
    Case{"https://[2001:db8::1]:8443/", OT, "", ""},
    Case{"https://10.0.0.1/", OT, "", ""},
    Case{"  \"https://bucket.s3.amazonaws.com\"  ", S3, "S3-CORE", "affected"}));

// Templates: placeholders are wildcard labels.
INSTANTIATE_TEST_SUITE_P(Templates, HostSamples, ::testing::Values(
    Case{"https://{bucket}.s3.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"https://${BUCKET}.s3.${REGION}.amazonaws.com/${KEY}", S3, "S3-CORE", "affected"},
    Case{"%s.s3.%s.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"https://%(bucket)s.s3.amazonaws.com", S3, "S3-CORE", "affected"},
    Case{"{ap}-{account}.s3-accesspoint.{region}.amazonaws.com", S3, "S3-AP", "affected"},
    Case{"https://{{distribution}}.cloudfront.net", CF, "CF-DEFAULT", "affected"},
    Case{"*.cloudfront.net", CF, "CF-DEFAULT", "affected"},
    Case{"<bucket>.s3.amazonaws.com", S3, "S3-CORE", "affected"}));

// Values that are not hosts.
INSTANTIATE_TEST_SUITE_P(NotHosts, HostSamples, ::testing::Values(
    Case{"", UN, "", ""},
    Case{"   ", UN, "", ""},
    Case{"${ENDPOINT}", UN, "", ""},
    Case{"https://{host}/path", UN, "", ""},
    Case{"endpointUrl", UN, "", ""},
    Case{"base + \"/x\"", UN, "", ""},
    Case{"http://localhost:8080", OT, "", ""}));

TEST(HostParse, ExtractsBareHost) {
  EXPECT_EQ(parse_host("https://u:p@Bucket.S3.AmazonAWS.com.:8443/a?b#c").host, "bucket.s3.amazonaws.com");
  EXPECT_EQ(parse_host("[::1]:443").host, "::1");
  EXPECT_TRUE(parse_host("[::1]:443").ip_literal);
  EXPECT_EQ(parse_host("https://{bucket}.s3.amazonaws.com").host, "*.s3.amazonaws.com");
  EXPECT_TRUE(parse_host("https://{bucket}.s3.amazonaws.com").templated);
  EXPECT_EQ(parse_host("HTTPS://x.example").scheme, "https");
}

TEST(HostClassify, ReportsTheBareHostAndScheme) {
  auto m = classifier().classify("https://Bucket.s3.amazonaws.com/key");
  EXPECT_EQ(m.host, "bucket.s3.amazonaws.com");
  EXPECT_EQ(m.scheme, "https");
  EXPECT_TRUE(m.affected());
  EXPECT_FALSE(m.templated);
}

}  // namespace
}  // namespace atscan
