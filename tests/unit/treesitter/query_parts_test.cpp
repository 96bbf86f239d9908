// A scan compiles the part of a language's queries that its first file can match (QueryParts): the
// part must be smaller than the whole query, serve later files it covers, give way to the whole query
// for a file it does not cover, and yield exactly the facts of the whole query on every fixture.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/model/facts.h"
#include "scanners/scanner.h"
#include "scanners/treesitter/query_library.h"

namespace fs = std::filesystem;
using atscan::ts::CombinedQuery;
using atscan::ts::QueryLibrary;
using atscan::ts::QueryParts;

namespace {

// The policy is process-wide: each test puts back the default.
struct PartsPolicy {
  explicit PartsPolicy(QueryParts p, bool few = true) {
    QueryLibrary::set_parts(p);
    QueryLibrary::set_few_files(few);
  }
  ~PartsPolicy() {
    QueryLibrary::set_parts(QueryParts::first_file);
    QueryLibrary::set_few_files(false);
  }
};

// A C rules folder of its own (a library new to this process): `alpha.scm` (2 patterns) and
// `beta.scm` (6) are gated by the function they name, `any.scm` (1) matches any call.
fs::path c_rules(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("atscan-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries" / "c");
  auto gated = [](const std::string& fn, int n) {
    std::string text;
    for (int i = 0; i < n; ++i)
      text += "((call_expression function: (identifier) @f arguments: (argument_list . (_) @a" + std::to_string(i) +
              ")) (#eq? @f \"" + fn + "\") (#set! kind \"endpoint\"))\n";
    return text;
  };
  std::ofstream(dir / "queries" / "c" / "alpha.scm") << gated("alpha_connect", 2);
  std::ofstream(dir / "queries" / "c" / "beta.scm") << gated("beta_connect", 6);
  std::ofstream(dir / "queries" / "c" / "any.scm") << "((call_expression) @target (#set! kind \"endpoint\"))\n";
  return dir;
}

const std::string kAlpha = "void f(void) { alpha_connect(\"https://a.example\"); }\n";
const std::string kBeta = "void g(void) { beta_connect(\"https://b.example\"); }\n";

size_t index_of(const atscan::ts::LanguageQueries& lq, const std::string& name) {
  for (size_t i = 0; i < lq.files.size(); ++i)
    if (fs::path(lq.files[i]).filename() == name) return i;
  return lq.files.size();
}

TEST(QueryParts, TheFirstFileCompilesThePartItCanMatchAndLaterFilesItCoversUseIt) {
  PartsPolicy policy(QueryParts::first_file);
  const fs::path dir = c_rules("parts-first");
  auto lib = QueryLibrary::load(dir.string());
  const auto* lq = lib->describe("c");
  ASSERT_NE(lq, nullptr);
  EXPECT_FALSE(lib->ready("c"));  // describing compiles nothing
  EXPECT_TRUE(lib->compile_seconds().empty());
  EXPECT_EQ(lq->files_for(kAlpha)[index_of(*lq, "alpha.scm")], 1);
  EXPECT_EQ(lq->files_for(kAlpha)[index_of(*lq, "beta.scm")], 0);
  EXPECT_EQ(lq->files_for(kAlpha)[index_of(*lq, "any.scm")], 1);
  EXPECT_FALSE(lib->ready_for("c", kAlpha));
  std::string error;
  const CombinedQuery* part = lib->query_for("c", kAlpha, error);
  ASSERT_NE(part, nullptr) << error;
  ASSERT_TRUE(part->query.has_value());
  EXPECT_EQ(part->query->patterns.size(), 3u);  // alpha's two and any's one
  EXPECT_FALSE(lib->ready("c"));               // still not the whole query
  EXPECT_TRUE(lib->ready_for("c", kAlpha));
  EXPECT_EQ(lib->query_for("c", kAlpha + "int x;\n", error), part);  // a text that needs no more
  EXPECT_EQ(lib->compile_seconds().count("c"), 1u);
  // A text that needs a file the part left out: the whole query, which then serves every text.
  EXPECT_FALSE(lib->ready_for("c", kBeta));
  const CombinedQuery* whole = lib->query_for("c", kBeta, error);
  ASSERT_NE(whole, nullptr) << error;
  EXPECT_TRUE(lib->ready("c"));
  EXPECT_EQ(whole, &lib->find("c")->all);
  EXPECT_EQ(whole->query->patterns.size(), 9u);
  EXPECT_EQ(lib->query_for("c", kAlpha, error), whole);
  fs::remove_all(dir);
}

// The shipped C rules: OpenSSL's patterns that test marks only are gated through the marks (the verify
// result marks start at SSL_get_verify_result), so a curl file's part holds neither openssl.scm nor
// _marks.scm, and a file that compares SSL_get_verify_result gets both.
TEST(QueryParts, APartHoldsTheMarksOnlyWhenOneOfItsFilesAsksForThem) {
  PartsPolicy policy(QueryParts::each_file);
  // A copy: the library of the shipped folder may have compiled its whole C query in another test.
  const fs::path dir = fs::temp_directory_path() / ("atscan-marks-parts-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries");
  fs::copy(ATSCAN_SOURCE_DIR "/rules/queries/c", dir / "queries" / "c");
  auto lib = QueryLibrary::load(dir.string());
  const auto* lq = lib->describe("c");
  ASSERT_NE(lq, nullptr);
  const size_t openssl = index_of(*lq, "openssl.scm");
  ASSERT_LT(openssl, lq->files.size());
  ASSERT_TRUE(lq->gates[openssl].has_value());
  EXPECT_NE(std::find(lq->gates[openssl]->begin(), lq->gates[openssl]->end(), "SSL_get_verify_result"), lq->gates[openssl]->end());
  EXPECT_TRUE(lq->asks_marks[openssl]);
  auto has_marks = [](const CombinedQuery& q) {
    return std::find(q.origin.begin(), q.origin.end(), CombinedQuery::kMark) != q.origin.end();
  };
  std::string error;
  const std::string curl = "void f(CURL *h) { curl_easy_setopt(h, CURLOPT_CAINFO, \"/etc/ca.pem\"); }\n";
  EXPECT_EQ(lq->files_for(curl)[openssl], 0);
  const CombinedQuery* part = lib->query_for("c", curl, error);
  ASSERT_NE(part, nullptr) << error;
  EXPECT_FALSE(has_marks(*part));
  const std::string checks = "int ok(SSL *s) { long r = SSL_get_verify_result(s); if (r == X509_V_OK) return 1; return 0; }\n";
  EXPECT_EQ(lq->files_for(checks)[openssl], 1);
  const CombinedQuery* with = lib->query_for("c", checks, error);
  ASSERT_NE(with, nullptr) << error;
  EXPECT_TRUE(has_marks(*with));
  fs::remove_all(dir);
}

// Whether the first query a new library of c_rules() gives for `text` is its whole query.
bool whole_first(QueryParts parts, bool few, const std::string& text, const std::string& name) {
  PartsPolicy policy(parts, few);
  const fs::path dir = c_rules(name);
  auto lib = QueryLibrary::load(dir.string());
  std::string error;
  const bool whole = lib->query_for("c", text, error) == &lib->find("c")->all;
  fs::remove_all(dir);
  return whole;
}

TEST(QueryParts, AScanThatExpectsManyFilesCompilesTheWholeQuery) {
  EXPECT_TRUE(whole_first(QueryParts::first_file, /*few=*/false, kAlpha, "parts-many"));
  EXPECT_FALSE(whole_first(QueryParts::first_file, /*few=*/true, kAlpha, "parts-few"));
}

TEST(QueryParts, APartOfMoreThanTwoThirdsOfThePatternNodesIsNotCompiledFirst) {
  // beta and any: 32 of the 42 pattern nodes (alpha 2 × 5, beta 6 × 5, any 2), so the whole query.
  EXPECT_TRUE(whole_first(QueryParts::first_file, /*few=*/true, kBeta, "parts-half"));
}

TEST(QueryParts, WholeCompilesEverythingAtOnceAndEachFileGetsItsOwnPart) {
  EXPECT_TRUE(whole_first(QueryParts::whole, /*few=*/true, kAlpha, "parts-whole"));
  PartsPolicy policy(QueryParts::each_file);
  const fs::path dir = c_rules("parts-each");
  auto lib = QueryLibrary::load(dir.string());
  std::string error;
  const CombinedQuery* alpha = lib->query_for("c", kAlpha, error);
  const CombinedQuery* beta = lib->query_for("c", kBeta, error);
  ASSERT_NE(alpha, nullptr);
  ASSERT_NE(beta, nullptr);
  EXPECT_NE(alpha, beta);
  EXPECT_EQ(beta->query->patterns.size(), 7u);
  EXPECT_FALSE(lib->ready("c"));
  fs::remove_all(dir);
}

TEST(QueryParts, AQueryFileThatDoesNotCompileIsReportedForTheFileThatNeedsIt) {
  PartsPolicy policy(QueryParts::each_file);
  const fs::path dir = c_rules("parts-broken");
  // Gated by gamma_connect; its second pattern names a node C does not have.
  std::ofstream(dir / "queries" / "c" / "gamma.scm")
      << "((call_expression function: (identifier) @f) (#eq? @f \"gamma_connect\"))\n"
         "((no_such_node) @f (#eq? @f \"gamma_connect\"))\n";
  auto lib = QueryLibrary::load(dir.string());
  std::string error;
  EXPECT_NE(lib->query_for("c", kAlpha, error), nullptr) << error;  // it does not need the broken file
  EXPECT_EQ(lib->query_for("c", "void h(void) { gamma_connect(); }\n", error), nullptr);
  EXPECT_NE(error.find("gamma.scm"), std::string::npos) << error;
  fs::remove_all(dir);
}

// Every fixture of every language with queries: the facts of the file's own part are those of the
// whole query (the gates are sound on every pattern the rules hold).
TEST(QueryParts, EveryFixtureGetsTheSameFactsFromItsPartAsFromTheWholeQuery) {
  std::unique_ptr<atscan::Scanner> ts;
  for (const auto& [name, make] : atscan::registered_scanners())
    if (name == "TreeSitterScanner") ts = make();
  ASSERT_NE(ts, nullptr);
  ts->prepare(atscan::ScanConfig{ATSCAN_SOURCE_DIR "/rules"});
  size_t compared = 0;
  for (const auto& lang : fs::directory_iterator(ATSCAN_SOURCE_DIR "/rules/queries")) {
    const fs::path dir = fs::path(ATSCAN_SOURCE_DIR "/tests/fixtures") / lang.path().filename();
    if (!fs::is_directory(dir)) continue;
    for (const auto& f : fs::recursive_directory_iterator(dir)) {
      if (!f.is_regular_file()) continue;
      std::ifstream in(f.path(), std::ios::binary);
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      const atscan::SourceFile src{f.path().filename().string(), f.path().string(), text};
      if (!ts->wants(src)) continue;
      auto scan = [&](QueryParts parts) {
        PartsPolicy policy(parts);
        atscan::FileFacts facts;
        std::vector<atscan::ScanNote> notes;
        ts->scan(src, facts, notes);
        return facts;
      };
      EXPECT_EQ(scan(QueryParts::each_file), scan(QueryParts::whole)) << f.path();
      ++compared;
    }
  }
  EXPECT_GT(compared, 60u);  // 77 when written
}

}  // namespace
