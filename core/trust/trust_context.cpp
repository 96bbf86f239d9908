#include "core/trust/trust_context.h"

#include <algorithm>
#include <map>

#include "core/trust/cert_loader.h"
#include "core/trust/set_judge.h"
#include "core/util/stable_sort.h"

namespace atscan {
namespace {

void add_key(ServedPath& p, const Certificate& c) {
  p.keys.insert(c.spki_sha256);
  p.keys.insert(c.spki_sha1);
  for (const std::string* n : {&c.subject, &c.issuer})
    if (std::find(p.names.begin(), p.names.end(), *n) == p.names.end()) p.names.push_back(*n);
}

std::vector<Certificate> certs_of(const std::vector<std::string>& pems) {
  std::vector<Certificate> out;
  for (const auto& pem : pems)
    for (auto& c : load_pem(pem).certs) out.push_back(std::move(c));
  return out;
}

}  // namespace

TrustContext::TrustContext(std::shared_ptr<const Profile> p, const std::filesystem::path& system_bundle, std::int64_t now_)
    : profile(std::move(p)), known(*profile, system_bundle), now(now_) {
  for (const auto& sc : profile->chains) {
    std::vector<Certificate> certs = certs_of(sc.pems);
    if (certs.empty()) {
      chain_problems.push_back("chain '" + sc.name + "' has no readable leaf");
      continue;
    }
    ParsedChain pc;
    pc.name = sc.name;
    pc.check_time = sc.check_time != 0 ? sc.check_time : now;  // a chain without a fixed time is checked at the run's "now"
    pc.leaf = certs.front();
    for (size_t i = 1; i < certs.size(); ++i)
      if (certs[i].sha256 != pc.leaf.sha256) pc.served.push_back(certs[i]);
    chains.push_back(std::move(pc));
  }
  for (const auto& ch : chains) {
    leaf_keys.insert(ch.leaf.spki_sha256);
    leaf_keys.insert(ch.leaf.spki_sha1);
    leaf_keys.insert(ch.leaf.sha256);
    leaf_keys.insert(ch.leaf.sha1);
  }

  for (const auto& pc : profile->paths) {
    const std::vector<Certificate> served = certs_of(pc.served);
    for (const Certificate& target : certs_of(pc.targets)) {
      ServedPath sp;
      sp.chain.leaf = target;
      sp.chain.served = served;
      sp.chain.check_time = pc.check_time;
      sp.name = name_of(target);
      sp.chain.name = sp.name;
      sp.path_class = pc.name;
      sp.current = pc.current;
      sp.target_is_ca = true;
      paths.push_back(std::move(sp));
    }
  }
  if (profile->paths.empty())
    for (const auto& ch : chains) {
      ServedPath sp;
      sp.chain = ch;
      sp.name = ch.name;
      sp.path_class = ch.name;
      paths.push_back(std::move(sp));
    }

  // The keys on each path: the target and what is sent above it, and every profile root (or copy of
  // one) that verifies the path on its own.
  for (auto& sp : paths) {
    if (sp.target_is_ca) add_key(sp, sp.chain.leaf);
    else if (std::find(sp.names.begin(), sp.names.end(), sp.chain.leaf.issuer) == sp.names.end()) sp.names.push_back(sp.chain.leaf.issuer);
    for (const auto& c : sp.chain.served) add_key(sp, c);
    for (const auto& k : known.profile_certs()) {
      if (k.role != "anchor" && k.role != "legacy-anchor" && k.role != "cross-sign") continue;
      if (!verify(sp, std::vector<const Certificate*>{&k.cert}, 0, false).ok) continue;
      add_key(sp, k.cert);
      if (k.role == "anchor" && sp.current &&
          std::find(current_anchors.begin(), current_anchors.end(), &k) == current_anchors.end())
        current_anchors.push_back(&k);
    }
  }
  stable_sort_vector(current_anchors, [&](const KnownCert* a, const KnownCert* b) {
    return a - known.profile_certs().data() < b - known.profile_certs().data();
  });
  // Legacy anchors reached by a current path are named too ("the current paths end at …").
  for (const auto& k : known.profile_certs())
    if (k.role == "legacy-anchor")
      for (const auto& sp : paths)
        if (sp.current && sp.keys.count(k.cert.spki_sha256)) {
          current_anchors.push_back(&k);
          break;
        }

  // The stored leaf chains check the profile: each must verify against the profile's anchors at its
  // check_time, and (with paths) its issuer must be one of the path targets.
  std::vector<const Certificate*> anchors;
  for (const auto& k : known.profile_certs())
    if (k.role == "anchor") anchors.push_back(&k.cert);
  for (const auto& ch : chains) {
    ChainResult r = verify_chain(ch, anchors, -1, false);
    if (!r.ok) chain_problems.push_back("stored chain '" + ch.name + "' does not verify to an anchor at its check_time: " + r.error_text);
    if (profile->paths.empty()) continue;
    bool issued_by_target = false;
    for (const auto& sp : paths) issued_by_target = issued_by_target || (sp.target_is_ca && sp.chain.leaf.subject == ch.leaf.issuer);
    if (!issued_by_target) chain_problems.push_back("stored chain '" + ch.name + "': its issuer is not a path target (" + ch.leaf.issuer + ")");
  }
}

ChainResult TrustContext::verify(const ServedPath& path, const std::vector<const Certificate*>& trust, int depth,
                                 bool partial_chain) const {
  if (!path.target_is_ca) return verify_chain(path.chain, trust, depth > 0 ? depth : -1, partial_chain);
  // An intermediate as the target: the run's clock, kept inside the intermediate's validity (its
  // expiry is the issuer's rotation, not the client's problem); the client's depth counts the leaf
  // below it, so the target chain may use one intermediate less.
  ParsedChain at = path.chain;
  if (at.check_time == 0) at.check_time = std::clamp(now, at.leaf.not_before + 1, at.leaf.not_after - 1);
  return verify_chain(at, trust, depth > 0 ? depth - 1 : -1, partial_chain);
}

ChainResult TrustContext::verify(const ServedPath& path, const std::vector<Certificate>& trust, int depth, bool partial_chain) const {
  std::vector<const Certificate*> ptrs;
  ptrs.reserve(trust.size());
  for (const auto& c : trust) ptrs.push_back(&c);
  return verify(path, ptrs, depth, partial_chain);
}

int TrustContext::needed_depth(const ServedPath& path, const ChainResult& r) const {
  return atscan::needed_depth(r) + (path.target_is_ca ? 1 : 0);
}

std::string TrustContext::name_of(const Certificate& c) const {
  bool same_key = false;
  if (const KnownCert* k = known.identify(c, &same_key)) return same_key ? k->name + " (another certificate for its key)" : k->name;
  return "unknown certificate " + c.subject;
}

std::string TrustContext::role_of(const Certificate& c) const {
  if (const KnownCert* k = known.identify(c)) return k->role;
  if (!c.is_ca) return "leaf";
  return "unknown";
}

std::string TrustContext::rotation_family(const Certificate& c) const {
  // Siblings: intermediates of the same issuer whose names differ only in the last word (M01…M04).
  const std::string self = name_of(c);
  const auto cut = self.rfind(' ');
  const std::string prefix = cut == std::string::npos ? self : self.substr(0, cut + 1);
  std::vector<std::string> family;
  for (const auto& k : known.profile_certs())
    if (k.role == "intermediate" && k.cert.issuer == c.issuer && k.name.rfind(prefix, 0) == 0 &&
        k.name.find(' ', prefix.size()) == std::string::npos)
      family.push_back(k.name);
  if (family.size() < 2) return {};
  std::sort(family.begin(), family.end());
  return family.front() + "\u2013" + family.back().substr(prefix.size());
}

std::string TrustContext::describe_paths(const std::vector<const ServedPath*>& ps) const {
  // Grouped by class, in profile order: "RSA 2048 via Amazon Root CA 1 (Amazon RSA 2048 M01–M04)".
  std::vector<std::string> classes;
  std::map<std::string, std::vector<const ServedPath*>> by;
  for (const ServedPath* p : ps) {
    if (!by.count(p->path_class)) classes.push_back(p->path_class);
    by[p->path_class].push_back(p);
  }
  std::vector<std::string> out;
  for (const auto& cls : classes) {
    const auto& members = by[cls];
    std::string family = members.size() > 1 && members.front()->target_is_ca ? rotation_family(members.front()->chain.leaf) : "";
    size_t in_class = 0;
    for (const auto& p : paths) in_class += p.path_class == cls;
    std::string targets;
    if (!members.front()->target_is_ca) targets = "";
    else if (!family.empty() && members.size() == in_class) targets = family;
    else {
      std::vector<std::string> names;
      for (const ServedPath* p : members) names.push_back(p->name);
      targets = name_list(names);
    }
    out.push_back(targets.empty() || targets == cls ? cls : cls + " (" + targets + ")");
  }
  return name_list(out);
}

}  // namespace atscan
