// GnuTLS: trust files, directories and memory versus the system trust.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string obj = s.object_arg(0);
  if (n == "gnutls_certificate_set_x509_trust_file" || n == "gnutls_certificate_set_x509_trust_dir") return bundle_path(s, 1, n, obj);
  if (n == "gnutls_certificate_set_x509_trust_mem") return embedded(s, 1, n, obj);
  if (n == "gnutls_certificate_set_x509_system_trust") return s.keeps_system_trust(obj);
  if (n == "gnutls_certificate_set_verify_function") return verify_callback(s, 1, n, obj);
  if (n == "gnutls_credentials_set") return s.use(s.object_arg(2), obj, "the credentials are given to the session here");
  if (n == "gnutls_server_name_set") return host_endpoint(s, 2, n, obj);
  if (n == "gnutls_session_set_verify_cert") return host_endpoint(s, 1, n, obj);
}

}  // namespace

Family gnutls_family() {
  return {"gnutls",
          {"gnutls_certificate_set_x509_trust_file", "gnutls_certificate_set_x509_trust_dir", "gnutls_certificate_set_x509_trust_mem",
           "gnutls_certificate_set_x509_system_trust", "gnutls_certificate_set_verify_function", "gnutls_credentials_set",
           "gnutls_server_name_set", "gnutls_session_set_verify_cert"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
