// The vectorscan databases the build compiles for the shipped rules (core/util/prebuilt_databases.h):
// every one the rules need is there, a prefilter or regex with the same expressions uses them, and
// they give the answers a database compiled at run time gives.
#include "core/util/prebuilt_databases.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/util/linear_regex.h"
#include "scanners/prefilter/prefilter.h"
#include "scanners/treesitter/query_library.h"

namespace atscan {
namespace {

const Catalog& shipped_catalog() {
  static const Catalog c = Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  return c;
}

// Puts another table in place for the life of the object (the registry is process-wide).
class TableSwap {
 public:
  TableSwap(const PrebuiltDatabase* table, size_t count) : saved_(registered_prebuilt_databases()) { register_prebuilt_databases(table, count); }
  ~TableSwap() { register_prebuilt_databases(saved_.first, saved_.second); }

 private:
  std::pair<const PrebuiltDatabase*, size_t> saved_;
};

// A table of one entry: `bytes` under `key` (both must outlive it).
PrebuiltDatabase entry(const std::string& key, const std::string& bytes) {
  return {reinterpret_cast<const unsigned char*>(key.data()), key.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()};
}

std::vector<std::string> example_texts() {
  std::vector<std::string> out{"", "plain text without any trigger", "curl_easy_setopt(h, CURLOPT_CAINFO, \"ca.pem\");",
                               "requests.get(url, verify=False)", "'MIIBIjANBgkq'", "x = {'verify': True}"};
  for (const auto& e : std::filesystem::recursive_directory_iterator(ATSCAN_SOURCE_DIR "/examples")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    out.push_back(s.str());
  }
  return out;
}

TEST(PrebuiltDatabases, TheShippedCatalogsPrefilterLoadsThemAndAgreesWithACompiledOne) {
  const auto literals = shipped_catalog().trigger_literals();
  const auto patterns = shipped_catalog().trigger_patterns();
  Prefilter prebuilt(literals, patterns);
  prebuilt.compile_patterns();
  EXPECT_TRUE(prebuilt.prebuilt());
  const TableSwap none(nullptr, 0);
  Prefilter compiled(literals, patterns);
  compiled.compile_patterns();
  EXPECT_FALSE(compiled.prebuilt());
  const auto texts = example_texts();
  ASSERT_GT(texts.size(), 10u);
  size_t hits = 0;
  for (const auto& t : texts) {
    EXPECT_EQ(prebuilt.matches(t), compiled.matches(t)) << t.substr(0, 200);
    EXPECT_EQ(prebuilt.matched_literals(t), compiled.matched_literals(t)) << t.substr(0, 200);
    hits += compiled.matches(t);
  }
  EXPECT_GT(hits, 3u);  // the comparison covered files that pass as well as files that do not
}

TEST(PrebuiltDatabases, OtherLiteralsAreCompiledNotLoaded) {
  auto literals = shipped_catalog().trigger_literals();
  literals.push_back("a-literal-no-rule-has");
  const Prefilter p(literals, shipped_catalog().trigger_patterns());
  EXPECT_FALSE(p.prebuilt());
  EXPECT_TRUE(p.matches("this line has A-LITERAL-NO-RULE-HAS in it"));
}

// Every regex of the shipped queries' #match? predicates has both its databases in the build's table.
TEST(PrebuiltDatabases, EveryRegexOfTheShippedQueriesIsInTheTable) {
  const auto lib = ts::QueryLibrary::load(ATSCAN_SOURCE_DIR "/rules");
  size_t regexes = 0;
  auto check = [&](const ts::QueryFile* q) {
    if (!q) return;
    for (const auto& pattern : q->patterns)
      for (const auto& predicate : pattern.predicates)
        if (predicate.regex) {
          ++regexes;
          for (const auto& [key, bytes] : predicate.regex->serialized_databases())
            EXPECT_FALSE(find_prebuilt_database(key).empty()) << predicate.regex->pattern();
        }
  };
  for (const auto& language : lib->languages()) {
    const ts::LanguageQueries* lq = lib->find(language);
    ASSERT_NE(lq, nullptr) << lib->compile_error(language);
    check(lq->all.query ? &*lq->all.query : nullptr);
    check(lq->marks());
  }
  EXPECT_GT(regexes, 50u);
}

// A regex whose key is in the table takes the table's bytes instead of compiling its own: here the
// entry for "alpha" holds the database of "beta", and the regex answers as "beta" would.
TEST(PrebuiltDatabases, ARegexUsesTheTablesBytesForItsKey) {
  const auto alpha_keys = LinearRegex("alpha").serialized_databases();
  const auto beta_bytes = LinearRegex("beta").serialized_databases();
  const std::string& key = alpha_keys[0].first;  // the search database
  const std::string& bytes = beta_bytes[0].second;
  const PrebuiltDatabase table[] = {entry(key, bytes)};
  const TableSwap swap(table, 1);
  const LinearRegex alpha("alpha");
  EXPECT_TRUE(alpha.search("it says beta"));
  EXPECT_FALSE(alpha.search("it says alpha"));
}

TEST(PrebuiltDatabases, BytesThatDoNotLoadAreIgnoredAndTheRegexCompiles) {
  const auto keys = LinearRegex("gamma").serialized_databases();
  const std::string garbage = "not a vectorscan database";
  const PrebuiltDatabase table[] = {entry(keys[0].first, garbage)};
  const TableSwap swap(table, 1);
  const LinearRegex gamma("gamma");
  EXPECT_TRUE(gamma.search("a gamma ray"));
  EXPECT_FALSE(gamma.search("a delta ray"));
}

TEST(PrebuiltDatabases, KeysNameExpressionsAndFlagsInOrder) {
  EXPECT_NE(database_key({"a", "b"}, {1, 2}), database_key({"b", "a"}, {2, 1}));
  EXPECT_NE(database_key({"a"}, {1}), database_key({"a"}, {2}));
  EXPECT_EQ(database_key({"a"}, {1}), database_key({"a"}, {1}));
}

}  // namespace
}  // namespace atscan
