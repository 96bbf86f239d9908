// A query file is left out of the query run on a file only when none of its literals is in that file:
// the gate must be sound (a capture that a match may lack, or a literal written with an escape, gates
// nothing) and it must exist for the API files of the shipped rules, or a one-file scan gains nothing.
#include "scanners/treesitter/query_gates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace atscan::ts {
namespace {

std::optional<std::vector<std::string>> gate_of(const std::string& text) {
  auto p = split_patterns(text);
  if (!p || p->size() != 1) return std::nullopt;
  return pattern_gate(p->front());
}

TEST(QueryGates, EveryMatchHasTheCapturesOutsideQuantifiersAndBranches) {
  // @c0 on a node, @c1 inside it, @c2 under `?`, @c3 under `*`, @c4 in an alternation branch, @c5 on the
  // alternation itself, @c6 under `+` (at least once).
  const auto m = mandatory_captures(
      "((call_expression function: (identifier) @c0 arguments: (argument_list . (_) @c1 (comment)? @c2 (string)* @c3 "
      "[(number_literal) @c4 (true)] @c5 (identifier)+ @c6)))");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(*m, (std::vector<size_t>{0, 1, 5, 6}));
  // Inside an optional group everything may be missing.
  const auto g = mandatory_captures("((call (argument_list ((identifier) @c0 (string) @c1)?) @c2))");
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(*g, (std::vector<size_t>{2}));
}

TEST(QueryGates, ShapesThisReaderDoesNotKnowAreNotRead) {
  EXPECT_FALSE(mandatory_captures("((expression/identifier) @c0)").has_value());  // a supertype
  EXPECT_FALSE(mandatory_captures("((call) @c0").has_value());                    // unbalanced
  EXPECT_FALSE(mandatory_captures("(call ?)").has_value());                        // a quantifier on nothing
}

TEST(QueryGates, AnEqOrAnyOfOnACaptureEveryMatchHasGatesThePattern) {
  EXPECT_EQ(gate_of("((call_expression function: (identifier) @f) (#eq? @f \"curl_easy_setopt\") (#set! kind \"x\"))"),
            (std::vector<std::string>{"curl_easy_setopt"}));
  EXPECT_EQ(gate_of("((call_expression function: (identifier) @f) (#any-of? @f \"SSL_CTX_new\" \"SSL_new\"))"),
            (std::vector<std::string>{"SSL_CTX_new", "SSL_new"}));
  // The first predicate that gates is taken; a #match? with no run before it gates nothing.
  EXPECT_EQ(gate_of("((call function: (identifier) @f arguments: (_) @a) (#match? @a \"^.*$\") (#eq? @f \"load\"))"),
            (std::vector<std::string>{"load"}));
}

TEST(QueryGates, PredicatesThatNeedNoLiteralGateNothing) {
  EXPECT_FALSE(gate_of("((string) @s (#match? @s \"^[0-9]+$\"))").has_value());
  EXPECT_FALSE(gate_of("((identifier) @a (#not-eq? @a \"x\"))").has_value());
  EXPECT_FALSE(gate_of("((pair key: (_) @k value: (_) @v) (#eq? @k @v))").has_value());  // two captures
  EXPECT_FALSE(gate_of("((call (identifier)? @f) (#eq? @f \"connect\"))").has_value());  // may be missing
  EXPECT_FALSE(gate_of("((call [(identifier) @f (string)]) (#eq? @f \"connect\"))").has_value());
  EXPECT_FALSE(gate_of("((identifier) @f (#eq? @f \"a\\\"b\"))").has_value());  // written with an escape
  EXPECT_FALSE(gate_of("(identifier) @f").has_value());                          // no predicate at all
}

TEST(QueryGates, AFileIsGatedOnlyWhenEveryPatternIs) {
  const std::string gated =
      "((call_expression function: (identifier) @f) (#eq? @f \"curl_easy_setopt\"))\n"
      "; a comment between patterns\n"
      "((call_expression function: (identifier) @g) (#any-of? @g \"curl_easy_init\" \"curl_easy_setopt\"))\n";
  EXPECT_EQ(file_gate(gated), (std::vector<std::string>{"curl_easy_init", "curl_easy_setopt"}));
  EXPECT_FALSE(file_gate(gated + "((string) @s (#match? @s \"^(https?|ftp)$\"))\n").has_value());
  EXPECT_FALSE(file_gate("((call) @c").has_value());
}

// A mark is set only where one of its setters matches, so it has their gate (the least fixed point:
// a setter that needs the mark itself adds nothing); a pattern that requires it on a capture every match
// has is gated by it. #not-marked?, an optional capture and a mark no setter sets gate nothing.
TEST(QueryGates, AMarkHasItsSettersGateAndGatesThePatternsThatRequireIt) {
  const auto setters = split_patterns(
      "((call_expression function: (identifier) @f) @mark (#eq? @f \"SSL_get_verify_result\") (#set! mark \"result\"))\n"
      "((init_declarator declarator: (identifier) @mark value: (_) @v) (#marked? @v \"result\") (#set! mark \"result\"))\n"
      "((binary_expression left: (_) @v) @mark (#marked? @v \"result\") (#set! mark \"ok_test\"))\n"
      "((identifier) @mark (#marked? @mark \"loop\") (#set! mark \"loop\"))\n"
      "((function_definition) @mark (#set! mark \"open\"))\n");
  ASSERT_TRUE(setters.has_value());
  std::vector<const PatternShape*> ptrs;
  for (const auto& p : *setters) ptrs.push_back(&p);
  const MarkGates marks = mark_gates(ptrs);
  EXPECT_EQ(marks.at("result"), (std::vector<std::string>{"SSL_get_verify_result"}));
  EXPECT_EQ(marks.at("ok_test"), (std::vector<std::string>{"SSL_get_verify_result"}));
  EXPECT_EQ(marks.at("loop"), std::vector<std::string>{});  // never set: no pattern starts it
  EXPECT_FALSE(marks.at("open").has_value());
  auto gate = [&](const std::string& text) {
    auto p = split_patterns(text);
    return p && p->size() == 1 ? pattern_gate(p->front(), marks) : std::nullopt;
  };
  EXPECT_EQ(gate("((if_statement condition: (_) @c) (#marked? @c \"ok_test\"))"), (std::vector<std::string>{"SSL_get_verify_result"}));
  EXPECT_FALSE(gate("((if_statement condition: (_) @c) (#not-marked? @c \"ok_test\"))").has_value());
  EXPECT_FALSE(gate("((if_statement condition: (_)? @c) (#marked? @c \"ok_test\"))").has_value());
  EXPECT_FALSE(gate("((if_statement condition: (_) @c) (#marked? @c \"open\"))").has_value());
  EXPECT_FALSE(gate("((if_statement condition: (_) @c) (#marked? @c \"go_before_1_18\"))").has_value());
  EXPECT_EQ(gate("((if_statement condition: (_) @c) (#marked? @c \"loop\"))"), std::vector<std::string>{});
  EXPECT_EQ(pattern_marks(setters->at(1)).sets, std::vector<std::string>{"result"});
  EXPECT_EQ(pattern_marks(setters->at(1)).requires_, std::vector<std::string>{"result"});
  EXPECT_TRUE(pattern_marks(setters->at(1)).asks);
  EXPECT_FALSE(pattern_marks(setters->at(0)).asks);
}

TEST(QueryGates, AGateOpensOnAnyOfItsLiteralsAsWritten) {
  const std::vector<std::string> g{"SSL_CTX_load_verify_locations", "curl_easy_setopt"};
  EXPECT_TRUE(gate_open(g, "int main() { curl_easy_setopt(h, CURLOPT_URL, u); }"));
  EXPECT_FALSE(gate_open(g, "int main() { CURL_EASY_SETOPT(h); }"));  // predicates compare exactly
  EXPECT_FALSE(gate_open(g, ""));
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shipped rules: the API files are gated by the names they call; the files that match any URL or
// test marks only are not.
TEST(QueryGates, TheShippedApiFilesAreGatedAndTheGeneralOnesAreNot) {
  const std::filesystem::path q = ATSCAN_SOURCE_DIR "/rules/queries";
  const auto curl = file_gate(read(q / "c/curl.scm"));
  ASSERT_TRUE(curl.has_value());
  EXPECT_TRUE(std::find(curl->begin(), curl->end(), "curl_easy_setopt") != curl->end());
  EXPECT_TRUE(file_gate(read(q / "cpp/arduino.scm")).has_value());
  EXPECT_TRUE(file_gate(read(q / "cpp/qt.scm")).has_value());
  EXPECT_TRUE(file_gate(read(q / "c/embedded-certificate.scm")).has_value());  // "-----BEGIN CERTIFICATE-----", "0x30"
  EXPECT_FALSE(file_gate(read(q / "c/endpoints.scm")).has_value());  // any URL
  EXPECT_FALSE(file_gate(read(q / "c/_marks.scm")).has_value());
  EXPECT_FALSE(file_gate(read(q / "cpp/openssl.scm")).has_value());  // patterns that test marks only (see the mark gates)
  // TrustKit: its dictionaries by the key, the named pin list by the `="` every base64 digest ends in
  // (its list regex alone offers "[", which every Swift file holds).
  EXPECT_EQ(file_gate(read(q / "swift/trustkit.scm")), (std::vector<std::string>{"=\"", "kTSKPublicKeyHashes"}));
}

}  // namespace
}  // namespace atscan::ts

