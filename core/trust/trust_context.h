#pragma once
// What the oracle derives from a profile once: known certificates, parsed served chains, and which
// profile certificates make those chains verify on their own (the keys a pin must hit).
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/profile/profile.h"
#include "core/trust/chain_verifier.h"
#include "core/trust/known_certs.h"

namespace atscan {

struct TrustContext {
  // `now`: the run's clock (seconds since the epoch), for expiry and pin-set expiration.
  TrustContext(std::shared_ptr<const Profile> profile, const std::filesystem::path& system_bundle, std::int64_t now);

  std::shared_ptr<const Profile> profile;
  KnownCertificates known;
  std::vector<ParsedChain> chains;
  std::vector<std::string> chain_problems;        // profile chains that could not be parsed
  std::vector<const KnownCert*> chain_anchors;    // profile anchors that alone verify a served chain
  std::set<std::string> chain_ca_keys;            // SPKI digests (SHA-256 and SHA-1) of the chains' CAs and anchors
  std::set<std::string> leaf_keys;                // SPKI and certificate digests of the chains' leaves
  std::int64_t now = 0;

  // "Amazon Root CA 1" for a profile certificate, the system name, or "unknown certificate <subject>".
  std::string name_of(const Certificate& c) const;
  std::string role_of(const Certificate& c) const;
  // "Amazon RSA 2048 M01–M04": the profile intermediates `c` rotates among, or "" if none.
  std::string rotation_family(const Certificate& c) const;
};

}  // namespace atscan
