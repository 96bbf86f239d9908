#pragma once
// The S3/CloudFront endpoints of a scan as findings of their own (ats-s3-endpoint, a note): the place
// where a program or configuration connects to S3 or CloudFront, with the trust that governs it, so
// that a reviewer sees every S3 path and what decides whether it survives a CA change.
#include <optional>
#include <string>

#include "core/flow/solver.h"
#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"

namespace atscan {

// The text to classify for an endpoint the front-end could not resolve to one string: a host built
// from pieces (`BUCKET "." SERVICE ".amazonaws.com"`), where the pieces the flows resolve give their
// value and the others stand as `{name}` placeholders. "" when the endpoint is not built that way.
std::string endpoint_template(flow::Solver& solver, const std::string& file, const EndpointFact& e);

// Whether an endpoint is a connection the code or configuration makes rather than a word in prose:
// an SDK client, a request, a connection option or a configuration key always are; a bare string
// literal or macro body is when all of it is one URL or host (no spaces: help texts, log messages and
// XML documents that mention a host are not connections).
bool connection_shaped(const EndpointFact& e, const std::string& classified_text);

// A host that is one variable named for S3 or CloudFront (`${S3_SERVER}`, `$S3_UPSTREAM:443`): the
// match says so (tag "named by S3_SERVER"); nullopt for anything else.
std::optional<HostMatch> host_named_for_aws(const std::string& value);

}  // namespace atscan
