// Flow records from real parse trees: what the extractor keeps and what it leaves out because no
// trust decision can depend on it (device headers define tens of thousands of numeric macros).
#include "scanners/treesitter/flow_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "scanners/treesitter/grammar_registry.h"

namespace {

using atscan::flow::AssignKind;
using atscan::flow::FileFlows;
using atscan::flow::ValueKind;

FileFlows extract(const char* language, const std::string& source) {
  std::unique_ptr<TSParser, void (*)(TSParser*)> parser{ts_parser_new(), ts_parser_delete};
  ts_parser_set_language(parser.get(), atscan::ts::find_grammar(language));
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree{
      ts_parser_parse_string(parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())), ts_tree_delete};
  FileFlows out;
  atscan::ts::FlowExtractor(language, source, "x.h").extract(ts_tree_root_node(tree.get()), out);
  return out;
}

std::vector<std::string> macro_names(const FileFlows& f) {
  std::vector<std::string> out;
  for (const auto& a : f.assignments)
    if (a.kind == AssignKind::macro) out.push_back(a.target.text);
  return out;
}

}  // namespace

TEST(FlowExtractor, MacrosThatCannotBeStringsLeaveNoRecord) {
  const auto f = extract("c",
                         "#define GPIOA_BASE (AHB1PERIPH_BASE + 0x0000UL)\n"
                         "#define GPIO_MODER_Pos (0U)\n"
                         "#define ROOT_CA \"-----BEGIN CERTIFICATE-----\\n\" \\\n  \"MIIB\\n\"\n"
                         "#define CA_ALIAS ROOT_CA\n");
  EXPECT_EQ(macro_names(f), (std::vector<std::string>{"ROOT_CA", "CA_ALIAS"}));
  ASSERT_EQ(f.assignments.size(), 2u);
  EXPECT_EQ(f.assignments[0].value.kind, ValueKind::literal);
  EXPECT_EQ(f.assignments[0].value.text, "-----BEGIN CERTIFICATE-----\nMIIB\n");
  EXPECT_EQ(f.assignments[1].value.kind, ValueKind::name);
}

TEST(FlowExtractor, EveryTopLevelDeclarationOfALargeFileIsSeen) {
  // Thousands of siblings under one node: children are walked with a cursor (linear), and none is lost.
  std::string src;
  for (int i = 0; i < 5000; ++i) src += "#define HOST_" + std::to_string(i) + " \"h" + std::to_string(i) + ".example\"\n";
  const auto names = macro_names(extract("c", src));
  ASSERT_EQ(names.size(), 5000u);
  EXPECT_EQ(names.front(), "HOST_0");
  EXPECT_EQ(names.back(), "HOST_4999");
}

TEST(FlowExtractor, UnknownValuesCarryNoSourceText) {
  const auto f = extract("python", "x = compute(1) * 2\n");
  ASSERT_EQ(f.assignments.size(), 1u);
  EXPECT_EQ(f.assignments[0].value.kind, ValueKind::unknown);
  EXPECT_TRUE(f.assignments[0].value.text.empty());
}

TEST(FlowExtractor, ATypeWordIsNeverADeclaredName) {
  // Declarations behind macros the grammar does not know parse with a type word as the declarator.
  const auto f = extract("c",
                         "CURL_EXTERN int CURL_DEPRECATED(7.56.0, \"\")\ncurl_formget(struct curl_httppost *form, void *arg);\n"
                         "extern float __ieee754_jnf __P((int,float));\n"
                         "static const char *ca_file = \"ca.pem\";\n");
  std::vector<std::string> names;
  for (const auto& a : f.assignments)
    if (a.function.empty() && a.target.kind == ValueKind::name) names.push_back(a.target.text);
  EXPECT_EQ(std::count(names.begin(), names.end(), "int"), 0) << ::testing::PrintToString(names);
  EXPECT_EQ(std::count(names.begin(), names.end(), "float"), 0) << ::testing::PrintToString(names);
  EXPECT_EQ(std::count(names.begin(), names.end(), "ca_file"), 1) << ::testing::PrintToString(names);
}
