// Mbed TLS: certificate chains parsed from files or buffers, the CA chain of a config, authmode.
// Mbed TLS has no system store, so every CA chain is a replacement.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string obj = s.object_arg(0);
  if (n == "mbedtls_x509_crt_parse_file" || n == "mbedtls_x509_crt_parse_path") return bundle_path(s, 1, n, obj);
  if (n == "mbedtls_x509_crt_parse" || n == "mbedtls_x509_crt_parse_der") return embedded(s, 1, n, obj);
  if (n == "mbedtls_ssl_conf_ca_chain") return s.use(s.object_arg(1), obj, "the CA chain is set on the configuration here");
  if (n == "mbedtls_ssl_conf_authmode") {
    // OPTIONAL (1): the chain is checked, but the handshake goes on when the check fails
    if (auto v = s.int_arg(1); v && *v == 0) verify_off(s, "mbedtls_ssl_conf_authmode(MBEDTLS_SSL_VERIFY_NONE)", obj);
    else if (v && *v == 1) verify_off(s, "mbedtls_ssl_conf_authmode(MBEDTLS_SSL_VERIFY_OPTIONAL)", obj);
    return;
  }
  if (n == "mbedtls_ssl_conf_verify") return verify_callback(s, 1, n, obj);
  if (n == "mbedtls_ssl_setup") return s.use(s.object_arg(1), obj, "the configuration is given to the connection here");
  if (n == "mbedtls_ssl_set_hostname") return host_endpoint(s, 1, n, obj);
}

}  // namespace

Family mbedtls_family() {
  return {"mbedtls",
          {"mbedtls_x509_crt_parse_file", "mbedtls_x509_crt_parse_path", "mbedtls_x509_crt_parse", "mbedtls_x509_crt_parse_der",
           "mbedtls_ssl_conf_ca_chain", "mbedtls_ssl_conf_authmode", "mbedtls_ssl_conf_verify", "mbedtls_ssl_setup",
           "mbedtls_ssl_set_hostname"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
