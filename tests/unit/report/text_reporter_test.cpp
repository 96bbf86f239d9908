#include "core/report/text_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

std::string render(const std::vector<Finding>& findings, const ReportContext& ctx) {
  std::ostringstream out;
  TextReporter().write(out, findings, ctx);
  return out.str();
}

TEST(TextReporter, CompilerStyleLinesWithoutSuppressedFindings) {
  auto catalog = test::sample_catalog();
  EXPECT_EQ(render(test::sample_findings(), test::sample_context(catalog)),
            "certs/legacy.pem:1:1: warning: embedded certificate Baltimore CyberTrust Root [ats-embedded-certificate]\n"
            "config/app settings.yaml:3:1: warning: custom CA bundle \"certs/ca.pem\", 100% custom: <replaces> & more\\nsecond line [ats-custom-ca-bundle]\n"
            "    verdict: REJECTS: only legacy roots\n"
            "src/client.py:12:5: error: certificate pinning (CertificatePinner): leaf pin, breaks at renewal [ats-certificate-pinning]\n"
            "    pinner.add(\"s3.amazonaws.com\", PIN)\n"
            "    verdict: REJECTS: leaf pin\n"
            "    src/client.py:20:3: note: request to s3.amazonaws.com\n"
            "big.bin: note: skipped: larger than 4M\n"
            "atscan: warning: no .gitignore\n"
            "3 findings in 10 files scanned, 1 skipped, 1 suppressed\n");
}

TEST(TextReporter, ColourOnlyWhenAsked) {
  auto catalog = test::sample_catalog();
  auto ctx = test::sample_context(catalog);
  ctx.notifications.clear();
  std::vector<Finding> one{test::sample_findings()[2]};  // src/client.py, error
  one[0].related.clear();
  one[0].snippet.clear();
  one[0].verdict.clear();
  EXPECT_EQ(render(one, ctx),
            "src/client.py:12:5: error: certificate pinning (CertificatePinner): leaf pin, breaks at renewal [ats-certificate-pinning]\n"
            "1 finding in 10 files scanned, 1 skipped, 1 suppressed\n");
  ctx.color = true;
  EXPECT_EQ(render(one, ctx),
            "\033[1msrc/client.py:12:5:\033[0m \033[1;31merror:\033[0m certificate pinning (CertificatePinner): leaf pin, breaks at "
            "renewal [ats-certificate-pinning]\n"
            "1 finding in 10 files scanned, 1 skipped, 1 suppressed\n");
}

}  // namespace
}  // namespace atscan
