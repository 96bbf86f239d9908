#pragma once
// Every certificate the oracle can name: the profile's (anchors, cross-signs, intermediates, legacy
// chain, look-alikes) and the roots of this machine's system store, so a public root gets its name.
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile/profile.h"
#include "core/trust/certificate.h"

namespace atscan {

struct KnownCert {
  Certificate cert;
  std::string name;  // profile name, or the system root's display name
  std::string role;  // profile role, or "system-root"
  std::string note;
  bool from_profile = false;
};

// Which digest of a certificate a value matched.
enum class DigestKind { cert_sha256, cert_sha1, spki_sha256, spki_sha1, rsa_header_cert_sha256 };
std::string_view to_string(DigestKind k);

struct DigestMatch {
  const KnownCert* known;
  DigestKind kind;
};

class KnownCertificates {
 public:
  // `system_bundle` empty: no system roots (deterministic tests).
  KnownCertificates(const Profile& profile, const std::filesystem::path& system_bundle);

  // The entry for this exact certificate, else a profile entry with the same key (another copy,
  // e.g. a re-issued cross-sign), else nullptr.
  const KnownCert* identify(const Certificate& c, bool* same_key_only = nullptr) const;
  // Every entry whose certificate or SPKI digest equals `digest` (raw bytes; 20 or 32).
  std::vector<DigestMatch> by_digest(std::string_view digest) const;
  // Profile entries sharing this SPKI (self-signed and cross-signed copies of one key).
  std::vector<const KnownCert*> same_key(std::string_view spki_sha256) const;

  const std::vector<KnownCert>& profile_certs() const { return profile_; }
  size_t system_root_count() const { return system().size(); }

  static std::filesystem::path default_system_bundle();  // $ATSCAN_SYSTEM_ROOTS or /etc/ssl/certs/ca-certificates.crt

 private:
  // The system roots, parsed on first use: parsing ~150 certificates is a third of a small run's
  // start-up, and most runs never ask about a certificate that is one of them.
  const std::vector<KnownCert>& system() const;

  std::vector<KnownCert> profile_;
  std::filesystem::path system_bundle_;
  std::set<std::string> system_digests_;  // SHA-256 of each PEM block of the bundle, read without parsing
  bool digests_complete_ = false;         // every block decoded: a digest outside the set is no system root
  mutable std::once_flag system_once_;
  mutable std::vector<KnownCert> system_;
};

}  // namespace atscan
