#include "core/util/test_code.h"

#include <gtest/gtest.h>

TEST(TestCode, RecognisesCommonTestLayouts) {
  EXPECT_TRUE(atscan::is_test_path("tests/test_upload.py"));
  EXPECT_TRUE(atscan::is_test_path("pkg/upload_test.go"));
  EXPECT_TRUE(atscan::is_test_path("src/__tests__/cdn.js"));
  EXPECT_TRUE(atscan::is_test_path("web/cdn.spec.ts"));
  EXPECT_TRUE(atscan::is_test_path("app/src/test/java/UploadTest.java"));
  EXPECT_TRUE(atscan::is_test_path("test/x.rb"));
  // C test programs and the headers of their fixtures (wolfSSL's certs_test.h: DER test certificates)
  EXPECT_TRUE(atscan::is_test_path("wolfssl/certs_test.h"));
  EXPECT_TRUE(atscan::is_test_path("src/client_test.c"));
}

TEST(TestCode, LeavesProductionCodeAlone) {
  EXPECT_FALSE(atscan::is_test_path("scripts/sync_reports.py"));
  EXPECT_FALSE(atscan::is_test_path("src/contest/upload.py"));
  EXPECT_FALSE(atscan::is_test_path("latest/main.go"));
  EXPECT_FALSE(atscan::is_test_path("testing.py"));
  EXPECT_FALSE(atscan::is_test_path("src/latest.h"));
}
