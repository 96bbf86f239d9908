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
  // A file, or an OpenSSL hashed directory (CApath). A missing path gives unknown. Read with the
  // bounded safe reader; with a `root`, nothing outside it is read (CApath links out of the tree).
  TrustVerdict judge_bundle_path(const std::filesystem::path& path, int verify_depth = 0, const std::filesystem::path& root = {});
  // Forgets cached verdicts (long-running fuzzing would otherwise grow the cache without bound).
  void clear_cache();
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
  std::int64_t now() const;  // the run's clock given to the constructor
  // What the oracle derives from the profile (its certificates parsed, its paths verified), built on
  // first use: by this call or by the first verdict or description asked for.
  const TrustContext& context() const;
  bool context_built() const;  // whether that has happened (tests; a run without trust facts never builds it)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
