// Pins are judged against the served paths: a pin set ACCEPTS when it names a key on every current
// path (every intermediate a rotation can switch to), WARNS when it covers only some of them, and is
// PARTIAL when it covers only paths the service does not use today. SPKI pins are shared by
// self-signed and cross-signed copies; certificate-hash pins are not, so they must list every copy
// the client may see. A profile without paths judges pins by the role of the certificate they name.
#include "core/trust/pin_judge.h"

#include <algorithm>
#include <set>

#include "core/trust/base64.h"
#include "core/trust/pins.h"
#include "core/trust/set_judge.h"
#include "core/util/clock.h"
#include "core/util/time_horizon.h"

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
  PinParseResult parsed = parse_pins(inputs, opt.declared);
  for (const auto& e : parsed.errors) v.problems.push_back(e);
  // A value written as a pin that is not a digest of its kind can match no key: OkHttp compares it and
  // never finds it, Android refuses the whole config. Such a pin counts as one that matches nothing.
  if (parsed.pins.empty() && parsed.malformed.empty()) {
    // A client that compares pins with the server certificate only breaks at every renewal, whatever
    // the value set at run time is.
    if (opt.leaf_only) {
      v.kind = VerdictKind::rejects;
      v.reason = "leaf pins break at every certificate renewal (the client compares pins with the server certificate only; the pin itself is not readable here)";
      return v;
    }
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

  // The paths each pin covers, by the kind of certificate it names.
  const bool by_role = ctx.paths.empty();
  std::vector<std::string> accepted, partial_anchor, incomplete, legacy_anchor, intermediates, rejected;
  std::set<const ServedPath*> covered_by_root, covered_by_intermediate, covered_by_legacy;
  auto paths_with = [&](const Certificate& c) {
    std::vector<const ServedPath*> out;
    for (const auto& p : ctx.paths)
      if (p.keys.count(c.spki_sha256)) out.push_back(&p);
    return out;
  };
  std::vector<std::string> held_keys;  // "Amazon Root CA 3 (EC P-256)" for the roots pinned
  std::vector<std::string> accepted_current;  // root pins on a current path: the names behind ACCEPTS
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
    const std::vector<const ServedPath*> on = paths_with(k->cert);
    if (k->role == "anchor" || k->role == "cross-sign") {
      std::string anchor_name = k->name;
      for (const auto* same : ctx.known.same_key(k->cert.spki_sha256))
        if (same->role == "anchor") anchor_name = same->name;
      if (!by_role && on.empty()) {
        partial_anchor.push_back(anchor_name + " (" + k->cert.key + ")");
        continue;
      }
      if (!is_spki(kind)) {
        // A certificate-hash pin: every copy of this key (self-signed and cross-signed) must be listed.
        std::vector<std::string> missing;
        for (const auto* same : ctx.known.same_key(k->cert.spki_sha256)) {
          const std::string& want = kind == DigestKind::cert_sha256 ? same->cert.sha256
                                    : kind == DigestKind::rsa_header_cert_sha256 ? same->cert.rsa_header_cert_sha256
                                                                                  : same->cert.sha1;
          if (!distinct.count(want)) missing.push_back(same->name);
        }
        if (!missing.empty()) {
          incomplete.push_back(anchor_name + " (missing the fingerprint of " + name_list(missing) + ")");
          continue;
        }
      }
      accepted.push_back(anchor_name);
      if (by_role || std::any_of(on.begin(), on.end(), [](const ServedPath* sp) { return sp->current; }))
        accepted_current.push_back(anchor_name);
      held_keys.push_back(anchor_name + " (" + k->cert.key + ")");
      covered_by_root.insert(on.begin(), on.end());
    } else if (k->role == "legacy-anchor") {
      if (!by_role && on.empty()) rejected.push_back(k->name);
      else legacy_anchor.push_back(k->name);
      covered_by_legacy.insert(on.begin(), on.end());
    } else if (k->role == "intermediate") {
      intermediates.push_back(k->name);
      held_keys.push_back(k->name + " (" + k->cert.key + ")");
      if (family.empty()) family = ctx.rotation_family(k->cert);
      covered_by_intermediate.insert(on.begin(), on.end());
    } else {
      std::string what = k->role == "legacy-root" || k->role == "legacy-intermediate" ? "legacy " : "";
      if (k->role == "lookalike") what = "look-alike ";
      std::string n = what + k->name;
      if (k->cert.expired_at(ctx.now)) n += ", expired " + iso_date(k->cert.not_after);
      rejected.push_back(n);
    }
  }

  std::vector<std::string> malformed;
  for (const auto& m : parsed.malformed)
    malformed.push_back("malformed pin '" + (m.size() > 24 ? m.substr(0, 20) + "…" : m) + "' (not a digest: it matches no key)");
  rejected.insert(rejected.end(), malformed.begin(), malformed.end());

  std::vector<const ServedPath*> current, covered, uncovered, other_covered;
  for (const auto& p : ctx.paths) {
    const bool hit = covered_by_root.count(&p) || covered_by_intermediate.count(&p);
    if (!p.current) {
      if (hit) other_covered.push_back(&p);
      continue;
    }
    current.push_back(&p);
    (hit ? covered : uncovered).push_back(&p);
  }
  auto dedup = [](std::vector<std::string> names) {
    std::vector<std::string> out;
    for (auto& n : names)
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    return out;
  };
  auto current_ends = [&] {
    std::vector<std::string> served_by;
    for (const auto* k : ctx.current_anchors) served_by.push_back(k->name);
    return name_list(served_by);
  };

  // Leaf-only clients: nothing but the server certificate's own key can ever match.
  if (opt.leaf_only) {
    v.kind = VerdictKind::rejects;
    v.reason = "leaf pins break at every certificate renewal";
    if (!accepted.empty() || !partial_anchor.empty())
      v.reason += " (the client compares pins with the server certificate only, so the root pins never match)";
  } else if (by_role ? !accepted.empty() : (!current.empty() && uncovered.empty())) {
    v.kind = VerdictKind::accepts;
    std::set<std::string> uniq(accepted_current.begin(), accepted_current.end());
    v.accepted_by.assign(uniq.begin(), uniq.end());
    if (v.accepted_by.empty()) {
      // Every current intermediate pinned: it holds until a new intermediate appears.
      v.accepted_by = dedup(intermediates);
      v.problems.push_back("pins only intermediates: a new intermediate breaks it");
    }
  } else if (!by_role && !covered.empty()) {
    v.kind = VerdictKind::warn;
    if (covered_by_root.empty())
      v.reason = "pins only intermediates (" + name_list(dedup(intermediates)) + "): breaks at the next rotation" +
                 (family.empty() ? std::string() : " among " + family);
    else
      v.reason = "pins match only some of the current paths (" + ctx.describe_paths(covered) + "); breaks when the server uses " +
                 ctx.describe_paths(uncovered);
  } else if (!incomplete.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "certificate-fingerprint pins must list the self-signed and the cross-signed copies: " + name_list(incomplete);
  } else if (!legacy_anchor.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "pins only " + name_list(dedup(legacy_anchor)) + ": matches only while the server sends the cross-certificate to it";
  } else if (!other_covered.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "pins only " + name_list(dedup(held_keys)) + ", on the " + ctx.describe_paths(other_covered) +
               " paths: the current paths end at " + current_ends() + "; matches only servers that use those paths";
  } else if (!partial_anchor.empty()) {
    v.kind = VerdictKind::partial;
    v.reason = "pins only " + name_list(dedup(partial_anchor)) + ": the served chains end at " + current_ends() +
               "; matches only servers that use this key type";
  } else if (by_role && !intermediates.empty()) {
    v.kind = VerdictKind::warn;
    v.reason = "pins only intermediates (" + name_list(dedup(intermediates)) + "): breaks at the next rotation" +
               (family.empty() ? std::string() : " among " + family);
  } else {
    v.kind = VerdictKind::rejects;
    v.reason = (by_role ? "pins match no anchor of " + ctx.profile->id : std::string("pins match no key of the served chains")) +
               ": " + name_list(rejected);
  }

  if (v.kind != VerdictKind::rejects) v.problems.insert(v.problems.end(), malformed.begin(), malformed.end());
  if (distinct.size() == 1) v.problems.push_back("no backup pin (only one pin)");
  const std::string expiration = !opt.expiration.empty() ? opt.expiration : parsed.expiration;
  if (!expiration.empty()) {
    const auto day = parse_iso_day(expiration);
    if (day && *day + kDay > ctx.now) {
      // The verdict turns when the day ends, the message when fewer whole days are left.
      note_time_boundary(*day + kDay);
      const std::int64_t left = (*day - ctx.now + kDay - 1) / kDay;
      note_time_boundary(left > kNearExpiryDays ? *day - kNearExpiryDays * kDay : *day - (left - 1) * kDay);
    }
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
  // A format whose values are all pins (an Android <pin-set>) refuses the whole file when one does not
  // read: no pin of the set is enforced, and no connection that uses the config gets through.
  if (opt.declared && !malformed.empty()) {
    v.kind = VerdictKind::rejects;
    v.accepted_by.clear();
    v.reason = "the client refuses a pin-set with a " + malformed.front();
  }
  if (!opt.refused.empty()) {  // whatever the pins (or their expiration) say
    v.kind = VerdictKind::rejects;
    v.accepted_by.clear();
    v.reason = opt.refused;
  }
  return v;
}

}  // namespace atscan
