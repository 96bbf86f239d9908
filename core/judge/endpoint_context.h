#pragma once
// Which endpoints a configured object talks to, within one file: the same object, objects it is
// handed to (use facts, followed transitively), or file scope when either side has no object.
#include <vector>

#include "core/flow/solver.h"
#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"

namespace atscan {

struct ReachedEndpoint {
  const EndpointFact* fact = nullptr;
  HostMatch match;
  std::vector<const UseFact*> via;  // the use steps from the trust object to the endpoint's object
};

// With a solver and a file whose functions are known, a file-scope link (one side names no object)
// needs both sides in the same function: an S3 URL elsewhere in the file is not this client's.
std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileFacts& file, const HostClassifier& hosts,
                                           const flow::Solver* solver = nullptr);

// The endpoint that matters most: affected S3/CloudFront first, then other hosts, then unknown.
const ReachedEndpoint* most_relevant(const std::vector<ReachedEndpoint>& reached);

}  // namespace atscan
