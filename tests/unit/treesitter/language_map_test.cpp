// Which tree-sitter language a file is parsed as: by extension, and for source templates by the inner
// name or, with none, by C preprocessor lines in the content.
#include "scanners/treesitter/language_map.h"

#include <gtest/gtest.h>

namespace atscan::ts {
namespace {

TEST(LanguageFor, ExtensionsDecideFirst) {
  EXPECT_EQ(language_for("src/a.c", ""), "c");
  EXPECT_EQ(language_for("src/a.py", "#define X 1\n"), "python");
  EXPECT_EQ(language_for("README", "#define X 1\n"), "");
}

TEST(LanguageFor, TemplatesTakeTheInnerName) {
  EXPECT_EQ(language_for("config/config.h.in", ""), "cpp");
  EXPECT_EQ(language_for("gen/settings.py.tmpl", ""), "python");
  // An inner name that is no source language (nginx, YAML) is not parsed as code.
  EXPECT_EQ(language_for("templates/default.conf.template", "\n#define X 1\n"), "");
  EXPECT_EQ(language_for("Makefile.in", "\n#include <a.h>\n"), "");
}

TEST(LanguageFor, TemplatesWithoutAnInnerNameAreHeadersWhenTheyHoldDirectives) {
  EXPECT_EQ(language_for("tools/demo_config.templ", "/* demo */\n#ifndef DEMO_CONFIG_H\n#define DEMO_CONFIG_H\n"), "cpp");
  EXPECT_EQ(language_for("tools/policy_document.templ", "{\n  \"Version\": \"2012-10-17\"\n}\n"), "");
  EXPECT_EQ(language_for("deploy/values.tmpl", "# a comment\nkey: value\n"), "");
}

}  // namespace
}  // namespace atscan::ts
