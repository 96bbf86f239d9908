#pragma once
// The catalog rule ids the Clang matchers emit; each is also a clang-tidy check name.
#include <array>
#include <string_view>

namespace atscan::clangfe {

inline constexpr std::string_view kVerificationDisabled = "ats-verification-disabled";
inline constexpr std::string_view kCustomCaBundle = "ats-custom-ca-bundle";
inline constexpr std::string_view kCertificatePinning = "ats-certificate-pinning";
inline constexpr std::string_view kEmbeddedCertificate = "ats-embedded-certificate";
inline constexpr std::string_view kSystemTrustReplaced = "ats-system-trust-replaced";
inline constexpr std::string_view kCustomVerifyCallback = "ats-custom-verify-callback";

inline constexpr std::array<std::string_view, 6> kClangRuleIds = {kCertificatePinning, kCustomCaBundle, kCustomVerifyCallback,
                                                                   kEmbeddedCertificate, kSystemTrustReplaced, kVerificationDisabled};

}  // namespace atscan::clangfe
