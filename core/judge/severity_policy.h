#pragma once
// The break-versus-insecure table as code: how a verdict and the endpoint it meets become a level.
#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"
#include "core/model/severity.h"
#include "core/trust/verdict.h"

namespace atscan {

enum class EndpointReach { s3_or_cloudfront, other_host, none };

Severity decide_severity(TrustKind kind, VerdictKind verdict, EndpointReach reach);

}  // namespace atscan
