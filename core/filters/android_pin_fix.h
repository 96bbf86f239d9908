#pragma once
// Fix for an Android network_security_config.xml <pin-set> that rejects the ATS chains: add the SPKI
// pins of the Amazon Trust Services anchors (Amazon Root CA 1–4 and, as the backup from another CA
// key, Starfield Services Root CA G2) before </pin-set>, indented like the existing pins.
#include <optional>
#include <string>

#include "core/model/finding.h"

namespace atscan {

// `pin_set_line`: the 1-based line of the <pin-set> start tag (the finding's line). nullopt when the
// file does not parse as XML, has no <pin-set> there, or already holds every anchor pin.
std::optional<Fix> android_pin_set_fix(const std::string& rel_path, const std::string& content, int pin_set_line,
                                       const std::string& anchors_pem);

}  // namespace atscan
