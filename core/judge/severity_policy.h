#pragma once
// The break-versus-insecure table as code: how a verdict and the endpoint it meets become a level.
#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"
#include "core/model/severity.h"
#include "core/trust/verdict.h"

namespace atscan {

enum class EndpointReach { s3_or_cloudfront, other_host, none };

// A fact that replaces system trust with content named but not shown: a path, a keystore, a value the
// scan cannot resolve, an empty store filled elsewhere. UNKNOWN for such a fact is a warning.
bool replaces_with_unseen_content(TrustKind kind);

Severity decide_severity(TrustKind kind, VerdictKind verdict, EndpointReach reach);

}  // namespace atscan
