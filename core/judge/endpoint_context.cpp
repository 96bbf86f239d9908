#include "core/judge/endpoint_context.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace atscan {

const HostMatch& EndpointClassCache::classify(const std::string& value) {
  auto it = cache_.find(value);
  if (it == cache_.end()) it = cache_.emplace(value, hosts_.classify(value)).first;
  return it->second;  // unordered_map references stay valid across inserts
}

FileEndpointIndex::FileEndpointIndex(const FileFacts& file, EndpointClassCache& classes) : file_(file) {
  matches_.reserve(file.endpoints.size());
  by_line_.reserve(file.endpoints.size());
  for (size_t i = 0; i < file.endpoints.size(); ++i) {
    const auto& e = file.endpoints[i];
    matches_.push_back(&classes.classify(e.value));
    by_object_[e.object].push_back(i);
    by_line_.push_back({e.location.line, i});
  }
  std::sort(by_line_.begin(), by_line_.end());
  for (const auto& u : file.uses) uses_by_from_[u.from_object].push_back(&u);
}

const std::vector<size_t>* FileEndpointIndex::endpoints_of(const std::string& object) const {
  auto it = by_object_.find(object);
  return it == by_object_.end() ? nullptr : &it->second;
}

const std::vector<const UseFact*>* FileEndpointIndex::uses_from(const std::string& object) const {
  auto it = uses_by_from_.find(object);
  return it == uses_by_from_.end() ? nullptr : &it->second;
}

std::vector<size_t> FileEndpointIndex::endpoints_on_lines(int first, int last) const {
  std::vector<size_t> out;
  for (auto it = std::lower_bound(by_line_.begin(), by_line_.end(), std::pair<int, size_t>{first, 0});
       it != by_line_.end() && it->first <= last; ++it)
    out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileEndpointIndex& index, const flow::Solver* solver) {
  const FileFacts& file = index.file();
  auto reach = [&](size_t i, std::vector<const UseFact*> via) { return ReachedEndpoint{&file.endpoints[i], index.match(i), std::move(via)}; };
  // File scope on either side: plausible within one function, not proven by a flow.
  const bool scoped = solver && !file.flows.functions.empty();
  const std::string trust_fn = scoped ? solver->function_at(file.file, trust.location) : "";
  auto same_function = [&](size_t i) { return !scoped || solver->function_at(file.file, file.endpoints[i].location) == trust_fn; };
  std::vector<ReachedEndpoint> out;
  if (trust.object.empty()) {
    // A file-scope trust setting whose own statement names an endpoint (requests.get(url, verify=…))
    // is about that endpoint, not about the others in the file.
    for (size_t i : index.endpoints_on_lines(trust.location.line - 2, trust.location.end_line))
      if (same_function(i)) out.push_back(reach(i, {}));
    if (!out.empty()) return out;
    for (size_t i = 0; i < file.endpoints.size(); ++i)
      if (same_function(i)) out.push_back(reach(i, {}));
    return out;
  }
  // Objects reachable from the trust object through use facts, with the path that reached them.
  std::map<std::string, std::vector<const UseFact*>> reached{{trust.object, {}}};
  std::vector<std::string> work{trust.object};
  while (!work.empty()) {
    auto cur = work.back();
    work.pop_back();
    const auto* uses = index.uses_from(cur);
    if (!uses) continue;
    for (const UseFact* u : *uses) {
      if (reached.count(u->to_object)) continue;
      auto path = reached[cur];
      path.push_back(u);
      reached[u->to_object] = path;
      work.push_back(u->to_object);
    }
  }
  // File-scope endpoints (plausible, not proven by a flow) and the endpoints of reached objects, in file order.
  std::vector<std::pair<size_t, const std::vector<const UseFact*>*>> hits;
  if (const auto* scope = index.endpoints_of("")) {
    static const std::vector<const UseFact*> kNone;
    for (size_t i : *scope)
      if (same_function(i)) hits.push_back({i, &kNone});
  }
  for (const auto& [object, via] : reached)
    if (const auto* eps = index.endpoints_of(object); eps && !object.empty())
      for (size_t i : *eps) hits.push_back({i, &via});
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [i, via] : hits) out.push_back(reach(i, *via));
  return out;
}

std::vector<ReachedEndpoint> endpoints_for(const TrustFact& trust, const FileFacts& file, const HostClassifier& hosts,
                                           const flow::Solver* solver) {
  EndpointClassCache classes(hosts);
  return endpoints_for(trust, FileEndpointIndex(file, classes), solver);
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
