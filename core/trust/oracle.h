#pragma once
// The trust oracle: real X.509 work (OpenSSL 3) that decides whether a trust set or pin set accepts
// the certificate chains a profile describes. Thread-safe; verdicts are cached by content hash.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile/profile.h"
#include "core/trust/verdict.h"

namespace atscan {

class TrustOracle {
 public:
  explicit TrustOracle(std::shared_ptr<const Profile> profile);
  ~TrustOracle();
  TrustOracle(const TrustOracle&) = delete;
  TrustOracle& operator=(const TrustOracle&) = delete;

  // Certificate material in any supported form: PEM (bundles, junk between), DER, PKCS#7, PKCS#12,
  // JKS. `verify_depth` 0 = library default.
  TrustVerdict judge_bundle_bytes(std::string_view bytes, int verify_depth = 0);
  // A file, or an OpenSSL hashed directory (CApath). A missing path gives unknown.
  TrustVerdict judge_bundle_path(const std::filesystem::path& path, int verify_depth = 0);
  // Pins in any form (curl sha256//, OkHttp sha256/ and sha1/, raw base64, hex fingerprints).
  // `leaf_only`: the client compares the pin with the leaf only (curl PINNEDPUBLICKEY, Envoy).
  TrustVerdict judge_pins(const std::vector<std::string>& pins, bool leaf_only = false);

  const Profile& profile() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
