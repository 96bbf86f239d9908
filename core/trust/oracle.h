#pragma once
// The trust oracle: real X.509 work (OpenSSL 3) that decides whether a trust set or pin set accepts
// the certificate chains a profile describes. Thread-safe; verdicts are cached by content hash.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/facts.h"
#include "core/profile/profile.h"
#include "core/trust/cert_loader.h"
#include "core/trust/pin_judge.h"
#include "core/trust/verdict.h"

namespace atscan {

struct TrustContext;

class TrustOracle {
 public:
  // `now`: the run's clock (core/util/clock.h), seconds since the epoch; every date decision uses it.
  // System roots (for naming public roots) come from KnownCertificates::default_system_bundle().
  TrustOracle(std::shared_ptr<const Profile> profile, std::int64_t now);
  // `system_bundle` empty: name only the profile's certificates (deterministic output).
  TrustOracle(std::shared_ptr<const Profile> profile, const std::filesystem::path& system_bundle, std::int64_t now);
  ~TrustOracle();
  TrustOracle(const TrustOracle&) = delete;
  TrustOracle& operator=(const TrustOracle&) = delete;

  // Certificate material in any supported form: PEM (bundles, junk between), DER, PKCS#7, PKCS#12,
  // JKS/JCEKS/BKS, base64 DER. `verify_depth` 0 = library default.
  TrustVerdict judge_bundle_bytes(std::string_view bytes, int verify_depth = 0);
  // A file, or an OpenSSL hashed directory (CApath). A missing path gives unknown.
  TrustVerdict judge_bundle_path(const std::filesystem::path& path, int verify_depth = 0);
  // Certificates already loaded (the CLI inventories them first).
  TrustVerdict judge_loaded(const LoadResult& loaded, int verify_depth = 0);
  // Pins in any form (curl sha256//, OkHttp sha256/ and sha1/, HPKP, Android, raw base64, hex fingerprints).
  // `leaf_only`: the client compares the pin with the leaf only (curl PINNEDPUBLICKEY, Envoy).
  TrustVerdict judge_pins(const std::vector<std::string>& pins, bool leaf_only = false);
  TrustVerdict judge_pins(const std::vector<std::string>& pins, const PinSetOptions& options);

  // A verification callback that compares certificate names or digests with these constants.
  TrustVerdict judge_callback(const std::vector<CallbackConstant>& constants);

  // Name, role, digests of one certificate as this oracle knows it.
  CertSummary describe(const Certificate& c) const;
  const Profile& profile() const;
  const TrustContext& context() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
