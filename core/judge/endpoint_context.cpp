#include "core/judge/endpoint_context.h"

#include <map>
#include <set>
#include <string>

namespace atscan {

std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileFacts& file, const HostClassifier& hosts,
                                           const flow::Solver* solver) {
  const bool scoped = solver && !file.flows.functions.empty();
  const std::string trust_fn = scoped ? solver->function_at(file.file, trust.location) : "";
  // Objects reachable from the trust object through use facts, with the path that reached them.
  std::map<std::string, std::vector<const UseFact*>> reached{{trust.object, {}}};
  std::vector<std::string> work{trust.object};
  while (!work.empty()) {
    auto cur = work.back();
    work.pop_back();
    for (const auto& u : file.uses) {
      if (u.from_object != cur || reached.count(u.to_object)) continue;
      auto path = reached[cur];
      path.push_back(&u);
      reached[u.to_object] = path;
      work.push_back(u.to_object);
    }
  }
  std::vector<ReachedEndpoint> out;
  for (const auto& e : file.endpoints) {
    std::vector<const UseFact*> via;
    if (trust.object.empty() || e.object.empty()) {
      // File scope on either side: plausible within one function, not proven by a flow.
      if (scoped && solver->function_at(file.file, e.location) != trust_fn) continue;
    } else if (auto it = reached.find(e.object); it != reached.end()) {
      via = it->second;
    } else {
      continue;
    }
    out.push_back({&e, hosts.classify(e.value), via});
  }
  // A file-scope trust setting whose own statement names an endpoint (requests.get(url, verify=…))
  // is about that endpoint, not about the others in the file.
  if (trust.object.empty()) {
    std::vector<ReachedEndpoint> same_line;
    for (const auto& r : out)
      if (r.fact->location.line >= trust.location.line - 2 && r.fact->location.line <= trust.location.end_line)
        same_line.push_back(r);
    if (!same_line.empty()) return same_line;
  }
  return out;
}

static int rank(const ReachedEndpoint& r) {
  int score = 0;
  if (r.match.cls == EndpointClass::s3 || r.match.cls == EndpointClass::cloudfront) score = r.match.affected() ? 40 : 20;
  else if (r.match.cls == EndpointClass::other) score = 10;
  if (!r.fact->object.empty()) score += 5;  // a proven link beats a file-scope one
  return score;
}

const ReachedEndpoint* most_relevant(const std::vector<ReachedEndpoint>& reached) {
  const ReachedEndpoint* best = nullptr;
  for (const auto& r : reached)
    if (!best || rank(r) > rank(*best)) best = &r;
  return best;
}

}  // namespace atscan
