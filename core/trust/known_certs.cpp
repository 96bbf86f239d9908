#include "core/trust/known_certs.h"

#include <cstdlib>

#include "core/trust/base64.h"
#include "core/trust/cert_loader.h"
#include "core/util/digest.h"
#include "core/util/safe_read.h"

namespace atscan {

std::string_view to_string(DigestKind k) {
  switch (k) {
    case DigestKind::cert_sha256: return "certificate SHA-256";
    case DigestKind::cert_sha1: return "certificate SHA-1";
    case DigestKind::spki_sha256: return "SPKI SHA-256";
    case DigestKind::spki_sha1: return "SPKI SHA-1";
    case DigestKind::rsa_header_cert_sha256: return "SHA-256 of the RSA-2048 key header and the certificate";
  }
  return "digest";
}

namespace {

// The SHA-256 of each certificate of a PEM bundle, by decoding its blocks (no X.509 parsing); false
// when a block does not decode or the file cannot be read, so the caller parses instead of trusting it.
bool pem_digests(const std::filesystem::path& bundle, std::set<std::string>& out) {
  SafeReadResult read = read_file_safely(bundle);
  if (!read.ok()) return false;
  const std::string_view text = read.data;
  static constexpr std::string_view kBegin = "-----BEGIN CERTIFICATE-----", kEnd = "-----END CERTIFICATE-----";
  for (size_t at = text.find(kBegin); at != std::string_view::npos; at = text.find(kBegin, at)) {
    const size_t body = at + kBegin.size();
    const size_t end = text.find(kEnd, body);
    if (end == std::string_view::npos) return false;
    auto der = base64_decode(text.substr(body, end - body));
    if (!der || der->empty()) return false;
    out.insert(sha256_raw(*der));
    at = end + kEnd.size();
  }
  // Another kind of block (TRUSTED CERTIFICATE, PKCS#7) or DER: only the full loader knows it.
  return text.find("-----BEGIN ") == text.find(kBegin);
}

}  // namespace

KnownCertificates::KnownCertificates(const Profile& profile, const std::filesystem::path& system_bundle) : system_bundle_(system_bundle) {
  for (const auto& pc : profile.certs) {
    LoadResult r = load_pem(pc.pem);
    for (auto& c : r.certs) profile_.push_back({std::move(c), pc.name, pc.role, pc.note, true});
  }
  if (!system_bundle_.empty()) digests_complete_ = pem_digests(system_bundle_, system_digests_);
}

const std::vector<KnownCert>& KnownCertificates::system() const {
  std::call_once(system_once_, [&] {
    if (system_bundle_.empty()) return;
    LoadResult r = load_certificates_path(system_bundle_);
    for (auto& c : r.certs) {
      bool in_profile = false;
      for (const auto& p : profile_) in_profile = in_profile || p.cert.sha256 == c.sha256;
      if (!in_profile) system_.push_back({c, c.display_name, "system-root", "", false});
    }
  });
  return system_;
}

std::filesystem::path KnownCertificates::default_system_bundle() {
  if (const char* env = std::getenv("ATSCAN_SYSTEM_ROOTS")) return env;  // "" disables
  return "/etc/ssl/certs/ca-certificates.crt";
}

const KnownCert* KnownCertificates::identify(const Certificate& c, bool* same_key_only) const {
  if (same_key_only) *same_key_only = false;
  for (const auto& k : profile_)
    if (k.cert.sha256 == c.sha256) return &k;
  if (!digests_complete_ || system_digests_.count(c.sha256))
    for (const auto& k : system())
      if (k.cert.sha256 == c.sha256) return &k;
  for (const auto& k : profile_)
    if (k.cert.spki_sha256 == c.spki_sha256 && k.cert.subject == c.subject) {
      if (same_key_only) *same_key_only = true;
      return &k;
    }
  return nullptr;
}

std::vector<DigestMatch> KnownCertificates::by_digest(std::string_view d) const {
  std::vector<DigestMatch> out;
  for (const auto* list : {&profile_, &system()})
    for (const auto& k : *list) {
      if (d.size() == 32) {
        if (k.cert.spki_sha256 == d) out.push_back({&k, DigestKind::spki_sha256});
        else if (k.cert.sha256 == d) out.push_back({&k, DigestKind::cert_sha256});
        else if (k.cert.rsa_header_cert_sha256 == d) out.push_back({&k, DigestKind::rsa_header_cert_sha256});
      } else if (d.size() == 20) {
        if (k.cert.spki_sha1 == d) out.push_back({&k, DigestKind::spki_sha1});
        else if (k.cert.sha1 == d) out.push_back({&k, DigestKind::cert_sha1});
      }
    }
  return out;
}

std::vector<const KnownCert*> KnownCertificates::same_key(std::string_view spki_sha256) const {
  std::vector<const KnownCert*> out;
  for (const auto& k : profile_)
    if (k.cert.spki_sha256 == spki_sha256) out.push_back(&k);
  return out;
}

}  // namespace atscan
