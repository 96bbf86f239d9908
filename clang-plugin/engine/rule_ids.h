#pragma once
// The catalog rule ids the Clang matchers emit (generated from rules/*.yaml); each is also a
// clang-tidy check name.
#include <string_view>

#include "atscan/rule_ids.h"

namespace atscan::clangfe {

inline constexpr std::string_view kVerificationDisabled = rule_ids::kVerificationDisabled;
inline constexpr std::string_view kCustomCaBundle = rule_ids::kCustomCaBundle;
inline constexpr std::string_view kCertificatePinning = rule_ids::kCertificatePinning;
inline constexpr std::string_view kEmbeddedCertificate = rule_ids::kEmbeddedCertificate;
inline constexpr std::string_view kSystemTrustReplaced = rule_ids::kSystemTrustReplaced;
inline constexpr std::string_view kCustomVerifyCallback = rule_ids::kCustomVerifyCallback;

// Every catalog rule whose `languages` include c or cpp.
inline constexpr auto kClangRuleIds = rule_ids::kCAndCpp;

}  // namespace atscan::clangfe
