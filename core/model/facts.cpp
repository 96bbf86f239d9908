#include "core/model/facts.h"

namespace atscan {

std::string_view to_string(TrustKind k) {
  switch (k) {
    case TrustKind::bundle_path: return "bundle_path";
    case TrustKind::bundle_added: return "bundle_added";
    case TrustKind::embedded_pem: return "embedded_pem";
    case TrustKind::embedded_der: return "embedded_der";
    case TrustKind::keystore: return "keystore";
    case TrustKind::pin_set: return "pin_set";
    case TrustKind::system_trust_replaced: return "system_trust_replaced";
    case TrustKind::verify_disabled: return "verify_disabled";
    case TrustKind::hostname_check_disabled: return "hostname_check_disabled";
    case TrustKind::custom_verify_callback: return "custom_verify_callback";
    case TrustKind::user_ca_trusted: return "user_ca_trusted";
    case TrustKind::unresolved: return "unresolved";
  }
  return "unresolved";
}

std::optional<TrustKind> parse_trust_kind(std::string_view s) {
  for (int i = 0; i <= static_cast<int>(TrustKind::unresolved); ++i) {
    auto k = static_cast<TrustKind>(i);
    if (to_string(k) == s) return k;
  }
  return std::nullopt;
}

}  // namespace atscan
