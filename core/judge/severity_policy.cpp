#include "core/judge/severity_policy.h"

namespace atscan {

bool replaces_with_unseen_content(TrustKind kind) {
  return kind == TrustKind::bundle_path || kind == TrustKind::keystore || kind == TrustKind::unresolved ||
         kind == TrustKind::system_trust_replaced;
}

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
    case VerdictKind::unknown:
      // Trust replaced by content the scan cannot see (a file outside the tree, a value set at run
      // time): the hosts it governs lose their roots unless that content holds them, so it is a
      // warning wherever it is used. An undecidable callback, pin or certificate text stays a note.
      if (aws || replaces_with_unseen_content(kind)) return Severity::warning;
      return Severity::note;
  }
  return Severity::note;
}

}  // namespace atscan
