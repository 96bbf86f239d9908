#include "scanners/treesitter/query_library.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using atscan::ts::QueryLibrary;

TEST(QueryLibrary, EveryShippedQueryCompiles) {
  auto lib = QueryLibrary::load(ATSCAN_SOURCE_DIR "/rules");
  EXPECT_NO_THROW(lib->compile_all());
  for (const char* lang : {"python", "java", "go", "javascript", "c", "cpp"}) {
    ASSERT_TRUE(lib->has(lang)) << lang;
    const auto* lq = lib->find(lang);
    ASSERT_NE(lq, nullptr) << lang;
    EXPECT_FALSE(lq->files.empty()) << lang;
  }
  EXPECT_FALSE(lib->has("cobol"));
}

// A rules folder of its own (a library new to this process): Go queries that compile and a Python
// query that does not, on its line 2.
fs::path go_ok_python_broken(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("atscan-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries" / "python");
  fs::create_directories(dir / "queries" / "go");
  std::ofstream(dir / "queries" / "python" / "bad.scm") << "; comment\n((call function: (no_such_node)) @x)\n";
  std::ofstream(dir / "queries" / "go" / "ok.scm") << "((call_expression) @target (#set! kind \"endpoint\"))\n";
  return dir;
}

TEST(QueryLibrary, ABrokenQueryIsReportedWithFileLineAndColumnAndOthersStillLoad) {
  const fs::path dir = go_ok_python_broken("broken-queries");
  auto lib = QueryLibrary::load(dir.string());
  EXPECT_EQ(lib->find("python"), nullptr);
  auto error = lib->compile_error("python");
  EXPECT_NE(error.find("bad.scm:2:"), std::string::npos) << error;
  EXPECT_NE(error.find("unknown node type"), std::string::npos) << error;
  EXPECT_NE(lib->find("go"), nullptr);
  EXPECT_THROW(lib->compile_all(), std::runtime_error);
  fs::remove_all(dir);
}

TEST(QueryLibrary, AFolderWithoutAGrammarIsRejectedAtLoad) {
  fs::path dir = fs::temp_directory_path() / ("atscan-no-grammar-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries" / "cobol");
  EXPECT_THROW(QueryLibrary::load(dir.string()), std::runtime_error);
  fs::remove_all(dir);
}

TEST(QueryLibrary, InheritedQueriesCompileAgainstTheChildGrammarAndSameNamesOverride) {
  fs::path dir = fs::temp_directory_path() / ("atscan-inherits-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries" / "javascript");
  fs::create_directories(dir / "queries" / "typescript");
  std::ofstream(dir / "queries" / "javascript" / "a.scm") << "((call_expression) @target (#set! kind \"endpoint\"))\n";
  std::ofstream(dir / "queries" / "javascript" / "b.scm") << "((string) @target (#set! kind \"endpoint\"))\n";
  std::ofstream(dir / "queries" / "typescript" / "_inherits") << "# TypeScript is a superset\njavascript\n";
  std::ofstream(dir / "queries" / "typescript" / "b.scm") << "((type_annotation) @target (#set! kind \"endpoint\"))\n";
  auto lib = QueryLibrary::load(dir.string());
  const auto* ts = lib->find("typescript");
  ASSERT_NE(ts, nullptr) << lib->compile_error("typescript");
  ASSERT_EQ(ts->files.size(), 2u);
  EXPECT_NE(ts->files[0].find("javascript/a.scm"), std::string::npos);
  EXPECT_NE(ts->files[1].find("typescript/b.scm"), std::string::npos);  // replaced, not duplicated
  fs::remove_all(dir);
}

