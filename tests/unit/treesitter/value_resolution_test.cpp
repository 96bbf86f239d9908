// Value resolution on real parse trees for the forms the non-Python rules rely on: long `+` chains
// (PEM written line by line), #define bodies, Kotlin multiline strings, Ruby heredocs, binding cycles.
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "scanners/treesitter/grammar_registry.h"
#include "scanners/treesitter/string_values.h"

namespace {

using atscan::ts::ValueResolver;

struct Parsed {
  std::string source;
  std::unique_ptr<TSParser, void (*)(TSParser*)> parser{ts_parser_new(), ts_parser_delete};
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree{nullptr, ts_tree_delete};

  Parsed(const char* language, std::string src) : source(std::move(src)) {
    const TSLanguage* grammar = atscan::ts::find_grammar(language);
    EXPECT_NE(grammar, nullptr) << language;
    ts_parser_set_language(parser.get(), grammar);
    tree.reset(ts_parser_parse_string(parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())));
  }

  std::string text(TSNode n) const {
    return source.substr(ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
  }

  // Nodes of `type` in document order.
  std::vector<TSNode> all(const std::string& type) const {
    std::vector<TSNode> out;
    std::function<void(TSNode)> walk = [&](TSNode n) {
      if (type == ts_node_type(n)) out.push_back(n);
      for (uint32_t i = 0; i < ts_node_named_child_count(n); ++i) walk(ts_node_named_child(n, i));
    };
    walk(ts_tree_root_node(tree.get()));
    return out;
  }
};

TEST(ValueResolution, JoinsAPemWrittenLineByLine) {
  std::string src = "class A { String pem = \"-----BEGIN CERTIFICATE-----\\n\"";
  for (int i = 0; i < 40; ++i) src += " + \"MIIB" + std::to_string(i) + "\\n\"";
  src += " + \"-----END CERTIFICATE-----\\n\"; }";
  Parsed p("java", src);
  auto top = p.all("binary_expression");
  ASSERT_FALSE(top.empty());
  auto v = ValueResolver(p.source, nullptr).resolve(top.front());
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->rfind("-----BEGIN CERTIFICATE-----\nMIIB0\n", 0), 0u);
  EXPECT_NE(v->find("MIIB39\n-----END CERTIFICATE-----\n"), std::string::npos);
}

TEST(ValueResolution, ReadsDefineBodiesOfAdjacentLiterals) {
  Parsed p("c", "#define CA \"/etc/app/\" \"ca.pem\"\n#define CALL open_ca()\n");
  auto args = p.all("preproc_arg");
  ASSERT_EQ(args.size(), 2u);
  ValueResolver r(p.source, nullptr);
  EXPECT_EQ(r.resolve(args[0]), "/etc/app/ca.pem");
  EXPECT_FALSE(r.resolve(args[1]).has_value());
}

TEST(ValueResolution, ReadsKotlinMultilineStrings) {
  Parsed p("kotlin", "val pem = \"\"\"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\"\"\"\n");
  auto lits = p.all("multiline_string_literal");
  ASSERT_EQ(lits.size(), 1u);
  EXPECT_EQ(ValueResolver(p.source, nullptr).resolve(lits[0]), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
}

TEST(ValueResolution, ReadsRubyHeredocBodies) {
  Parsed p("ruby", "PEM = <<~CERT\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\nCERT\n");
  auto bodies = p.all("heredoc_body");
  ASSERT_EQ(bodies.size(), 1u);
  auto v = ValueResolver(p.source, nullptr).resolve(bodies[0]);
  ASSERT_TRUE(v.has_value());
  EXPECT_NE(v->find("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"), std::string::npos);
}

TEST(ValueResolution, StopsOnBindingCycles) {
  Parsed p("java", "class A { String a = b + \"x\"; String b = a + \"y\"; }");
  auto decls = p.all("variable_declarator");
  ASSERT_EQ(decls.size(), 2u);
  std::map<std::string, TSNode> constants;
  for (TSNode d : decls)
    constants[p.text(ts_node_child_by_field_name(d, "name", 4))] = ts_node_child_by_field_name(d, "value", 5);
  EXPECT_FALSE(ValueResolver(p.source, &constants).resolve(constants.at("a")).has_value());
}

}  // namespace
