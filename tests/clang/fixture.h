#pragma once
// clang-tidy-style annotated fixtures: `// CHECK-MESSAGES: :[[@LINE-1]]:COL: warning: TEXT [ats-…]` under
// the offending line, `// CHECK-FIXES:` / `// CHECK-FIXES-NEXT:` for the fixed file, `// ARGS:` for compiler
// arguments (%S = this folder, %H = the mock headers), `// EXPECT-COMPILE-ERRORS` for a broken TU.
// TEXT before the rule id must begin the diagnostic's message (the verdict after it comes from the oracle).
#include <string>
#include <vector>

namespace atscan::clangtest {

struct Expected {
  int line = 0;
  int column = 0;
  std::string severity;  // warning | error | note
  std::string text;      // message prefix
  std::string rule;      // ats-…
};

struct FixCheck {
  std::string text;
  bool next = false;  // CHECK-FIXES-NEXT
};

struct Fixture {
  std::string path;
  std::string name;
  std::vector<std::string> args;
  std::vector<Expected> messages;
  std::vector<FixCheck> fixes;
  bool compile_errors = false;
};

// Throws std::runtime_error naming the file and line for a malformed annotation.
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

// Compares; returns one line per problem (missing, unexpected). `check_severity`: the tool reports
// the judge's level (error/warning/note) where clang-tidy and the plugin say "warning".
std::vector<std::string> compare(const Fixture& f, const std::vector<Actual>& actual, bool check_severity);

// CHECK-FIXES against a fixed file (annotation lines are ignored). Returns problems.
std::vector<std::string> compare_fixes(const Fixture& f, const std::string& fixed_text);

}  // namespace atscan::clangtest
