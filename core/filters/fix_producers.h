#pragma once
// Safe, format-local fixes attached to findings after the judge (the judge decides, this only repairs).
// A producer is chosen by the finding's fact kind and verdict kind, never by its message text:
//   - a certificate file in the tree whose verdict is REJECTS or PARTIAL (the file itself, or the file a
//     bundle path or keystore fact loads): append the selected profile's anchors it lacks;
//   - a pin set in an Android network security config that REJECTS, is PARTIAL or WARNS: add the
//     profile's anchor pins plus a backup (android_pin_fix.h).
// A producer never fixes a file it cannot parse, and produces nothing when the fix is already in place,
// so `atscan fix` run twice changes nothing the second time.
#include <optional>
#include <string>
#include <vector>

#include "core/model/finding.h"
#include "core/profile/profile.h"

namespace atscan {

struct FixInputs {
  std::string root;          // absolute scan root
  std::string anchors_pem;   // the selected profile's `anchor` certificates (anchors_pem(profile))
  std::string profile_id;    // names the appended certificates ("aws-ats anchor")
};

// Sets Finding::fix where a producer applies and the finding is not suppressed.
void add_fixes(std::vector<Finding>& findings, const FixInputs& inputs);

// The bundle fix for one file's content: an insertion at the end of `content` holding the anchors of
// `anchors_pem` that `content` lacks. nullopt when the file is not a parseable PEM bundle or lacks nothing.
std::optional<Fix> bundle_anchor_fix(const std::string& rel_path, const std::string& content, const std::string& anchors_pem,
                                     const std::string& profile_id = "aws-ats");

// The PEM text of every `anchor` certificate of a profile, in profile order.
std::string anchors_pem(const Profile& profile);

}  // namespace atscan
