// The catalog is the one source of rule ids: every query names catalog rules, every rule has a
// positive and a negative fixture, query files follow one naming scheme, and the C++ header generated
// from rules/*.yaml agrees with the catalog the binaries load.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "atscan/rule_ids.h"
#include "core/catalog/catalog.h"
#include "tests/common/fixture_annotations.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;

const fs::path kSource = ATSCAN_SOURCE_DIR;

const Catalog& catalog() {
  static const Catalog c = Catalog::load(kSource / "rules");
  return c;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> query_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(kSource / "rules" / "queries"))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// `#set! rule "ats-…"` ids of a query file.
std::set<std::string> rules_set_in(const fs::path& scm) {
  static const std::regex set_rule(R"re(#set!\s+rule\s+"([^"]*)")re");
  const std::string text = slurp(scm);
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), set_rule); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  return out;
}

TEST(CatalogLint, EveryQueryRuleIdIsInTheCatalog) {
  for (const auto& f : query_files())
    for (const auto& id : rules_set_in(f)) EXPECT_NE(catalog().find(id), nullptr) << f << ": unknown rule id '" << id << "' in #set! rule";
}

// One naming scheme for rules/queries/<language>/: kebab-case `.scm` files named after the rule they
// set (its id without `ats-`: they set that rule only), after a library or framework (any rules),
// `endpoints.scm` (no rule), or `_`-prefixed shared parts that set no rule (`_constants.scm`,
// `_marks.scm`, `_inherits`).
TEST(CatalogLint, QueryFilesFollowTheNamingScheme) {
  static const std::regex kebab(R"([a-z0-9]+(-[a-z0-9]+)*\.scm)");
  std::set<std::string> rule_stems;
  for (const auto& r : catalog().rules()) rule_stems.insert(r.id.substr(4));
  for (const auto& f : query_files()) {
    const std::string name = f.filename().string();
    const std::string language = f.parent_path().filename().string();
    EXPECT_EQ(f.parent_path().parent_path(), kSource / "rules" / "queries") << f << ": queries live in rules/queries/<language>/";
    if (name == "_inherits") continue;
    if (name[0] == '_') {
      EXPECT_TRUE(std::regex_match(name.substr(1), kebab)) << language << "/" << name << ": not a kebab-case .scm name";
      EXPECT_TRUE(rules_set_in(f).empty()) << language << "/" << name << ": a shared part sets no rule";
      continue;
    }
    ASSERT_TRUE(std::regex_match(name, kebab)) << language << "/" << name << ": not a kebab-case .scm name";
    const std::string stem = f.stem().string();
    const auto ids = rules_set_in(f);
    if (stem == "endpoints") {
      EXPECT_TRUE(ids.empty()) << language << "/" << name << ": endpoints.scm sets no rule";
    } else if (rule_stems.count(stem)) {
      for (const auto& id : ids) EXPECT_EQ(id, "ats-" + stem) << language << "/" << name << " is named after a rule but sets " << id;
    } else {
      for (const auto& r : rule_stems)
        EXPECT_EQ(stem.find(r), std::string::npos) << language << "/" << name << ": looks like rule " << r << " but is not named exactly after it";
      EXPECT_FALSE(ids.empty()) << language << "/" << name << ": a library query file sets at least one rule";
    }
  }
}

// Every annotated fixture: tests/fixtures/** and the Clang fixtures (binary and malformed inputs aside).
std::map<std::string, std::pair<int, int>> fixture_counts() {
  std::map<std::string, std::pair<int, int>> counts;  // id → (positive, negative)
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(kSource / "tests" / "fixtures")) {
    const std::string rel = fs::relative(e.path(), kSource / "tests" / "fixtures").generic_string();
    if (e.is_regular_file() && rel.find("/malformed/") == std::string::npos && rel.find("/apple-binary/") == std::string::npos)
      files.push_back(e.path());
  }
  for (const auto& e : fs::directory_iterator(kSource / "tests" / "clang")) {
    const auto ext = e.path().extension();
    if ((ext == ".c" || ext == ".cpp") && e.path().filename() != "fixture.cpp" && e.path().filename() != "doors_test.cpp")
      files.push_back(e.path());
  }
  for (const auto& f : files)
    for (const auto& e : testing::read_annotations(f.string()).findings) {
      if (e.only != testing::Engine::any) continue;
      if (e.expect == testing::Expect::present) ++counts[e.rule_id].first;
      if (e.expect == testing::Expect::absent) ++counts[e.rule_id].second;
    }
  return counts;
}

TEST(CatalogLint, EveryRuleHasPositiveAndNegativeFixtures) {
  const auto counts = fixture_counts();
  for (const auto& r : catalog().rules()) {
    auto it = counts.find(r.id);
    const int pos = it == counts.end() ? 0 : it->second.first, neg = it == counts.end() ? 0 : it->second.second;
    EXPECT_GT(pos, 0) << r.id << " has no positive fixture (ruleid[…]: " << r.id << ")";
    EXPECT_GT(neg, 0) << r.id << " has no negative fixture (ok: " << r.id << ")";
  }
  for (const auto& [id, n] : counts) EXPECT_NE(catalog().find(id), nullptr) << "fixtures annotate unknown rule " << id;
}

TEST(CatalogLint, GeneratedHeaderMatchesTheCatalog) {
  std::set<std::pair<std::string, Severity>> generated, loaded;
  for (const auto& d : rule_ids::kAll) generated.insert({std::string(d.id), d.severity});
  for (const auto& r : catalog().rules()) loaded.insert({r.id, r.severity});
  EXPECT_EQ(generated, loaded);
  std::set<std::string> c_cpp(rule_ids::kCAndCpp.begin(), rule_ids::kCAndCpp.end());
  for (const auto& r : catalog().rules()) {
    const bool listed = std::count(r.languages.begin(), r.languages.end(), "c") || std::count(r.languages.begin(), r.languages.end(), "cpp");
    EXPECT_EQ(c_cpp.count(r.id) > 0, listed) << r.id;
  }
}

}  // namespace
}  // namespace atscan
