#pragma once
// The verdict on a pin set: which keys (or certificate hashes) it names, against the keys the
// profile's served chains present.
#include <string>
#include <vector>

#include "core/trust/trust_context.h"
#include "core/trust/verdict.h"

namespace atscan {

struct PinSetOptions {
  bool leaf_only = false;   // the client compares pins with the leaf only (curl PINNEDPUBLICKEY, Envoy)
  std::string expiration;   // "YYYY-MM-DD" when the format has one (Android pin-set, TrustKit); "" = none
  bool declared = false;    // every input is a pin (an Android <pin>): one that does not read is malformed, not unknown
  std::string refused;      // why the client refuses the configuration that holds the pins: nothing gets through
};

TrustVerdict judge_pin_set(const TrustContext& ctx, const std::vector<std::string>& pins, const PinSetOptions& options);

}  // namespace atscan
