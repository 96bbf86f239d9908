// Generated Java and Kotlin sources of pathological shape: nesting thousands of levels deep, bodies of
// many thousands of statements, call chains and concatenations thousands of terms long. Each once
// crashed the scan (the flow walk recursed once per nesting level and exhausted the stack) or took
// quadratic time; now each scan ends with the finding the file holds, and the file is reported as
// partly followed where the walk stopped. Every input is generated here.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Findings of `rule` at `severity` in `file`.
int count(const ScanOutcome& o, const std::string& file, const std::string& rule, Severity severity) {
  int n = 0;
  for (const auto& f : o.findings) n += f.location.file == file && f.rule_id == rule && f.severity == severity;
  return n;
}

const char* const kJavaTrustAll = "class Tail { void g() { HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true); } }\n";
const char* const kKotlinTrustAll = "fun tail() { HttpsURLConnection.setDefaultHostnameVerifier { _, _ -> true } }\n";

// One file per shape in one tree, scanned once: every shape must end with its one finding.
TEST(PathologicalJvm, DeeplyNestedJavaIsScannedToTheEnd) {
  HostileTree t;
  const int deep = 20000;
  t.write("Parens.java", "class A { int x = " + repeat("(", deep) + "1" + repeat(")", deep) + "; }\n" + kJavaTrustAll);
  t.write("Blocks.java", "class A { void f() { " + repeat("{", 5000) + "int x = 1;" + repeat("}", 5000) + " } }\n" + kJavaTrustAll);
  t.write("Classes.java", "class A { " + repeat("class B { ", 3000) + repeat("}", 3000) + " }\n" + kJavaTrustAll);
  t.write("Lambdas.java", "class A { Object f() { return " + repeat("x -> ", deep) + "null; } }\n" + kJavaTrustAll);
  t.write("Generics.java", "class A { void f() { boolean b = a" + repeat(" < b", deep) + " > c; } }\n" + kJavaTrustAll);
  t.write("Casts.java", "class A { void f() { Object x = " + repeat("(A)", deep) + "y; } }\n" + kJavaTrustAll);
  auto o = scan_tree(t.dir());
  for (const char* f : {"Parens.java", "Blocks.java", "Classes.java", "Lambdas.java", "Generics.java", "Casts.java"}) {
    EXPECT_EQ(count(o, f, "ats-verification-disabled", Severity::warning), 1) << f << "\n" << notes_of(o);
    EXPECT_TRUE(noted(o, f, "nests too deep for value tracking")) << f << "\n" << notes_of(o);
  }
  EXPECT_EQ(o.findings.size(), 6u) << notes_of(o);
}

// A builder chain of thousands of calls nests one level per call: the walk follows it without one
// stack frame per call, and the trust-all verifier at its end is still reported.
TEST(PathologicalJvm, LongJavaBuilderChainKeepsItsFinding) {
  HostileTree t;
  t.write("Chain.java", "class A { void f() { new OkHttpClient.Builder()" + repeat(".readTimeout(1)", 2000) +
                            ".hostnameVerifier((h, s) -> true).build(); } }\n");
  auto o = scan_tree(t.dir());
  EXPECT_EQ(count(o, "Chain.java", "ats-verification-disabled", Severity::warning), 1) << notes_of(o);
  EXPECT_EQ(o.findings.size(), 1u) << notes_of(o);
}

// A trust store path built from thousands of concatenated literals: too deep to resolve, so the
// bundle is reported as unresolved (a warning: trust replaced by what the scan cannot see), not lost
// and not crashed on.
TEST(PathologicalJvm, LongJavaConcatenationAsTrustStoreIsAWarningNotACrash) {
  HostileTree t;
  std::string sum = "\"a\"";
  for (int i = 1; i < 20000; ++i) sum += " + \"a\"";
  t.write("Concat.java", "class A { static final String P = " + sum + ";\n  void f() { System.setProperty(\"javax.net.ssl.trustStore\", P); } }\n");
  auto o = scan_tree(t.dir());
  EXPECT_EQ(count(o, "Concat.java", "ats-custom-ca-bundle", Severity::warning), 1) << notes_of(o);
  EXPECT_EQ(o.findings.size(), 1u) << notes_of(o);
}

