#pragma once
// The verdict on a verification callback whose body compares certificate names or digests with
// constants: it accepts a served path when one of its constants matches a certificate on that path.
#include <vector>

#include "core/model/facts.h"
#include "core/trust/trust_context.h"
#include "core/trust/verdict.h"

namespace atscan {

// `constants`: what the callback accepts (any one of them). Host-name constants (a subject compared
// with "*.example.com") say nothing about the CA and are ignored; fingerprints are judged as pins.
TrustVerdict judge_callback_constants(const TrustContext& ctx, const std::vector<CallbackConstant>& constants);

}  // namespace atscan
