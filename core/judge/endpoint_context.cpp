#include "core/judge/endpoint_context.h"

#include <algorithm>
#include <cctype>
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
  // C and C++ have no closures: a parameter or local of one function is never the object of another.
  // (Python self and Go receivers are recorded as locals, and their objects do span methods.)
  if (file.flows.language == "c" || file.flows.language == "cpp") {
    for (const auto& f : file.flows.functions) locals_[f.name].insert(locals_[f.name].end(), f.params.begin(), f.params.end());
    for (const auto& a : file.flows.assignments)
      if (a.kind == flow::AssignKind::definition && !a.function.empty() && a.target.kind == flow::ValueKind::name)
        locals_[a.function].push_back(a.target.text);
  }
}

bool FileEndpointIndex::is_local(const std::string& function, const std::string& name) const {
  auto it = locals_.find(function);
  return it != locals_.end() && std::find(it->second.begin(), it->second.end(), name) != it->second.end();
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
    // is about that endpoint, not about the others in the file. Its own lines first; the URL of a
    // statement broken over lines may stand one or two lines above, but not the previous statement's.
    for (int back = 0; back <= 2 && out.empty(); ++back)
      for (size_t i : index.endpoints_on_lines(trust.location.line - back, trust.location.end_line))
        if (same_function(i)) out.push_back(reach(i, {}));
    if (!out.empty()) return out;
    for (size_t i = 0; i < file.endpoints.size(); ++i)
      if (same_function(i)) out.push_back(reach(i, {}));
    return out;
  }
  // An object is its text plus, when its root name is a parameter or local of a function, that
  // function: `ctx` of one function is not `ctx` of another (file-scope names stay shared).
  using Object = std::pair<std::string, std::string>;  // (function or "", text)
  auto object_in = [&](const std::string& text, const std::string& fn) -> Object {
    if (!scoped) return {"", text};
    size_t b = text.find_first_not_of("&*( \t");
    if (b == std::string::npos) return {"", text};
    size_t e = b;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_')) ++e;
    return {index.is_local(fn, text.substr(b, e - b)) ? fn : "", text};
  };
  auto fn_of = [&](const Location& at) { return scoped ? solver->function_at(file.file, at) : std::string(); };
  // Objects reachable from the trust object through use facts, with the path that reached them.
  const Object start = object_in(trust.object, trust_fn);
  std::map<Object, std::vector<const UseFact*>> reached{{start, {}}};
  std::vector<Object> work{start};
  while (!work.empty()) {
    auto cur = work.back();
    work.pop_back();
    const auto* uses = index.uses_from(cur.second);
    if (!uses) continue;
    for (const UseFact* u : *uses) {
      const std::string fn = fn_of(u->location);
      if (object_in(u->from_object, fn) != cur) continue;  // the same text, another function's object
      const Object next = object_in(u->to_object, fn);
      if (reached.count(next)) continue;
      auto path = reached[cur];
      path.push_back(u);
      reached[next] = path;
      work.push_back(next);
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
    if (const auto* eps = index.endpoints_of(object.second); eps && !object.second.empty())
      for (size_t i : *eps)
        if (object_in(object.second, fn_of(file.endpoints[i].location)) == object) hits.push_back({i, &via});
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
