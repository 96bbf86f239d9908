#pragma once
// Which endpoints a configured object talks to, within one file: the same object, objects it is
// handed to (use facts, followed transitively), or file scope when either side has no object.
#include <vector>

#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"

namespace atscan {

struct ReachedEndpoint {
  const EndpointFact* fact = nullptr;
  HostMatch match;
  std::vector<const UseFact*> via;  // the use steps from the trust object to the endpoint's object
};

std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileFacts& file, const HostClassifier& hosts);

// The endpoint that matters most: affected S3/CloudFront first, then other hosts, then unknown.
const ReachedEndpoint* most_relevant(const std::vector<ReachedEndpoint>& reached);

}  // namespace atscan
