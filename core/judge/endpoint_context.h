#pragma once
// Which endpoints a configured object talks to, within one file: the same object, objects it is
// handed to (use facts, followed transitively), or file scope when either side has no object.
#include <map>
#include <string>
#include <unordered_map>
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

// Endpoint values classified once per scan: the same URL on many lines costs one classification.
class EndpointClassCache {
 public:
  explicit EndpointClassCache(const HostClassifier& hosts) : hosts_(hosts) {}
  const HostMatch& classify(const std::string& value);

 private:
  const HostClassifier& hosts_;
  std::unordered_map<std::string, HostMatch> cache_;
};

// One file's endpoints and uses, indexed once so that linking each trust fact costs what it reaches,
// not the size of the file.
class FileEndpointIndex {
 public:
  FileEndpointIndex(const FileFacts& file, EndpointClassCache& classes);
  const FileFacts& file() const { return file_; }
  const HostMatch& match(size_t endpoint) const { return *matches_[endpoint]; }
  const std::vector<size_t>* endpoints_of(const std::string& object) const;
  const std::vector<const UseFact*>* uses_from(const std::string& object) const;
  // Endpoints whose statement starts on lines [first, last], in file order.
  std::vector<size_t> endpoints_on_lines(int first, int last) const;
  // Whether `name` is a parameter or local variable of `function` (C and C++ only: there a name
  // declared in a function is another object in every other function; "" = no such knowledge).
  bool is_local(const std::string& function, const std::string& name) const;

 private:
  const FileFacts& file_;
  std::vector<const HostMatch*> matches_;
  std::unordered_map<std::string, std::vector<size_t>> by_object_;
  std::unordered_map<std::string, std::vector<const UseFact*>> uses_by_from_;
  std::vector<std::pair<int, size_t>> by_line_;  // (line, endpoint index), sorted
  std::unordered_map<std::string, std::vector<std::string>> locals_;  // function → its parameters and locals
};

// With a solver and a file whose functions are known, a file-scope link (one side names no object)
// needs both sides in the same function: an S3 URL elsewhere in the file is not this client's.
std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileFacts& file, const HostClassifier& hosts,
                                           const flow::Solver* solver = nullptr);
// The same answer from a prepared index (what the judge uses).
std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileEndpointIndex& index, const flow::Solver* solver = nullptr);

// The endpoint that matters most: affected S3/CloudFront first, then other hosts, then unknown.
const ReachedEndpoint* most_relevant(const std::vector<ReachedEndpoint>& reached);

}  // namespace atscan
