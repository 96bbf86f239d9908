#pragma once
// The one fixture dialect (docs/writing-queries.md), read the same way for code, configuration and
// Clang fixtures. In the file's own comment syntax, on the line(s) before the target code line:
//   ruleid[error|warning|note]: ats-a[, ats-b]   this finding, at this level, on the next code line
//   ok: ats-a[, ats-b]                            no such finding on the next code line
//   todoruleid[LEVEL]: ats-a  REASON              what the judge should say but does not yet: the finding is absent
//                                                 or at another level; at LEVEL it fails (promote it to ruleid)
//   todook: ats-a  REASON                         a known false positive: tolerated, not required
//   fallback: <one of the above>                  C/C++ only: what the tree-sitter fallback says instead, for that
//                                                 rule on that line (a stated, known difference from the plain one)
//   clang: <one of the above>                     C/C++ only: the same for the Clang doors
//   note: TEXT                                    a scan notification for this file that contains TEXT
// Text after the ids (a reason, "-->", "*/") is ignored. Any finding not annotated fails the fixture,
// and so does a finding at another level than annotated.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/finding.h"

namespace atscan::testing {

enum class Expect { present, absent, todo_present, todo_absent };
enum class Engine { any, clang, fallback };

struct Expectation {
  int line = 0;             // the annotated code line (1-based)
  std::string rule_id;
  Expect expect = Expect::present;
  std::string level;        // error | warning | note for (todo)ruleid; "" for ok / todook
  Engine only = Engine::any;  // a `fallback:` or `clang:` annotation: replaces the plain ones for that engine
  int annotation_line = 0;
};

struct Annotations {
  std::vector<Expectation> findings;
  std::vector<std::string> notes;
};

// Throws std::runtime_error "path:line: …" on a malformed annotation (e.g. a ruleid without a level).
Annotations read_annotations(const std::string& path);

// What a run reported, whatever the door.
struct Observed {
  int line = 0;
  std::string rule_id;
  std::string level;    // error | warning | note
  std::string message;
};
std::vector<Observed> observed(const std::vector<Finding>& findings);

// Problems, one line each; empty when the run matches. For `engine` clang or fallback, that engine's
// qualified annotations replace the plain ones of the same line and rule; `any` uses the plain ones.
// `check_level` false: only line and rule are compared (a door that cannot show levels).
std::vector<std::string> check_annotations(const Annotations& expected, const std::vector<Observed>& found, Engine engine,
                                           bool check_level = true);

// `note:` annotations against the scan notifications of the file: each needs one containing its text,
// and no other notification may appear.
std::vector<std::string> check_notes(const Annotations& expected, std::vector<std::string> notifications);

}  // namespace atscan::testing
