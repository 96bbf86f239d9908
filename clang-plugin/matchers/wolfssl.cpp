// wolfSSL native API (its OpenSSL compatibility layer is matched by the OpenSSL family).
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string obj = s.object_arg(0);
  if (n == "wolfSSL_CTX_load_verify_locations") {
    auto file = s.string_arg(1);
    return bundle_path(s, file ? 1 : 2, n, obj);
  }
  if (n == "wolfSSL_CTX_load_verify_buffer") return embedded(s, 1, n, obj);
  if (n == "wolfSSL_CTX_load_system_CA_certs") return s.keeps_system_trust(obj);
  if (n == "wolfSSL_CTX_set_verify" || n == "wolfSSL_set_verify") {
    if (auto v = s.int_arg(1); v && *v == 0) return verify_off(s, n + "(WOLFSSL_VERIFY_NONE)", obj);
    return verify_callback(s, 2, n, obj);
  }
  // A context made from a server method, or whose connection accepts, verifies clients with its CAs.
  if (n == "wolfSSL_CTX_new" || n == "wolfSSL_CTX_new_ex") {
    if (is_server_method(s.text_arg(0))) s.server_side(s.result_object());
    return;
  }
  if (n == "wolfSSL_new") return s.connection_of(obj, s.result_object());
  if (n == "wolfSSL_accept" || n == "wolfSSL_set_accept_state") return s.server_side(obj);
  if (n == "wolfSSL_UseSNI") return host_endpoint(s, 2, n, obj);
  if (n == "wolfSSL_check_domain_name") return host_endpoint(s, 1, n, obj);
}

}  // namespace

Family wolfssl_family() {
  return {"wolfssl",
          {"wolfSSL_CTX_load_verify_locations", "wolfSSL_CTX_load_verify_buffer", "wolfSSL_CTX_load_system_CA_certs", "wolfSSL_CTX_set_verify",
           "wolfSSL_set_verify", "wolfSSL_UseSNI", "wolfSSL_check_domain_name", "wolfSSL_CTX_new", "wolfSSL_CTX_new_ex",
           "wolfSSL_new", "wolfSSL_accept", "wolfSSL_set_accept_state"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
