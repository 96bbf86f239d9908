// Pins pass when one names a key the served chains present at or above the root. SPKI pins are
// shared by self-signed and cross-signed copies; certificate-hash pins are not, so they must list
// every copy the client may see.
#include "core/trust/pin_judge.h"

#include <set>

#include "core/trust/base64.h"
#include "core/trust/pins.h"
#include "core/trust/set_judge.h"
#include "core/util/clock.h"

namespace atscan {
namespace {

struct Identified {
  const Pin* pin;
  std::vector<DigestMatch> matches;  // profile matches first
};

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNearExpiryDays = 90;

bool is_spki(DigestKind k) { return k == DigestKind::spki_sha256 || k == DigestKind::spki_sha1; }

std::string short_pin(const Pin& p) {
  return p.original.size() > 24 ? p.original.substr(0, 20) + "…" : p.original;
}

}  // namespace

TrustVerdict judge_pin_set(const TrustContext& ctx, const std::vector<std::string>& inputs, const PinSetOptions& opt) {
  TrustVerdict v;
  PinParseResult parsed = parse_pins(inputs);
  for (const auto& e : parsed.errors) v.problems.push_back(e);
  if (parsed.pins.empty()) {
    v.kind = VerdictKind::unknown;
    v.reason = "no readable pin";
    return v;
  }

  // Identify every pin; keep the match kinds the pin's form allows.
  std::vector<Identified> ids;
  std::set<std::string> distinct;
  for (const auto& p : parsed.pins) {
    distinct.insert(p.digest);
    Identified id{&p, {}};
    for (const auto& m : ctx.known.by_digest(p.digest)) {
      if (p.target == PinTarget::spki && !is_spki(m.kind)) continue;
      if (p.target == PinTarget::certificate && is_spki(m.kind)) continue;
      id.matches.push_back(m);
    }
    ids.push_back(std::move(id));
  }
  std::set<std::string> seen;
  auto add_cert = [&](const Certificate& c) {
    if (seen.insert(c.sha256).second) v.certificates.push_back(summarize(ctx, c));
  };

  std::vector<std::string> accepted, partial_anchor, incomplete, legacy_anchor, intermediates, rejected;
  std::string family;
  for (const auto& id : ids) {
    bool leaf_match = ctx.leaf_keys.count(id.pin->digest) > 0;
    if (id.matches.empty()) {
      if (leaf_match) {
        rejected.push_back("the served leaf " + ctx.chains.front().leaf.display_name);
        continue;
      }
      rejected.push_back("unknown pin " + short_pin(*id.pin));
      CertSummary s;
      s.known_name = "unknown pin " + id.pin->original;
      s.role = "unknown";
      v.certificates.push_back(s);
      continue;
    }
    const KnownCert* k = id.matches.front().known;
    const DigestKind kind = id.matches.front().kind;
    for (const auto& m : id.matches) add_cert(m.known->cert);
    const bool in_chain = ctx.chain_ca_keys.count(k->cert.spki_sha256) > 0;
    if (k->role == "anchor" || k->role == "cross-sign") {
      std::string anchor_name = k->name;
      for (const auto* same : ctx.known.same_key(k->cert.spki_sha256))
        if (same->role == "anchor") anchor_name = same->name;
      if (!in_chain) {
        partial_anchor.push_back(anchor_name + " (" + k->cert.key + ")");
        continue;
      }
      if (is_spki(kind)) {
        accepted.push_back(anchor_name);
        continue;
      }
      // A certificate-hash pin: every copy of this key (self-signed and cross-signed) must be listed.
      std::vector<std::string> missing;
      for (const auto* same : ctx.known.same_key(k->cert.spki_sha256)) {
        const std::string& want = kind == DigestKind::cert_sha256 ? same->cert.sha256 : same->cert.sha1;
        if (!distinct.count(want)) missing.push_back(same->name);
      }
      if (missing.empty()) accepted.push_back(anchor_name);
      else incomplete.push_back(anchor_name + " (missing the fingerprint of " + name_list(missing) + ")");
    } else if (k->role == "legacy-anchor") {
      (in_chain ? legacy_anchor : rejected).push_back(k->name);
    } else if (k->role == "intermediate") {
      intermediates.push_back(k->name);
      if (family.empty()) family = ctx.rotation_family(k->cert);
    } else {
      std::string what = k->role == "legacy-root" || k->role == "legacy-intermediate" ? "legacy " : "";
      if (k->role == "lookalike") what = "look-alike ";
      std::string n = what + k->name;
      if (k->cert.expired_at(ctx.now)) n += ", expired " + iso_date(k->cert.not_after);
      rejected.push_back(n);
    }
  }

  // Leaf-only clients: nothing but the server certificate's own key can ever match.
  if (opt.leaf_only) {
    v.kind = VerdictKind::rejects;
    v.reason = "leaf pins break at every certificate renewal";
    if (!accepted.empty() || !partial_anchor.empty())
      v.reason += " (the client compares pins with the server certificate only, so the root pins never match)";
  } else if (!accepted.empty()) {
    v.kind = VerdictKind::accepts;
    std::set<std::string> uniq(accepted.begin(), accepted.end());
    v.accepted_by.assign(uniq.begin(), uniq.end());
  } else if (!incomplete.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "certificate-fingerprint pins must list the self-signed and the cross-signed copies: " + name_list(incomplete);
  } else if (!legacy_anchor.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "pins only " + name_list(legacy_anchor) + ": matches only while the server sends the cross-certificate to it";
  } else if (!partial_anchor.empty()) {
    std::vector<std::string> served_by;
    for (const auto* k : ctx.chain_anchors) served_by.push_back(k->name);
    v.kind = VerdictKind::partial;
    v.reason = "pins only " + name_list(partial_anchor) + ": the served chains end at " + name_list(served_by) +
               "; matches only servers that use this key type";
  } else if (!intermediates.empty()) {
    v.kind = VerdictKind::warn;
    v.reason = "pins only intermediates (" + name_list(intermediates) + "): breaks at the next rotation" +
               (family.empty() ? std::string() : " among " + family);
  } else {
    v.kind = VerdictKind::rejects;
    v.reason = "pins match no key of the served chains: " + name_list(rejected);
  }

  if (distinct.size() == 1) v.problems.push_back("no backup pin (only one pin)");
  const std::string expiration = !opt.expiration.empty() ? opt.expiration : parsed.expiration;
  if (!expiration.empty()) {
    const auto day = parse_iso_day(expiration);
    if (!day) {
      v.problems.push_back("pin-set expiration '" + expiration + "' is not a date");
    } else if (*day + kDay <= ctx.now) {
      // Android (<pin-set expiration>) and TrustKit (TSKExpirationDate) enforce pins through that day,
      // then fall back to the trust anchors:
      // these pins can no longer break a connection, so the set accepts whatever the anchors accept.
      const std::string enforced = v.summary();
      v.kind = VerdictKind::accepts;
      v.accepted_by.clear();
      v.problems.clear();
      v.reason = "pin-set expired " + expiration + ": the client no longer enforces these pins (the trust anchors decide); "
                 "while it was enforced: " + enforced;
    } else if (const std::int64_t left = (*day - ctx.now + kDay - 1) / kDay; left <= kNearExpiryDays) {
      const std::string when = left <= 0 ? "today" : "in " + std::to_string(left) + (left == 1 ? " day" : " days");
      v.problems.push_back("pin-set expires " + expiration + " (" + when + "): pinning stops after that day");
    }
  }
  return v;
}

}  // namespace atscan
