#include "core/filters/baseline.h"

#include <gtest/gtest.h>

#include "cli/context.h"
#include "review_fixture.h"

namespace atscan {
namespace {

using testing::TempTree;

std::vector<Finding> scan(const TempTree& t, const std::string& baseline = "", std::vector<Notification>* notes = nullptr,
                          RunSummary* summary = nullptr) {
  auto a = testing::scan_args(t);
  a.baseline = baseline;
  auto r = cli::scan_with_filters(a, testing::global_options());
  if (notes) *notes = r.outcome.notifications;
  if (summary) *summary = r.outcome.summary;
  return r.outcome.findings;
}

TEST(Fingerprint, SurvivesLinesInsertedAbove) {
  TempTree t;
  t.write("client.reviewfixture", "setup()\nclient.VERIFY_OFF = true\n");
  auto before = scan(t);
  ASSERT_EQ(before.size(), 1u);
  t.write("client.reviewfixture", "# a header\n\n# more\nsetup()\nclient.VERIFY_OFF = true\n");
  auto after = scan(t);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].location.line, 5);
  EXPECT_EQ(after[0].fingerprint, before[0].fingerprint);
}

TEST(Fingerprint, SurvivesMovingABlockWithinTheFile) {
  TempTree t;
  t.write("c.reviewfixture", "def a():\n  x.VERIFY_OFF = 1\n\ndef b():\n  y.VERIFY_OFF = 2\n");
  auto before = scan(t);
  t.write("c.reviewfixture", "def b():\n  y.VERIFY_OFF = 2\n\ndef a():\n  x.VERIFY_OFF = 1\n");
  auto after = scan(t);
  ASSERT_EQ(before.size(), 2u);
  ASSERT_EQ(after.size(), 2u);
  std::set<std::string> b{before[0].fingerprint, before[1].fingerprint}, a{after[0].fingerprint, after[1].fingerprint};
  EXPECT_EQ(a, b);
  EXPECT_NE(before[0].fingerprint, before[1].fingerprint);
}

TEST(Fingerprint, ChangesWhenTheLineChanges) {
  TempTree t;
  t.write("c.reviewfixture", "x.VERIFY_OFF = 1\n");
  auto before = scan(t);
  t.write("c.reviewfixture", "x.VERIFY_OFF = 2\n");
  auto after = scan(t);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_NE(after[0].fingerprint, before[0].fingerprint);
}

TEST(Baseline, RoundTripsThroughJson) {
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.location.file = "src/a.py";
  f.message = "custom \"bundle\"";
  f.fingerprint = "abc";
  Finding s = f;
  s.fingerprint = "def";
  s.suppression = Suppression{"inSource", "why"};
  Baseline b = make_baseline({f, s}, "atscan 0.1.0");
  ASSERT_EQ(b.entries.size(), 1u) << "findings suppressed in source stay out of the baseline";
  std::string json = to_json(b);
  EXPECT_NE(json.find("\"version\": 1"), std::string::npos);
  Baseline back = parse_baseline(json, "b.json");
  EXPECT_EQ(back.version, 1);
  EXPECT_EQ(back.tool, "atscan 0.1.0");
  EXPECT_EQ(back.entries, b.entries);
}

TEST(Baseline, CorruptOrUnknownVersionIsRefusedWithAClearMessage) {
  auto message = [](const std::string& text) {
    try {
      parse_baseline(text, "b.json");
    } catch (const BaselineError& e) {
      return std::string(e.what());
    }
    return std::string("(accepted)");
  };
  EXPECT_NE(message("{not json").find("baseline b.json is not valid JSON"), std::string::npos);
  EXPECT_NE(message("[]").find("expected a JSON object"), std::string::npos);
  EXPECT_NE(message(R"({"findings":[]})").find("missing integer \"version\""), std::string::npos);
  EXPECT_NE(message(R"({"version":2,"findings":[]})").find("newer than this atscan reads (1); upgrade atscan"), std::string::npos);
  EXPECT_NE(message(R"({"version":0,"findings":[]})").find("no longer reads"), std::string::npos);
  EXPECT_NE(message(R"({"version":1})").find("missing array \"findings\""), std::string::npos);
  EXPECT_NE(message(R"({"version":1,"findings":[{"ruleId":"x","file":"f"}]})").find("findings[0]: missing or non-string \"fingerprint\""),
            std::string::npos);
}

