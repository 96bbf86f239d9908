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

// An alternation takes one branch, any of them: a capture every branch has is in every match.
TEST(QueryGates, ACaptureInEveryBranchOfAnAlternationIsInEveryMatch) {
  EXPECT_EQ(mandatory_captures("((call function: [(identifier) @c0 (attribute attribute: (identifier) @c0)] arguments: (_) @c1))"),
            (std::vector<size_t>{0, 1}));
  EXPECT_EQ(mandatory_captures("((call function: [(identifier) @c0 (attribute)] arguments: (_) @c1))"), (std::vector<size_t>{1}));
  EXPECT_EQ(mandatory_captures("((call [(identifier) @c0 (attribute (identifier) @c0)]? (_) @c1))"), (std::vector<size_t>{1}));
  EXPECT_EQ(gate_of("((call function: [(identifier) @f (attribute attribute: (identifier) @f)]) (#eq? @f \"Fingerprint\"))"),
            (std::vector<std::string>{"Fingerprint"}));
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
  // A #match? with no run gates nothing; the first that gates with a name or one run is taken, before
  // one that gates only with a regex's branches, wherever they are.
  EXPECT_EQ(gate_of("((call function: (identifier) @f arguments: (_) @a) (#match? @a \"^.*$\") (#eq? @f \"load\"))"),
            (std::vector<std::string>{"load"}));
  EXPECT_EQ(gate_of("((call function: (identifier) @f arguments: (_) @a) (#match? @a \"^(ab|cd)$\") (#eq? @f \"load\"))"),
            (std::vector<std::string>{"load"}));
  EXPECT_EQ(gate_of("((call function: (identifier) @f arguments: (_) @a) (#match? @f \"(^|::)Context$\") (#match? @a \"VERIFY_NONE\"))"),
            (std::vector<std::string>{"Context"}));
  EXPECT_EQ(gate_of("((call function: (identifier) @f arguments: (_) @a) (#match? @a \"^(ab|cd)$\") (#match? @f \"^(0|1)$\"))"),
            (std::vector<std::string>{"ab", "cd"}));
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
  EXPECT_FALSE(file_gate(gated + "((string) @s (#match? @s \"^[a-z]+$\"))\n").has_value());
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
  // Any URL, or a bare AWS host name: one of the regex's branches.
  EXPECT_EQ(file_gate(read(q / "c/endpoints.scm")), (std::vector<std::string>{"amazonaws.com", "cloudfront.net", "http"}));
  EXPECT_FALSE(file_gate(read(q / "c/_marks.scm")).has_value());
  EXPECT_FALSE(file_gate(read(q / "cpp/openssl.scm")).has_value());  // patterns that test marks only (see the mark gates)
  // TrustKit: its dictionaries by the key, the named pin list by the `="` every base64 digest ends in
  // (a group of its list regex that every match passes through; its top-level run is only "[").
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

// The branches of a top-level `|`, or of a group every match passes through, each need their own run.
TEST(QueryGates, ARegexWithAlternativesGatesWithOneRunPerBranch) {
  using V = std::vector<std::string>;
  EXPECT_EQ(regex_literals("^:?(ca_file|ca_path|ssl_ca_bundle)$"), (V{"ca_file", "ca_path", "ssl_ca_bundle"}));
  EXPECT_EQ(regex_literals("\\.(GetPublicKey|GetCertHash)\\s*\\("), (V{"GetCertHash", "GetPublicKey"}));  // longer than "."
  EXPECT_EQ(regex_literals("verify_(mode|peer)"), (V{"verify_"}));  // the run asks for more than "mode" or "peer"
  EXPECT_EQ(regex_literals("a|bcd"), (V{"a", "bcd"}));
  EXPECT_EQ(regex_literals("(x|y)+z(ab|cd)"), (V{"ab", "cd"}));  // `+`: the group is there at least once
  EXPECT_EQ(regex_literals("(ab|)xyz"), (V{"xyz"}));
  EXPECT_FALSE(regex_literals("(ab|)").has_value());      // the empty branch needs nothing
  EXPECT_FALSE(regex_literals("(ab|cd)?").has_value());   // the group may be skipped
  EXPECT_FALSE(regex_literals("(ab|cd)*").has_value());
  EXPECT_FALSE(regex_literals("(ab|cd){0,2}").has_value());
  EXPECT_FALSE(regex_literals("ab|[0-9]+").has_value());  // a branch without a run
  EXPECT_FALSE(regex_literals("(?i)cafile").has_value());
  EXPECT_FALSE(regex_literals("(ab|cd").has_value());     // unbalanced
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