namespace atscan::ts {
namespace {

TEST(QueryGates, ARegexGatesWithTheLongestRunEveryMatchHolds) {
  EXPECT_EQ(regex_literal("(^|::)X509List$"), "X509List");
  EXPECT_EQ(regex_literal("\\.(GetPublicKey|GetCertHash)\\("), ".");  // the groups end the runs
  EXPECT_EQ(regex_literal("^setCACert[0-9]*$"), "setCACert");
  EXPECT_EQ(regex_literal("abc?de"), "ab");                             // `c` may be missing
  EXPECT_EQ(regex_literal("ssl+_ctx"), "_ctx");
  EXPECT_EQ(regex_literal("verify_(mode|peer)"), "verify_");
  EXPECT_FALSE(regex_literal("a|bcd").has_value());          // an alternation at the top
  EXPECT_FALSE(regex_literal("(?i)cafile").has_value());     // flags
  EXPECT_FALSE(regex_literal("\\x41BC").has_value());        // an escape not read here
  EXPECT_FALSE(regex_literal("[]x]abc").has_value());        // a class starting with ']'
  EXPECT_FALSE(regex_literal("^\\s*$").has_value());          // nothing but classes and anchors
}

TEST(QueryGates, AMatchOnACaptureEveryMatchHasGatesWithItsRun) {
  auto p = split_patterns("((declaration type: (type_identifier) @t) (#match? @t \"(^|::)X509List$\") (#set! kind \"x\"))");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(pattern_gate(p->front()), (std::vector<std::string>{"X509List"}));
  // The query string's own escapes are read first: "\\." is the regex \. (a dot).
  p = split_patterns("((identifier) @f (#match? @f \"^mbedtls\\\\.ssl$\"))");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(pattern_gate(p->front()), (std::vector<std::string>{"mbedtls.ssl"}));
  p = split_patterns("((call [(identifier) @f (string)]) (#match? @f \"connect\"))");
  ASSERT_TRUE(p.has_value());
  EXPECT_FALSE(pattern_gate(p->front()).has_value());
}

}  // namespace
}  // namespace atscan::ts
