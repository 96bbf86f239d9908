#pragma once
// Semgrep-style annotations in fixture files: a comment line `ruleid: <id>` or `ok: <id>` states
// what must (or must not) be reported on the next code line. Any other finding fails the fixture.
#include <string>
#include <vector>

#include "core/model/finding.h"

namespace atscan::testing {

struct Expectation {
  int line = 0;         // the annotated code line (1-based)
  std::string rule_id;
  bool expect = true;   // ruleid: true, ok: false
};

std::vector<Expectation> read_annotations(const std::string& path);

// Human-readable problems; empty when the findings match the annotations exactly.
std::vector<std::string> check_annotations(const std::vector<Expectation>& expected, const std::vector<Finding>& findings);

}  // namespace atscan::testing