// A method of many thousands of statements: the walk over its children is linear.
TEST(PathologicalJvm, HugeJavaAndKotlinBodiesKeepTheirFinding) {
  HostileTree t;
  t.write("Huge.java", "class A { void f() {\n" + repeat("  int a = 1;\n", 20000) +
                           "  HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true);\n} }\n");
  t.write("Huge.kt", "fun f() {\n" + repeat("    val a = 1\n", 20000) + "    HttpsURLConnection.setDefaultHostnameVerifier { _, _ -> true }\n}\n");
  auto o = scan_tree(t.dir());
  EXPECT_EQ(count(o, "Huge.java", "ats-verification-disabled", Severity::warning), 1) << notes_of(o);
  EXPECT_EQ(count(o, "Huge.kt", "ats-verification-disabled", Severity::warning), 1) << notes_of(o);
  EXPECT_EQ(o.findings.size(), 2u) << notes_of(o);
}

TEST(PathologicalJvm, DeeplyNestedKotlinIsScannedToTheEnd) {
  HostileTree t;
  const int deep = 20000;
  t.write("Parens.kt", "val x = " + repeat("(", deep) + "1" + repeat(")", deep) + "\n" + kKotlinTrustAll);
  t.write("Lambdas.kt", "val x = " + repeat("{ ", deep) + "1" + repeat(" }", deep) + "\n" + kKotlinTrustAll);
  t.write("Ifs.kt", "fun f(a: Int) = " + repeat("if (a > 0) ", deep) + "1" + repeat(" else 2", deep) + "\n" + kKotlinTrustAll);
  t.write("Chain.kt", "val c = OkHttpClient.Builder()" + repeat(".readTimeout(1)", 500) + ".hostnameVerifier { _, _ -> true }.build()\n");
  auto o = scan_tree(t.dir());
  for (const char* f : {"Parens.kt", "Lambdas.kt", "Ifs.kt"})
    EXPECT_EQ(count(o, f, "ats-verification-disabled", Severity::warning), 1) << f << "\n" << notes_of(o);
  EXPECT_EQ(count(o, "Chain.kt", "ats-verification-disabled", Severity::warning), 1) << notes_of(o);
}

// Unbalanced and truncated sources (what mutation makes of real files): tree-sitter recovers, the
// scan notes the syntax errors and still reports the intact class after them.
TEST(PathologicalJvm, TruncatedJavaAndKotlinAreScannedWithSyntaxNotes) {
  HostileTree t;
  t.write("Open.java", "class A { void f() { int x = " + repeat("(", 5000) + "\n}}\n" + kJavaTrustAll);
  t.write("Lambdas.java", "class A { void f() { g(" + repeat("(a, b) -> { ", 2000) + "\n" + kJavaTrustAll);
  t.write("Unterminated.java", "class A { void f() { " + repeat("g(\"x, ", 2000) + "\n" + kJavaTrustAll);
  t.write("Noise.java", "class A { void f() { " + repeat("(<[{", 2000) + " } }\n" + kJavaTrustAll);
  t.write("Lambdas.kt", "fun f() { g " + repeat("{ a, b -> ", 2000) + "\n" + kKotlinTrustAll);
  t.write("When.kt", "fun f() = " + repeat("when (x) { 1 -> ", 2000) + "\n" + kKotlinTrustAll);
  auto o = scan_tree(t.dir());
  for (const char* f : {"Open.java", "Lambdas.java", "Unterminated.java", "Noise.java", "Lambdas.kt", "When.kt"})
    EXPECT_TRUE(noted(o, f, "syntax errors")) << f << "\n" << notes_of(o);
  for (const char* f : {"Open.java", "Unterminated.java", "Noise.java", "Lambdas.kt", "When.kt"})
    EXPECT_EQ(count(o, f, "ats-verification-disabled", Severity::warning), 1) << f << "\n" << notes_of(o);
}

}  // namespace
}  // namespace atscan::testing
