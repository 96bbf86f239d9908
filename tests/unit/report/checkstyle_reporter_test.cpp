#include "core/report/checkstyle_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

TEST(CheckstyleReporter, OneFileElementPerPathAndEscapedAttributes) {
  auto catalog = test::sample_catalog();
  std::ostringstream out;
  CheckstyleReporter().write(out, test::sample_findings(), test::sample_context(catalog));
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<checkstyle version=\"4.3\">\n"
            "  <file name=\"certs/legacy.pem\">\n"
            "    <error line=\"1\" severity=\"warning\" message=\"embedded certificate Baltimore CyberTrust Root\" "
            "source=\"ats-embedded-certificate\"/>\n"
            "  </file>\n"
            "  <file name=\"config/app settings.yaml\">\n"
            "    <error line=\"3\" column=\"1\" severity=\"warning\" message=\"custom CA bundle &quot;certs/ca.pem&quot;, 100% custom: "
            "&lt;replaces&gt; &amp; more&#10;second line\" source=\"ats-custom-ca-bundle\"/>\n"
            "  </file>\n"
            "  <file name=\"src/client.py\">\n"
            "    <error line=\"12\" column=\"5\" severity=\"error\" message=\"certificate pinning (CertificatePinner): leaf pin, breaks at "
            "renewal\" source=\"ats-certificate-pinning\"/>\n"
            "  </file>\n"
            "</checkstyle>\n");
}

TEST(CheckstyleReporter, EmptyReportIsStillADocument) {
  std::ostringstream out;
  CheckstyleReporter().write(out, {}, ReportContext{});
  EXPECT_EQ(out.str(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n");
}

TEST(CheckstyleReporter, NoteIsInfoAndControlBytesCannotBreakTheXml) {
  Finding f;
  f.rule_id = "ats-verification-disabled";
  f.severity = Severity::note;
  f.message = std::string("bell\x07 and bad \xFF byte 'q'");
  f.location = {"a&b.py", 1, 2, 0, 0};
  std::ostringstream out;
  CheckstyleReporter().write(out, {f}, ReportContext{});
  EXPECT_NE(out.str().find("<file name=\"a&amp;b.py\">"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("severity=\"info\" message=\"bell\xEF\xBF\xBD and bad \xEF\xBF\xBD byte &apos;q&apos;\""), std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace atscan
