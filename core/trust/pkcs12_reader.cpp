// PKCS#12 (.p12/.pfx): tries the passwords trust stores are usually left with. Older stores use
// RC2/3DES, which OpenSSL 3 keeps in its "legacy" provider: loaded once, on first need.
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <mutex>

#include "core/trust/cert_loader.h"
#include "core/trust/load_helpers.h"

namespace atscan {
namespace {

// Unloaded at exit, so leak checkers see a clean process.
struct Providers {
  OSSL_PROVIDER* default_provider = nullptr;
  OSSL_PROVIDER* legacy = nullptr;
  ~Providers() {
    if (legacy) OSSL_PROVIDER_unload(legacy);
    if (default_provider) OSSL_PROVIDER_unload(default_provider);
  }
};

void load_legacy_provider_once() {
  static Providers providers;
  static std::once_flag once;
  std::call_once(once, [] {
    // Loading any provider explicitly disables the implicit default one: load both.
    providers.default_provider = OSSL_PROVIDER_load(nullptr, "default");
    providers.legacy = OSSL_PROVIDER_load(nullptr, "legacy");
    ERR_clear_error();
  });
}

}  // namespace

LoadResult load_pkcs12(std::string_view bytes) {
  using namespace load_detail;
  LoadResult r;
  r.format = "PKCS#12";
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(bytes.size()));
  if (!p12) {
    r.status = LoadStatus::not_certificates;
    r.error = "not PKCS#12 data";
    return r;
  }
  load_legacy_provider_once();
  // nullptr and "" differ for PKCS#12 (absent vs empty BMPString password): try both.
  static const char* const kPasswords[] = {"", nullptr, "changeit", "password"};
  bool opened = false;
  for (const char* pw : kPasswords) {
    if (PKCS12_mac_present(p12) && !PKCS12_verify_mac(p12, pw, pw ? -1 : 0)) continue;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (PKCS12_parse(p12, pw, &key, &cert, &ca) == 1) {
      opened = true;
      if (cert)
        if (auto c = Certificate::from_x509(cert)) add_unique(r, std::move(*c));
      add_stack(r, ca);
    }
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(ca, X509_free);
    if (opened) break;
  }
  ERR_clear_error();
  PKCS12_free(p12);
  if (!opened) {
    r.status = LoadStatus::encrypted;
    r.error = "encrypted PKCS#12, password unknown";
    return r;
  }
  r.status = LoadStatus::ok;
  finish(r, "PKCS#12 store");
  return r;
}

}  // namespace atscan
