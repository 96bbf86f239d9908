#include "core/report/github_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/report/sample_findings.h"

namespace atscan {
namespace {

TEST(GithubReporter, WorkflowCommandsWithEscaping) {
  auto catalog = test::sample_catalog();
  std::ostringstream out;
  GithubReporter().write(out, test::sample_findings(), test::sample_context(catalog));
  EXPECT_EQ(out.str(),
            "::warning file=certs/legacy.pem,line=1,title=ats-embedded-certificate::embedded certificate Baltimore CyberTrust Root\n"
            "::warning file=config/app settings.yaml,line=3,col=1,title=ats-custom-ca-bundle::custom CA bundle \"certs/ca.pem\", "
            "100%25 custom: <replaces> & more%0Asecond line\n"
            "::error file=src/client.py,line=12,col=5,endLine=12,endColumn=40,title=ats-certificate-pinning::certificate pinning "
            "(CertificatePinner): leaf pin, breaks at renewal\n"
            "::debug::big.bin: note: skipped: larger than 4M\n"
            "::debug::atscan: warning: no .gitignore\n");
}

TEST(GithubReporter, NoteBecomesNoticeAndPropertiesEscapeColonAndComma) {
  Finding f;
  f.rule_id = "ats-verification-disabled";
  f.severity = Severity::note;
  f.message = "off: 50%\r\n";
  f.location = {"dir,x/a:b.py", 4, 0, 0, 0};
  std::ostringstream out;
  GithubReporter().write(out, {f}, ReportContext{});
  EXPECT_EQ(out.str(), "::notice file=dir%2Cx/a%3Ab.py,line=4,title=ats-verification-disabled::off: 50%25%0D%0A\n");
}

TEST(GithubReporter, EscapeFunctions) {
  EXPECT_EQ(github_escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
  EXPECT_EQ(github_escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
}

}  // namespace
}  // namespace atscan