TEST(QueryLibrary, InheritingAMissingFolderIsRejectedAtLoad) {
  fs::path dir = fs::temp_directory_path() / ("atscan-inherits-missing-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "queries" / "tsx");
  std::ofstream(dir / "queries" / "tsx" / "_inherits") << "nosuch\n";
  EXPECT_THROW(QueryLibrary::load(dir.string()), std::runtime_error);
  fs::remove_all(dir);
}

TEST(QueryLibrary, ALanguageCompiledInTheBackgroundIsReadyOnceFindReturns) {
  const fs::path dir = go_ok_python_broken("background");
  auto lib = QueryLibrary::load(dir.string());
  EXPECT_TRUE(lib->ready("cobol"));  // nothing to compile: find() does not wait
  EXPECT_FALSE(lib->ready("go"));
  lib->compile_in_background("go");
  lib->compile_in_background("go");  // asked twice, compiled once
  ASSERT_NE(lib->find("go"), nullptr);  // waits for the background compile
  EXPECT_TRUE(lib->ready("go"));
  // A query that does not compile is ready too: find() gives its error at once.
  lib->compile_in_background("python");
  EXPECT_EQ(lib->find("python"), nullptr);
  EXPECT_TRUE(lib->ready("python"));
  EXPECT_NE(lib->compile_error("python").find("bad.scm:2:"), std::string::npos) << lib->compile_error("python");
  fs::remove_all(dir);
}

// A rules folder of its own (a library new to this process) holding `files`: "language/name.scm" → text.
fs::path rules_folder(const std::string& name, const std::map<std::string, std::string>& files) {
  fs::path dir = fs::temp_directory_path() / ("atscan-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  for (const auto& [path, text] : files) {
    fs::create_directories((dir / "queries" / path).parent_path());
    std::ofstream(dir / "queries" / path) << text;
  }
  return dir;
}

TEST(QueryLibrary, TheMarksQueryAloneIsCompiledOnlyWhenAskedForAndAllHoldsItsPatterns) {
  const fs::path dir = rules_folder(
      "marks", {{"go/ok.scm", "((call_expression) @target (#set! kind \"endpoint\"))\n"},
                {"go/_marks.scm", "((identifier) @mark (#set! mark \"a\"))\n((interpreted_string_literal) @mark (#set! mark \"b\"))\n"},
                {"python/ok.scm", "((call) @target (#set! kind \"endpoint\"))\n"}});
  auto lib = QueryLibrary::load(dir.string());
  const auto* go = lib->find("go");
  ASSERT_NE(go, nullptr) << lib->compile_error("go");
  // `all`: the fact pattern, then the two mark patterns.
  ASSERT_TRUE(go->all.query.has_value());
  EXPECT_EQ(go->all.origin, (std::vector<int>{0, atscan::ts::CombinedQuery::kMark, atscan::ts::CombinedQuery::kMark}));
  const auto* marks = go->marks();
  ASSERT_NE(marks, nullptr);
  EXPECT_EQ(marks->patterns.size(), 2u);
  EXPECT_EQ(marks->patterns[1].settings.at("mark"), "b");
  EXPECT_EQ(go->marks(), marks);  // compiled once
  const auto* py = lib->find("python");
  ASSERT_NE(py, nullptr);
  EXPECT_EQ(py->marks(), nullptr);  // no _marks.scm
  fs::remove_all(dir);
}

// The error of a Go folder holding a good query file and `file` with `text`: the folder must not load.
std::string go_folder_error(const std::string& name, const std::string& file, const std::string& text) {
  const fs::path dir = rules_folder(name, {{"go/ok.scm", "((call_expression) @target (#set! kind \"endpoint\"))\n"}, {"go/" + file, text}});
  auto lib = QueryLibrary::load(dir.string());
  const std::string error = lib->find("go") ? "(loaded)" : lib->compile_error("go");
  fs::remove_all(dir);
  return error;
}

TEST(QueryLibrary, ABrokenMarksQueryIsReportedAtItsOwnLine) {
  const std::string error = go_folder_error("marks-broken", "_marks.scm", "((identifier) @mark (#set! mark \"a\"))\n((no_such_node) @mark)\n");
  EXPECT_NE(error.find("_marks.scm:2:"), std::string::npos) << error;
}

// Two rule files whose patterns have one shape and differ in predicates and capture names: compiled
// once, each match handed on as each pattern as written, with its own captures and settings.
TEST(QueryLibrary, PatternsOfOneShapeCompileOnceAndEachKeepsItsCapturesAndPredicates) {
  const fs::path dir = rules_folder(
      "shapes", {{"go/a.scm",
                  "((call_expression function: (identifier) @fn arguments: (argument_list (interpreted_string_literal) @url))\n"
                  " (#eq? @fn \"get\") (#set! kind \"endpoint\"))\n"},
                 {"go/b.scm",
                  "; the same call shape, other names\n((call_expression function: (identifier) @callee\n"
                  "   arguments: (argument_list (interpreted_string_literal) @path)) (#eq? @callee \"load\") (#set! kind \"ca-bundle\"))\n"
                  "((identifier) @name (#eq? @name \"x\"))\n"}});
  auto lib = QueryLibrary::load(dir.string());
  const auto* go = lib->find("go");
  ASSERT_NE(go, nullptr) << lib->compile_error("go");
  const auto& all = go->all;
  ASSERT_TRUE(all.query.has_value());
  EXPECT_EQ(ts_query_pattern_count(all.query->query), 2u);  // two shapes
  ASSERT_EQ(all.query->patterns.size(), 3u);                // three patterns as written
  EXPECT_EQ(all.origin, (std::vector<int>{0, 1, 1}));
  EXPECT_EQ(all.query->patterns[0].settings.at("kind"), "endpoint");
  EXPECT_EQ(all.query->patterns[1].settings.at("kind"), "ca-bundle");

  const std::string source = "package p\nfunc f() { get(\"https://a\"); load(\"ca.pem\") }\n";
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, go->grammar);
  TSTree* tree = ts_parser_parse_string(parser, nullptr, source.data(), static_cast<uint32_t>(source.size()));
  TSQueryCursor* cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, all.query->query, ts_tree_root_node(tree));
  std::vector<std::string> seen;  // pattern: capture=text ...
  std::vector<TSQueryCapture> scratch;
  TSQueryMatch compiled;
  while (ts_query_cursor_next_match(cursor, &compiled))
    all.each_match(compiled, scratch, [&](const TSQueryMatch& m) {
      std::string s = std::to_string(m.pattern_index) + ":";
      for (uint16_t i = 0; i < m.capture_count; ++i) {
        const TSNode n = m.captures[i].node;
        s += " " + all.query->capture_names[m.captures[i].index] + "=" +
             source.substr(ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
      }
      seen.push_back(s);
    });
  ts_query_cursor_delete(cursor);
  ts_tree_delete(tree);
  ts_parser_delete(parser);
  // Each call matches both call patterns (predicates are the caller's to test), each with its names.
  const std::vector<std::string> calls = {"0: fn=get url=\"https://a\"", "1: callee=get path=\"https://a\"",
                                          "0: fn=load url=\"ca.pem\"", "1: callee=load path=\"ca.pem\""};
  for (const auto& c : calls) EXPECT_NE(std::find(seen.begin(), seen.end(), c), seen.end()) << c;
  // The #eq? of each pattern refers to its own capture.
  const auto& p1 = all.query->patterns[1].predicates;
  ASSERT_EQ(p1.size(), 1u);
  EXPECT_EQ(all.query->capture_names[p1[0].capture], "callee");
  EXPECT_EQ(p1[0].values, (std::vector<std::string>{"load"}));
  fs::remove_all(dir);
}

