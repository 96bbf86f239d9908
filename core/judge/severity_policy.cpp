#include "core/judge/severity_policy.h"

namespace atscan {

Severity decide_severity(TrustKind kind, VerdictKind verdict, EndpointReach reach) {
  const bool aws = reach == EndpointReach::s3_or_cloudfront;
  switch (kind) {
    case TrustKind::verify_disabled:
    case TrustKind::hostname_check_disabled:
    case TrustKind::user_ca_trusted:
      return Severity::warning;  // insecure everywhere, but it does not break on a CA move
    case TrustKind::bundle_added:
      return Severity::none;     // additive trust keeps the system roots
    default:
      break;
  }
  switch (verdict) {
    case VerdictKind::accepts: return Severity::note;
    case VerdictKind::rejects: return aws ? Severity::error : Severity::warning;
    case VerdictKind::partial:
    case VerdictKind::warn: return aws ? Severity::error : Severity::warning;
    case VerdictKind::unknown: return aws ? Severity::warning : Severity::note;
  }
  return Severity::note;
}

}  // namespace atscan
