#include "scanners/config/yaml_tree.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace atscan::config {
namespace {

// The tree must read as yaml-cpp's own nodes read (the front-ends were written against those): kind,
// text and position of every node, in the same order, aliases followed.
void expect_same(const YAML::Node& want, const YamlNode& got, const std::string& where, int depth = 0) {
  ASSERT_LT(depth, 50) << where;
  ASSERT_EQ(want.IsMap(), got.IsMap()) << where;
  ASSERT_EQ(want.IsSequence(), got.IsSequence()) << where;
  ASSERT_EQ(want.IsScalar(), got.IsScalar()) << where;
  ASSERT_EQ(want.IsNull(), got.IsNull()) << where;
  EXPECT_EQ(want.Scalar(), got.Scalar()) << where;
  EXPECT_EQ(want.Mark().pos, got.Mark().pos) << where;
  EXPECT_EQ(want.Mark().line, got.Mark().line) << where;
  EXPECT_EQ(want.Mark().column, got.Mark().column) << where;
  ASSERT_EQ(want.size(), got.size()) << where;
  if (want.IsSequence()) {
    auto g = got.begin();
    for (const auto& w : want) {
      expect_same(w, *g, where + "[]", depth + 1);
      ++g;
    }
    EXPECT_TRUE(g == got.end());
  } else if (want.IsMap()) {
    auto g = got.begin();
    for (const auto& w : want) {
      expect_same(w.first, g->first, where + ".key", depth + 1);
      expect_same(w.second, g->second, where + "." + (w.first.IsScalar() ? w.first.Scalar() : "?"), depth + 1);
      ++g;
    }
    EXPECT_TRUE(g == got.end());
  }
}

void expect_same_stream(const std::string& text) {
  const std::vector<YAML::Node> want = YAML::LoadAll(text);
  const YamlStream got = YamlStream::parse(text, 100);
  ASSERT_EQ(want.size(), got.documents().size()) << text;
  for (size_t i = 0; i < want.size(); ++i) expect_same(want[i], got.documents()[i], "doc" + std::to_string(i));
}

TEST(YamlTree, ReadsAsYamlCppNodesRead) {
  // A workflow with block scalars, flow collections, quoting, nulls and comments.
  expect_same_stream(R"(name: ci
on: [push, pull_request]
env:
  SSL_CERT_FILE: ./certs/ca.pem   # a trust setting
  EMPTY:
  TILDE: ~
  QUOTED_NULL: "null"
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          curl --cacert ca.pem https://bucket.s3.amazonaws.com/x
          echo done
      - {name: inline, run: 'pip install --cert x.pem .'}
)");
  // Several documents, an empty one among them, and a Kubernetes env list.
  expect_same_stream("---\napiVersion: v1\nkind: Pod\n---\n---\nspec:\n  env:\n    - name: A\n      value: \"1\"\n    - name: B\n");
  // A scalar document, a sequence at the top, a complex key.
  expect_same_stream("--- plain\n--- [1, [2, 3], {a: b}]\n--- {? [x]: y, z: ~}\n");
}

TEST(YamlTree, AnAliasIsTheAnchoredNode) {
  const std::string text = "base: &b {cafile: /etc/ca.pem}\nprod: *b\nlist: [&s one, *s]\n";
  expect_same_stream(text);
  const YamlStream s = YamlStream::parse(text, 10);
  const YamlNode doc = s.documents().at(0);
  EXPECT_EQ(doc["prod"]["cafile"].Scalar(), "/etc/ca.pem");
  EXPECT_EQ(doc["prod"].Mark().line, 0);  // where the anchored map is, not where the alias is
  EXPECT_EQ(doc["list"].size(), 2u);
}

TEST(YamlTree, LookupsOfMissingKeysAndNonMapsAreUndefined) {
  const YamlStream s = YamlStream::parse("a: 1\na: 2\nb: [x]\nc: text\n", 10);
  const YamlNode doc = s.documents().at(0);
  EXPECT_EQ(doc["a"].Scalar(), "1");  // the first of a repeated key, as yaml-cpp finds it
  EXPECT_FALSE(doc["missing"]);
  EXPECT_FALSE(doc["b"]["x"]);
  EXPECT_FALSE(doc["c"]["x"]);
  EXPECT_FALSE(doc["missing"]["deeper"]);
  EXPECT_EQ(doc["missing"].Scalar(), "");
  EXPECT_EQ(doc["missing"].Mark().line, YAML::Mark::null_mark().line);
  EXPECT_EQ(doc.size(), 4u);
}

TEST(YamlTree, IteratingAMapGivesKeysAndValues) {
  const YamlStream s = YamlStream::parse("x: 1\ny: [a, b]\n", 10);
  std::vector<std::string> seen;
  for (auto it = s.documents()[0].begin(); it != s.documents()[0].end(); ++it)
    seen.push_back(it->first.Scalar() + "=" + (it->second.IsScalar() ? it->second.Scalar() : "seq"));
  EXPECT_EQ(seen, (std::vector<std::string>{"x=1", "y=seq"}));
  std::vector<std::string> items;
  for (const auto& item : s.documents()[0]["y"]) items.push_back(item.Scalar());
  EXPECT_EQ(items, (std::vector<std::string>{"a", "b"}));
  int none = 0;
  for (const auto& item : s.documents()[0]["x"]) none += item.IsScalar();  // a scalar has no items
  EXPECT_EQ(none, 0);
}

// The parser always gives a map pairs; a tree built otherwise still ends its iteration.
TEST(YamlTree, IteratingAMapWithAKeyWithoutValueEnds) {
  YamlData key, value, lone, map;
  key.kind = value.kind = lone.kind = YamlData::Kind::scalar;
  key.text = "k";
  value.text = "v";
  lone.text = "lone";
  map.kind = YamlData::Kind::map;
  map.kids = {&key, &value, &lone};
  std::vector<std::string> seen;
  for (const auto& kv : YamlNode(&map)) seen.push_back(kv.first.Scalar() + "=" + (kv.second ? kv.second.Scalar() : "(none)"));
  EXPECT_EQ(seen, (std::vector<std::string>{"k=v", "lone=(none)"}));
}

// A ',' where a block node starts is a token no rule consumes: yaml-cpp's parser then yields empty
// documents at the same place for ever.
TEST(YamlTree, AStreamTheParserSticksInIsRefused) {
  try {
    YamlStream::parse("# a comment\n,\n", 10000);
    FAIL() << "no error";
  } catch (const YamlStreamError& e) {
    EXPECT_EQ(std::string(e.what()),
              "skipped: malformed YAML at line 2: a token no YAML rule accepts (a ',' outside a flow collection?)");
  }
}

TEST(YamlTree, TooManyDocumentsAreRefused) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "---\nk: v\n";
  EXPECT_EQ(YamlStream::parse(text, 12).documents().size(), 12u);
  EXPECT_THROW(YamlStream::parse(text, 11), YamlStreamError);
}

TEST(YamlTree, SyntaxErrorsAreYamlCppsOwn) {
  try {
    YamlStream::parse("a: [1, 2\nb: 3\n", 10);
    FAIL() << "no error";
  } catch (const YAML::Exception& e) {
    EXPECT_GT(e.mark.line, 0);
    EXPECT_FALSE(e.msg.empty());
  }
}

}  // namespace
}  // namespace atscan::config
