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

// A header is parsed as C unless it shows C++: the C++ queries cost a third of a second to compile.
TEST(ParseLanguage, PlainCHeadersAreParsedAsC) {
  const char* c_header =
      "/* A C header: class, ::, new and x.f( in comments and strings are not C++. */\n"
      "#ifndef CERTS_H\n#define CERTS_H\n#include <stdint.h>\n"
      "#define CALL(p) (p)->ops->send(p)  // macro bodies are not parsed\n"
      "#define LIMIT 8 /* a comment that goes on\n   over this line and the next: class, this, new */\n"
      "#ifdef __cplusplus\nextern \"C\" {\n#endif\n"
      "static const char root_ca[] = \"-----BEGIN CERTIFICATE-----\\nclass::new\\n\";\n"
      "struct ops { int (*send)(void*); int operator; char* new; };\nint connect_tls(struct ops* o, const char* host);\n"
      "#ifdef __cplusplus\n}\n#endif\n"
      "#if defined(__cplusplus)\n#include <climits>\ntemplate <class T> T clamp(T);\n#else\n#include <limits.h>\n#endif\n"
      "static inline void pause(void) { __asm__ volatile(\"yield\" ::: \"memory\"); }\n#endif\n";
  EXPECT_EQ(parse_language("inc/certs.h", c_header), "c");
  EXPECT_EQ(parse_language("config/config.h.in", c_header), "c");
  EXPECT_EQ(parse_language("src/a.c", c_header), "c");
  EXPECT_EQ(language_for("inc/certs.h", c_header), "cpp");  // which front-end wants it is unchanged
}

TEST(ParseLanguage, HeadersThatShowCppStayCpp) {
  for (const char* cpp : {"class Client { public: void connect(); };", "namespace net { int x; }", "std::string ca;",
                          "template <typename T> T f();", "void setup() { client.setCACert(root_ca); }",
                          "void f(Socket* s) { s->setCaCertificates(list); }", "auto* a = new X509List(ca);",
                          "#include <string>\nint x;", "#ifndef __cplusplus\nint c;\n#else\nclass K {};\n#endif", "const char* p = R\"(raw)\";", "int f() { return this->x; }"})
    EXPECT_EQ(parse_language("inc/client.h", cpp), "cpp") << cpp;
  // C++ by name whatever the content.
  for (const char* path : {"a.hpp", "a.hh", "a.hxx", "a.cc", "a.cpp", "sketch.ino", "a.hpp.in"})
    EXPECT_EQ(parse_language(path, "int x;\n"), "cpp") << path;
}

}  // namespace
}  // namespace atscan::ts
