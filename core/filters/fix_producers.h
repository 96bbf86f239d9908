#pragma once
// Safe, format-local fixes attached to findings after the judge (the judge decides, this only repairs):
//   - a PEM bundle in the tree whose verdict is REJECTS or PARTIAL (an ats-bundle-missing-ats-roots finding
//     on the file, or a finding on code/config that loads it): append the Amazon Trust Services anchors it lacks;
//   - an Android <pin-set> that rejects the ATS chains: add the ATS root pins plus a backup (android_pin_fix.h).
// A producer never fixes a file it cannot parse, and produces nothing when the fix is already in place,
// so `atscan fix` run twice changes nothing the second time.
#include <optional>
#include <string>
#include <vector>

#include "core/model/finding.h"

namespace atscan {

struct FixInputs {
  std::string root;            // absolute scan root
  std::string ats_anchors_pem; // rules/profiles/aws-ats/ats-trust-anchors-5.pem
};

// Sets Finding::fix where a producer applies and the finding is not suppressed.
void add_fixes(std::vector<Finding>& findings, const FixInputs& inputs);

// The bundle fix for one file's content: an insertion at the end of `content` holding the anchors of
// `anchors_pem` that `content` lacks. nullopt when the file is not a parseable PEM bundle or lacks nothing.
std::optional<Fix> bundle_anchor_fix(const std::string& rel_path, const std::string& content, const std::string& anchors_pem);

}  // namespace atscan
