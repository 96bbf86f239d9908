// Decides by building and verifying the real served chains with the candidate set as the only trust
// store, then explains the outcome from the roles of the certificates the set holds.
#include "core/trust/set_judge.h"

#include <openssl/x509_vfy.h>

#include <algorithm>
#include <map>
#include <optional>

namespace atscan {
namespace {

std::string with_expiry(const TrustContext& ctx, const Certificate& c) {
  // In reasons an unknown certificate is named by its CN: the full subject is in the inventory.
  std::string n = ctx.known.identify(c) ? ctx.name_of(c) : c.display_name;
  if (c.expired_at(ctx.now)) n += ", expired " + iso_date(c.not_after);
  return n;
}

bool is_anchor_role(const std::string& role) { return role == "anchor"; }

// Explains a set that verifies no served chain, from what it holds.
std::string explain_rejection(const TrustContext& ctx, const std::vector<Certificate>& certs) {
  std::map<std::string, std::vector<std::string>> by;  // category → names
  size_t expired = 0;
  for (const auto& c : certs) {
    const std::string role = ctx.role_of(c);
    std::string cat;
    if (role == "legacy-root") cat = "legacy-root";
    else if (role == "legacy-intermediate") cat = "legacy-intermediate";
    else if (role == "intermediate") cat = "intermediate";
    else if (role == "lookalike") cat = "lookalike";
    else if (role == "leaf") cat = "leaf";
    else cat = "unrelated";
    // A leaf is named by its subject: "unknown certificate …" says nothing more.
    by[cat].push_back(cat == "leaf" && !ctx.known.identify(c) ? c.display_name : with_expiry(ctx, c));
    if (c.expired_at(ctx.now)) ++expired;
  }
  auto phrase = [&](const std::string& cat, bool only) -> std::string {
    const auto& names = by[cat];
    const bool many = names.size() > 1;
    const std::string list = name_list(names);
    if (cat == "legacy-root") return "legacy roots (" + list + ")";
    if (cat == "legacy-certs") return "legacy certificates (" + list + ")";
    if (cat == "legacy-intermediate") return std::string(many ? "legacy intermediates" : "a legacy intermediate") + " (" + list + ")";
    if (cat == "intermediate")
      return std::string(only ? "an intermediate" : "intermediates") + " (" + list +
             ") that the served chains do not use";
    if (cat == "lookalike") return std::string("the look-alike ") + list + " (a different key from the profile's anchors)";
    if (cat == "leaf") return std::string(many ? "leaf certificates" : "a leaf certificate") + " (" + list + ")";
    return std::string(many ? "unrelated roots" : "an unrelated certificate") + " (" + list + ")";
  };
  // Legacy roots and legacy intermediates together read as one group.
  if (by.count("legacy-root") && by.count("legacy-intermediate")) {
    auto& all = by["legacy-certs"];
    for (const char* cat : {"legacy-root", "legacy-intermediate"})
      for (auto& n : by[cat]) all.push_back(n);
    by.erase("legacy-root");
    by.erase("legacy-intermediate");
  }
  if (expired == certs.size() && !by.count("legacy-root") && !by.count("legacy-intermediate") && !by.count("legacy-certs") &&
      !by.count("lookalike")) {
    std::vector<std::string> names;
    for (const auto& c : certs) names.push_back(with_expiry(ctx, c));
    return "only expired certificates (" + name_list(names) + ")";
  }
  if (by.size() == 1) return "only " + phrase(by.begin()->first, true);
  std::string out = "no anchor of " + ctx.profile->id + ": ";
  bool first = true;
  for (const char* cat : {"legacy-certs", "legacy-root", "legacy-intermediate", "lookalike", "intermediate", "unrelated", "leaf"}) {
    if (!by.count(cat)) continue;
    out += (first ? "" : "; ") + phrase(cat, false);
    first = false;
  }
  return out;
}

}  // namespace

std::string name_list(const std::vector<std::string>& names, size_t max) {
  // Items that carry their own commas ("X, expired 2025-05-12") are separated by semicolons.
  bool commas = false;
  for (const auto& n : names) commas = commas || n.find(", ") != std::string::npos;
  const char* sep = commas ? "; " : ", ";
  std::string out;
  const size_t shown = names.size() > max + 1 ? max : names.size();
  for (size_t i = 0; i < shown; ++i) out += (i ? sep : "") + names[i];
  if (shown < names.size()) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

CertSummary summarize(const TrustContext& ctx, const Certificate& c) {
  CertSummary s;
  s.subject = c.subject;
  s.known_name = ctx.name_of(c);
  s.role = ctx.role_of(c);
  s.sha256 = c.sha256_hex();
  s.spki_pin = c.spki_pin();
  s.not_after = iso_date(c.not_after);
  s.expired = c.expired_at(ctx.now);
  return s;
}

TrustVerdict judge_certificate_set(const TrustContext& ctx, const LoadResult& loaded, int depth) {
  TrustVerdict v;
  switch (loaded.status) {
    case LoadStatus::ok: break;
    case LoadStatus::empty:
      v.kind = VerdictKind::rejects;
      v.reason = "no certificates (" + loaded.error + ")";
      return v;
    case LoadStatus::malformed: v.reason = "malformed certificate data: " + loaded.error; return v;
    case LoadStatus::encrypted: v.reason = loaded.error; return v;
    case LoadStatus::not_certificates: v.reason = loaded.error; return v;
    case LoadStatus::unreadable: v.reason = "unreadable: " + loaded.error; return v;
  }
  const auto& certs = loaded.certs;
  for (const auto& c : certs) v.certificates.push_back(summarize(ctx, c));
  for (const auto& p : loaded.problems) v.problems.push_back(p);

  if (ctx.paths.empty()) {
    // A profile without served paths decides by membership: any anchor accepts.
    for (const auto& c : certs)
      if (is_anchor_role(ctx.role_of(c)) && !c.expired_at(ctx.now)) v.accepted_by.push_back(ctx.name_of(c));
    if (!v.accepted_by.empty()) {
      v.kind = VerdictKind::accepts;
      return v;
    }
    v.kind = VerdictKind::rejects;
    v.reason = explain_rejection(ctx, certs);
    return v;
  }

  // 1. The client's view: self-signed anchors only, its depth, every path the service can serve.
  std::vector<ChainResult> strict;
  for (const auto& p : ctx.paths) strict.push_back(ctx.verify(p, certs, depth, false));
  std::vector<const ServedPath*> current, current_ok, other_ok;
  for (size_t i = 0; i < ctx.paths.size(); ++i) {
    const ServedPath& p = ctx.paths[i];
    if (p.current) current.push_back(&p);
    if (strict[i].ok) (p.current ? current_ok : other_ok).push_back(&p);
  }
  auto anchor_of = [&](const ServedPath* p) -> const Certificate& { return strict[p - ctx.paths.data()].path.back(); };

  // The set's profile roots that verify every current path alone: the names behind "ACCEPTS (…)".
  auto alone_accepting = [&] {
    std::vector<std::string> names;
    // In profile order (then set order), so the same anchors always read the same way.
    std::vector<const Certificate*> ordered;
    for (const auto& k : ctx.known.profile_certs())
      for (const auto& c : certs)
        if (c.sha256 == k.cert.sha256) ordered.push_back(&c);
    for (const Certificate* cp : ordered) {
      if (ctx.role_of(*cp) != "anchor") continue;
      bool all = true;
      for (const ServedPath* p : current) all = all && ctx.verify(*p, std::vector<const Certificate*>{cp}, depth, false).ok;
      if (all) names.push_back(ctx.name_of(*cp));
    }
    return names;
  };

  if (!current_ok.empty()) {
    bool legacy_only = true;
    for (const ServedPath* p : current_ok) legacy_only = legacy_only && ctx.role_of(anchor_of(p)) == "legacy-anchor";
    if (legacy_only) {
      v.kind = VerdictKind::partial;
      v.reason = "only " + ctx.name_of(anchor_of(current_ok.front())) +
                 ": accepts only while the server sends the cross-certificate to it";
      return v;
    }
    if (current_ok.size() < current.size()) {
      std::vector<const ServedPath*> failing;
      for (const ServedPath* p : current)
        if (std::find(current_ok.begin(), current_ok.end(), p) == current_ok.end()) failing.push_back(p);
      v.kind = VerdictKind::partial;
      v.reason = "accepts only some of the current paths (" + ctx.describe_paths(current_ok) + "); rejects " +
                 ctx.describe_paths(failing) + ", which a rotation can serve";
      return v;
    }
    v.kind = VerdictKind::accepts;
    v.accepted_by = alone_accepting();
    if (v.accepted_by.empty()) v.accepted_by.push_back(ctx.name_of(anchor_of(current_ok.front())));
    size_t anchors_total = 0, anchors_held = 0;
    for (const auto& k : ctx.known.profile_certs())
      if (k.role == "anchor") {
        ++anchors_total;
        for (const auto& c : certs)
          if (c.spki_sha256 == k.cert.spki_sha256) {
            ++anchors_held;
            break;
          }
      }
    v.reason = "holds " + std::to_string(anchors_held) + " of " + std::to_string(anchors_total) + " anchors";
    return v;
  }

  // 2. Depth: the set would accept the current paths with a longer chain allowed.
  if (depth > 0) {
    for (size_t i = 0; i < ctx.paths.size(); ++i) {
      if (!ctx.paths[i].current || strict[i].error != X509_V_ERR_CERT_CHAIN_TOO_LONG) continue;
      ChainResult deep = ctx.verify(ctx.paths[i], certs, 0, false);
      if (!deep.ok) continue;
      v.kind = VerdictKind::partial;
      v.reason = "verify depth " + std::to_string(depth) + " is too small: the chain to " + ctx.name_of(deep.path.back()) +
                 " needs depth " + std::to_string(ctx.needed_depth(ctx.paths[i], deep)) + " (error " +
                 std::to_string(strict[i].error) + ": " + strict[i].error_text + ")";
      return v;
    }
  }

  // 3. Partial-chain clients (mbedTLS, wolfSSL, Java, Go) take any trusted certificate as an anchor.
  bool has_non_self_signed = false;
  for (const auto& c : certs) has_non_self_signed = has_non_self_signed || !c.self_signed;
  if (has_non_self_signed) {
    std::vector<const ServedPath*> reached;
    std::optional<Certificate> anchor;  // a copy: each result goes out of scope
    for (const ServedPath* p : current) {
      ChainResult r = ctx.verify(*p, certs, depth, true);
      if (!r.ok) continue;
      reached.push_back(p);
      // The trusted certificate nearest the target: OpenSSL may keep untrusted certificates above it.
      const Certificate* trusted = &r.path.back();
      for (const auto& c : r.path)
        if (std::any_of(certs.begin(), certs.end(), [&](const Certificate& h) { return h.sha256 == c.sha256; })) {
          trusted = &c;
          break;
        }
      const Certificate& a = *trusted;
      if (ctx.role_of(a) == "cross-sign") {
        v.kind = VerdictKind::partial;
        v.reason = "only the cross-signed copy of " + ctx.name_of(a) +
                   ": accepted by clients that take any trusted certificate as an anchor, rejected by OpenSSL without "
                   "X509_V_FLAG_PARTIAL_CHAIN; add the self-signed root";
        return v;
      }
      if (!anchor) anchor = a;
    }
    if (anchor) {
      v.kind = VerdictKind::rejects;
      if (reached.size() < current.size()) {
        const std::string family = ctx.rotation_family(*anchor);
        v.reason = "only an intermediate (" + with_expiry(ctx, *anchor) +
                   "): accepted only by partial-chain clients and only while the server uses it; breaks at the next rotation" +
                   (family.empty() ? std::string() : " among " + family);
      } else {
        v.reason = "only intermediates (" + ctx.describe_paths(reached) +
                   "): accepted only by partial-chain clients; a new intermediate breaks it";
      }
      return v;
    }
  }

  // 4. Paths the service does not use for its default certificates today (another key type).
  if (!other_ok.empty()) {
    std::vector<std::string> held;
    for (const ServedPath* p : other_ok) {
      const std::string n = ctx.name_of(anchor_of(p)) + " (" + anchor_of(p).key + ")";
      if (std::find(held.begin(), held.end(), n) == held.end()) held.push_back(n);
    }
    v.kind = VerdictKind::partial;
    v.reason = "only " + name_list(held) + ": verifies the " + ctx.describe_paths(other_ok) + " paths, not the current " +
               ctx.describe_paths(current) + "; accepts only servers that use those paths";
    return v;
  }

  // 5. An anchor of the profile that no served path reaches.
  std::vector<std::string> other_anchors;
  for (const auto& c : certs)
    if (is_anchor_role(ctx.role_of(c))) other_anchors.push_back(ctx.name_of(c) + " (" + c.key + ")");
  if (!other_anchors.empty()) {
    std::vector<std::string> served_by;
    for (const auto* k : ctx.current_anchors) served_by.push_back(k->name);
    v.kind = VerdictKind::partial;
    v.reason = "only " + name_list(other_anchors) + ": the served chains end at " +
               (served_by.empty() ? std::string("other anchors") : name_list(served_by)) +
               "; accepts only servers that use this key type";
    return v;
  }

  v.kind = VerdictKind::rejects;
  v.reason = explain_rejection(ctx, certs);
  return v;
}

}  // namespace atscan
