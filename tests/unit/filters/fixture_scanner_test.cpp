// A test-only front-end for the review-filter tests (see review_fixture.h): it claims only
// *.reviewfixture files, so no other test sees it.
#include <gtest/gtest.h>

#include "scanners/scanner.h"

namespace atscan {
namespace {

class ReviewFixtureScanner : public Scanner {
 public:
  std::string_view name() const override { return "review-fixture"; }
  bool wants(const SourceFile& f) const override { return f.path.ends_with(".reviewfixture"); }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    int line = 1;
    size_t start = 0;
    while (start <= f.content.size()) {
      size_t end = f.content.find('\n', start);
      if (end == std::string_view::npos) end = f.content.size();
      auto text = f.content.substr(start, end - start);
      if (auto col = text.find("VERIFY_OFF"); col != std::string_view::npos) {
        TrustFact t;
        t.rule_id = "ats-verification-disabled";
        t.kind = TrustKind::verify_disabled;
        t.api = "VERIFY_OFF";
        t.value = "VERIFY_OFF";
        t.location = {f.path, line, static_cast<int>(col) + 1, line, static_cast<int>(col) + 11};
        out.trust.push_back(t);
      }
      if (end == f.content.size()) break;
      start = end + 1;
      ++line;
    }
  }
};
ATSCAN_REGISTER_SCANNER(ReviewFixtureScanner);

TEST(ReviewFixtureScanner, ClaimsOnlyItsOwnExtension) {
  ReviewFixtureScanner s;
  EXPECT_TRUE(s.wants({"a/b.reviewfixture", "", ""}));
  EXPECT_FALSE(s.wants({"a/b.py", "", ""}));
}

}  // namespace
}  // namespace atscan
