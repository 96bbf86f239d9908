#pragma once
// The verdict on a trust set (a bundle, keystore, directory or embedded certificates) and on a pin
// set, against the profile's served chains. Pure functions of their inputs; the oracle caches them.
#include <string>
#include <vector>

#include "core/trust/cert_loader.h"
#include "core/trust/trust_context.h"
#include "core/trust/verdict.h"

namespace atscan {

TrustVerdict judge_certificate_set(const TrustContext& ctx, const LoadResult& loaded, int verify_depth);

// One line per certificate for verdicts and inventories.
CertSummary summarize(const TrustContext& ctx, const Certificate& c);

// "A, B, C and 2 more"
std::string name_list(const std::vector<std::string>& names, size_t max = 4);

}  // namespace atscan
