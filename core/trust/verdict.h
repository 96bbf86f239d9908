#pragma once
// What the trust oracle says about a trust set or a pin set, against a profile.
#include <string>
#include <vector>

namespace atscan {

enum class VerdictKind {
  accepts,   // the set accepts the profile's served chains
  rejects,   // it rejects them (the reason says why)
  partial,   // accepts only under conditions (cross-sign sent, depth, one key type)
  warn,      // accepts today but breaks at the next routine rotation (intermediate-only pins)
  unknown,   // could not decide (value unresolvable, unreadable or encrypted store)
};

std::string_view to_string(VerdictKind k);

struct CertSummary {
  std::string subject;
  std::string known_name;   // "Amazon Root CA 1", or "unknown certificate <subject>"
  std::string role;         // anchor | cross-sign | intermediate | legacy-root | legacy-intermediate | lookalike | system-root | leaf | unknown
  std::string sha256;       // hex, lowercase, no colons
  std::string spki_pin;     // base64 SHA-256 of the SPKI
  std::string not_after;    // ISO date
  bool expired = false;
};

struct TrustVerdict {
  VerdictKind kind = VerdictKind::unknown;
  std::string reason;                     // one line, e.g. "only legacy roots (Baltimore CyberTrust Root)"
  std::vector<std::string> accepted_by;   // anchors that make it accept (names)
  std::vector<CertSummary> certificates;  // what the set holds (bundles) or what the pins match
  std::vector<std::string> problems;      // extra notes: missing backup pin, expired pin-set, …

  // "ACCEPTS (Amazon Root CA 1, …)" / "REJECTS: only legacy roots (…)"
  std::string summary() const;
  bool breaks() const { return kind == VerdictKind::rejects; }
};

}  // namespace atscan
