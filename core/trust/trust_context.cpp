#include "core/trust/trust_context.h"

#include <algorithm>

#include "core/trust/cert_loader.h"

namespace atscan {

TrustContext::TrustContext(std::shared_ptr<const Profile> p, const std::filesystem::path& system_bundle, std::int64_t now_)
    : profile(std::move(p)), known(*profile, system_bundle), now(now_) {
  for (const auto& sc : profile->chains) {
    ParsedChain pc;
    pc.name = sc.name;
    pc.check_time = sc.check_time != 0 ? sc.check_time : now;  // a chain without a fixed time is checked at the run's "now"
    bool have_leaf = false;
    for (const auto& pem : sc.pems) {
      LoadResult r = load_pem(pem);
      for (auto& c : r.certs) {
        if (!have_leaf) {
          pc.leaf = std::move(c);
          have_leaf = true;
        } else if (c.sha256 != pc.leaf.sha256) {
          pc.served.push_back(std::move(c));
        }
      }
    }
    if (!have_leaf) {
      chain_problems.push_back("chain '" + sc.name + "' has no readable leaf");
      continue;
    }
    chains.push_back(std::move(pc));
  }
  for (const auto& ch : chains) {
    leaf_keys.insert(ch.leaf.spki_sha256);
    leaf_keys.insert(ch.leaf.spki_sha1);
    leaf_keys.insert(ch.leaf.sha256);
    leaf_keys.insert(ch.leaf.sha1);
    for (const auto& c : ch.served) {
      chain_ca_keys.insert(c.spki_sha256);
      chain_ca_keys.insert(c.spki_sha1);
    }
  }
  for (const auto& k : known.profile_certs()) {
    if (k.role != "anchor" && k.role != "legacy-anchor") continue;
    for (const auto& ch : chains) {
      if (!verify_chain(ch, std::vector<const Certificate*>{&k.cert}, 0, false).ok) continue;
      chain_anchors.push_back(&k);
      chain_ca_keys.insert(k.cert.spki_sha256);
      chain_ca_keys.insert(k.cert.spki_sha1);
      break;
    }
  }
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

}  // namespace atscan
