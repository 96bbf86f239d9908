#include "core/judge/endpoint_names.h"

#include <gtest/gtest.h>

using atscan::endpoint_named_by;

TEST(EndpointNames, WordsOfIdentifiersAndFileNamesNameS3OrCloudFront) {
  EXPECT_EQ(endpoint_named_by("connectToS3Server"), "S3");
  EXPECT_EQ(endpoint_named_by("aws_s3_root_ca_cert.pem"), "S3");
  EXPECT_EQ(endpoint_named_by("S3DownloadHTTPExample"), "S3");
  EXPECT_EQ(endpoint_named_by("amazonaws-ca.pem"), "S3");
  EXPECT_EQ(endpoint_named_by("cloudfront_root.pem"), "CloudFront");
  EXPECT_EQ(endpoint_named_by("CloudFrontClient"), "CloudFront");
}

TEST(EndpointNames, LettersAroundTheWordDoNotCount) {
  EXPECT_EQ(endpoint_named_by("http_root_cert_auth.pem"), "");
  EXPECT_EQ(endpoint_named_by("ms3_config"), "");
  EXPECT_EQ(endpoint_named_by("us3Region"), "");
  EXPECT_EQ(endpoint_named_by("cs3"), "");
  EXPECT_EQ(endpoint_named_by("broker_s3cret"), "");
  EXPECT_EQ(endpoint_named_by(""), "");
}
