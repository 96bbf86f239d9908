#pragma once
// Clang fixtures: the one fixture dialect (tests/common/fixture_annotations.h: `// ruleid[LEVEL]: ats-…`
// on the line before the target, `// ok: …`, `// fallback: …` for a known difference of the tree-sitter
// fallback), plus what only a compiler needs: `// CHECK-FIXES:` / `// CHECK-FIXES-NEXT:` for the fixed
// file, `// ARGS:` for compiler arguments (%S = this folder, %H = the mock headers), and
// `// EXPECT-COMPILE-ERRORS` for a broken TU.
#include <string>
#include <vector>

#include "tests/common/fixture_annotations.h"

namespace atscan::clangtest {

struct FixCheck {
  std::string text;
  bool next = false;  // CHECK-FIXES-NEXT
};

struct Fixture {
  std::string path;
  std::string name;
  std::vector<std::string> args;
  atscan::testing::Annotations annotations;
  std::vector<FixCheck> fixes;
  bool compile_errors = false;
};

// Throws std::runtime_error naming the file and line for a malformed annotation.
// `default_args` apply unless the file has `// ARGS:` (%S and %H substituted there).
Fixture parse_fixture(const std::string& path, const std::string& fixtures_dir, const std::string& headers_dir);

struct Actual {
  std::string file;
  int line = 0;
  int column = 0;
  std::string severity;
  std::string message;  // without the rule id
  std::string rule;
};

// Diagnostics "file:line:col: severity: message [ats-…]" at the start of a line; others are ignored.
std::vector<Actual> parse_diagnostics(const std::string& output);

// The diagnostics of the fixture's own file, as the dialect's observations.
std::vector<atscan::testing::Observed> observed_in(const Fixture& f, const std::vector<Actual>& actual);

// CHECK-FIXES against a fixed file (annotation lines are ignored). Returns problems.
std::vector<std::string> compare_fixes(const Fixture& f, const std::string& fixed_text);

}  // namespace atscan::clangtest
