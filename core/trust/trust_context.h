#pragma once
// What the oracle derives from a profile once: known certificates, the served paths (each issuing
// intermediate with what the server sends above it), which keys lie on each path, and the stored
// leaf chains kept as an extra check of the profile.
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/profile/profile.h"
#include "core/trust/chain_verifier.h"
#include "core/trust/known_certs.h"

namespace atscan {

// One path a server can serve. For a profile path class the chain's "leaf" is the issuing
// intermediate (the target); for a profile without paths it is a stored leaf chain.
struct ServedPath {
  ParsedChain chain;
  std::string name;        // "Amazon RSA 2048 M02" (the target's profile name)
  std::string path_class;  // "RSA 2048 via Amazon Root CA 1"
  bool current = true;     // the service's default certificates use this class today
  bool target_is_ca = false;  // the target is an intermediate: a client's depth counts one more
  std::set<std::string> keys;  // SPKI digests (SHA-256 and SHA-1) of every CA key on the path
  std::vector<std::string> names;  // subjects and issuers (RFC 2253) of every certificate on the path
};

struct TrustContext {
  // `now`: the run's clock (seconds since the epoch), for expiry and pin-set expiration.
  TrustContext(std::shared_ptr<const Profile> profile, const std::filesystem::path& system_bundle, std::int64_t now);

  std::shared_ptr<const Profile> profile;
  KnownCertificates known;
  std::vector<ServedPath> paths;                  // what verdicts are decided against
  std::vector<ParsedChain> chains;                // stored leaf chains (extra checks)
  std::vector<std::string> chain_problems;        // profile paths or stored chains that are unreadable or do not verify
  std::vector<const KnownCert*> current_anchors;  // profile anchors that alone verify a current path
  std::set<std::string> leaf_keys;                // SPKI and certificate digests of the stored leaves
  std::int64_t now = 0;

  // Verifies `path` as a client would: `depth` is the client's verify depth (0 = default).
  ChainResult verify(const ServedPath& path, const std::vector<const Certificate*>& trust, int depth, bool partial_chain) const;
  ChainResult verify(const ServedPath& path, const std::vector<Certificate>& trust, int depth, bool partial_chain) const;
  // The client depth a verified path needs (intermediates between the leaf and the anchor).
  int needed_depth(const ServedPath& path, const ChainResult& r) const;

  // "Amazon Root CA 1" for a profile certificate, the system name, or "unknown certificate <subject>".
  std::string name_of(const Certificate& c) const;
  std::string role_of(const Certificate& c) const;
  // "Amazon RSA 2048 M01–M04": the profile intermediates `c` rotates among, or "" if none.
  std::string rotation_family(const Certificate& c) const;
  // "RSA 2048 via Amazon Root CA 1 (Amazon RSA 2048 M01–M04)" for a list of paths.
  std::string describe_paths(const std::vector<const ServedPath*>& ps) const;
};

}  // namespace atscan