TEST(Baseline, HidesKnownFindingsAndReportsOnlyNewOnes) {
  TempTree t;
  t.write("a.reviewfixture", "a.VERIFY_OFF\n");
  t.write("b.reviewfixture", "b.VERIFY_OFF\n");
  auto first = scan(t);
  ASSERT_EQ(first.size(), 2u);
  save_baseline(make_baseline(first, "atscan test"), t.path() / "baseline.json");

  t.write("a.reviewfixture", "// moved down\na.VERIFY_OFF\nnew.VERIFY_OFF\n");
  std::vector<Notification> notes;
  RunSummary summary;
  auto again = scan(t, (t.path() / "baseline.json").string(), &notes, &summary);
  ASSERT_EQ(again.size(), 3u);
  int shown = 0;
  for (const auto& f : again) {
    if (f.suppression) {
      EXPECT_EQ(f.suppression->kind, "external");
    } else {
      ++shown;
      EXPECT_EQ(f.snippet, "new.VERIFY_OFF");
    }
  }
  EXPECT_EQ(shown, 1);
  EXPECT_EQ(summary.baselined, 2);
  for (const auto& n : notes) EXPECT_EQ(n.message.find("baseline entry no longer occurs"), std::string::npos) << n.message;
}

TEST(Baseline, ReportsEntriesThatNoLongerOccur) {
  TempTree t;
  t.write("a.reviewfixture", "a.VERIFY_OFF\n");
  t.write("gone.reviewfixture", "g.VERIFY_OFF\n");
  save_baseline(make_baseline(scan(t), "atscan test"), t.path() / "baseline.json");
  t.write("a.reviewfixture", "fixed\n");
  std::filesystem::remove(t.path() / "gone.reviewfixture");
  std::vector<Notification> notes;
  RunSummary summary;
  auto again = scan(t, (t.path() / "baseline.json").string(), &notes, &summary);
  EXPECT_TRUE(again.empty());
  std::vector<std::string> stale;
  for (const auto& n : notes)
    if (n.message.rfind("baseline entry no longer occurs: ats-verification-disabled", 0) == 0) stale.push_back(n.file);
  EXPECT_EQ(stale, (std::vector<std::string>{"a.reviewfixture", "gone.reviewfixture"}));
}

TEST(Baseline, EntriesOfFilesOutsideThisRunAreNotStale) {
  TempTree t;
  t.write("a.reviewfixture", "a.VERIFY_OFF\n");
  t.write("b.reviewfixture", "b.VERIFY_OFF\n");
  save_baseline(make_baseline(scan(t), "atscan test"), t.path() / "baseline.json");
  // Only a.reviewfixture is passed (as pre-commit does): b's entry is not stale.
  auto a = testing::scan_args(t);
  a.paths = {(t.path() / "a.reviewfixture").string(), (t.path() / "baseline.json").string()};
  a.baseline = (t.path() / "baseline.json").string();
  auto r = cli::scan_with_filters(a, testing::global_options());
  for (const auto& n : r.outcome.notifications) EXPECT_EQ(n.message.find("no longer occurs"), std::string::npos) << n.message;
  EXPECT_EQ(r.outcome.summary.baselined, 1);
}

TEST(Baseline, CorruptFileIsAUsageError) {
  TempTree t;
  t.write("a.reviewfixture", "a.VERIFY_OFF\n");
  t.write("baseline.json", "{\"version\": 1, \"findings\": [");
  auto a = testing::scan_args(t);
  a.baseline = (t.path() / "baseline.json").string();
  try {
    cli::scan_with_filters(a, testing::global_options());
    FAIL() << "a corrupt baseline was accepted";
  } catch (const cli::UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("is not valid JSON"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace atscan