TEST(QueryLibrary, ShippedCAndCppQueriesCompileFewerShapesThanPatterns) {
  auto lib = QueryLibrary::load(ATSCAN_SOURCE_DIR "/rules");
  for (const char* lang : {"c", "cpp"}) {
    const auto* lq = lib->find(lang);
    ASSERT_NE(lq, nullptr) << lang;
    ASSERT_TRUE(lq->all.query.has_value());
    const uint32_t compiled = ts_query_pattern_count(lq->all.query->query);
    EXPECT_LT(compiled * 4, lq->all.query->patterns.size() * 3) << lang << ": " << compiled << " of " << lq->all.query->patterns.size();
    EXPECT_EQ(lq->all.members.size(), compiled) << lang;
    EXPECT_EQ(lq->all.origin.size(), lq->all.query->patterns.size()) << lang;
  }
  // Every shipped folder is read by shape (none falls back to compiling the text as written).
  for (const auto& e : fs::directory_iterator(ATSCAN_SOURCE_DIR "/rules/queries")) {
    const std::string lang = e.path().filename().string();
    const auto* lq = lib->find(lang);
    ASSERT_NE(lq, nullptr) << lang;
    if (lq->all.query) EXPECT_FALSE(lq->all.members.empty()) << lang;
    if (lq->endpoints().query) EXPECT_FALSE(lq->endpoints().members.empty()) << lang;
  }
}

// A pattern the shape reader does not know (a bare wildcard) leaves the folder compiled as written.
TEST(QueryLibrary, TextTheShapeReaderDoesNotKnowIsCompiledAsWritten) {
  const fs::path dir = rules_folder("shapes-fallback", {{"go/a.scm", "((call_expression) @target (#set! kind \"endpoint\"))\n"},
                                                        {"go/b.scm", "_ @any\n"}});
  auto lib = QueryLibrary::load(dir.string());
  const auto* go = lib->find("go");
  ASSERT_NE(go, nullptr) << lib->compile_error("go");
  EXPECT_TRUE(go->all.members.empty());
  EXPECT_EQ(ts_query_pattern_count(go->all.query->query), 2u);
  EXPECT_EQ(go->all.origin, (std::vector<int>{0, 1}));
  EXPECT_EQ(go->all.query->patterns[0].settings.at("kind"), "endpoint");
  fs::remove_all(dir);
}

// A NUL byte in a query file (a damaged rules folder) is an error at its line, never handed to
// tree-sitter, which reads past a node name for a quoted name that holds one.
TEST(QueryLibrary, AQueryFileWithANulByteIsReportedAtItsLine) {
  const std::string error = go_folder_error("nul", "bad.scm", std::string("; damaged\n(\"a\0b\" @x)\n", 21));
  EXPECT_NE(error.find("bad.scm:2:4: query holds a NUL byte"), std::string::npos) << error;
}

// tree-sitter never finishes compiling a '+' after a '?' or '*' quantifier: the file is an error at
// that '+', and the scan goes on (it used to hang).
TEST(QueryLibrary, AQuantifierTreeSitterNeverFinishesIsReportedAtItsPlace) {
  const std::string error = go_folder_error("stacked", "bad.scm", "; damaged\n(identifier)? @x +\n");
  EXPECT_NE(error.find("bad.scm:2:18: query puts '+' after a '?' or '*' quantifier"), std::string::npos) << error;
}
