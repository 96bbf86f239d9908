// Names are matched the way such callbacks read them: a substring of the subject or issuer (RFC 2253,
// with or without the space after each comma) of a certificate on the path. Several constants are
// alternatives, as in `issuer.contains("A") || issuer.contains("B")`.
#include "core/trust/callback_judge.h"

#include <algorithm>

#include "core/trust/pin_judge.h"
#include "core/trust/set_judge.h"

namespace atscan {
namespace {

std::string without_comma_spaces(std::string s) {
  for (size_t at = s.find(", "); at != std::string::npos; at = s.find(", ", at)) s.erase(at + 1, 1);
  return s;
}

// "*.s3.amazonaws.com", "example.com": a host-name check, not a statement about the CA.
bool looks_like_host(const std::string& v) {
  if (v.find(' ') != std::string::npos || v.find('=') != std::string::npos) return false;
  return v.find('.') != std::string::npos;
}

bool matches(const std::vector<std::string>& names, const std::string& constant) {
  const std::string want = without_comma_spaces(constant);
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return without_comma_spaces(n).find(want) != std::string::npos; });
}

int rank(VerdictKind k) {
  switch (k) {
    case VerdictKind::accepts: return 4;
    case VerdictKind::warn: return 3;
    case VerdictKind::partial: return 2;
    case VerdictKind::rejects: return 1;
    case VerdictKind::unknown: return 0;
  }
  return 0;
}

}  // namespace

TrustVerdict judge_callback_constants(const TrustContext& ctx, const std::vector<CallbackConstant>& constants) {
  std::vector<const CallbackConstant*> names;
  std::vector<std::string> digests;
  for (const auto& c : constants) {
    if (c.field == "fingerprint") digests.push_back(c.value);
    else if ((c.field == "issuer" || c.field == "subject") && !c.value.empty() && !looks_like_host(c.value)) names.push_back(&c);
  }
  TrustVerdict by_digest;
  if (!digests.empty()) {
    by_digest = judge_pin_set(ctx, digests, PinSetOptions{});
    by_digest.problems.clear();  // "no backup pin" reads wrong for a callback's comparison
    if (names.empty()) return by_digest;
  }
  TrustVerdict v;
  if (names.empty()) {
    v.reason = "the callback compares no certificate name or digest with a constant";
    return v;
  }
  std::vector<std::string> shown;
  for (const auto* c : names) shown.push_back(c->field + " '" + c->value + "'");
  const std::string what = "the callback accepts only certificates whose " + name_list(shown, 6);
  auto any_matches = [&](const std::vector<std::string>& cert_names) {
    return std::any_of(names.begin(), names.end(), [&](const CallbackConstant* c) { return matches(cert_names, c->value); });
  };

  if (ctx.paths.empty()) {
    // No paths: by the names of the profile's anchors.
    for (const auto& k : ctx.known.profile_certs())
      if (k.role == "anchor" && any_matches({k.cert.subject})) v.accepted_by.push_back(k.name);
    if (!v.accepted_by.empty()) {
      v.kind = VerdictKind::accepts;
      v.reason = what + " (an anchor of " + ctx.profile->id + " matches)";
    } else {
      v.kind = VerdictKind::rejects;
      v.reason = what + ": no anchor of " + ctx.profile->id + " matches";
    }
  } else {
    std::vector<const ServedPath*> current, covered, uncovered, other;
    for (const auto& p : ctx.paths) {
      const bool hit = any_matches(p.names);
      if (p.current) {
        current.push_back(&p);
        (hit ? covered : uncovered).push_back(&p);
      } else if (hit) {
        other.push_back(&p);
      }
    }
    if (!covered.empty() && uncovered.empty()) {
      v.kind = VerdictKind::accepts;
      v.accepted_by = shown;
      v.reason = what + ", and every current path has one";
    } else if (!covered.empty()) {
      v.kind = VerdictKind::warn;
      v.reason = what + ": only " + ctx.describe_paths(covered) + " matches; breaks when the server uses " + ctx.describe_paths(uncovered);
    } else if (!other.empty()) {
      v.kind = VerdictKind::partial;
      v.reason = what + ": only the " + ctx.describe_paths(other) + " paths match, not the current " + ctx.describe_paths(current);
    } else {
      v.kind = VerdictKind::rejects;
      v.reason = what + ": no certificate on the served paths matches (the current paths: " + ctx.describe_paths(current) + ")";
    }
  }
  if (!digests.empty() && rank(by_digest.kind) > rank(v.kind)) return by_digest;
  return v;
}

}  // namespace atscan
