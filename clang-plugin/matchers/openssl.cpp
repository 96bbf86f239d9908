// OpenSSL / BoringSSL / LibreSSL: CA locations and stores, verify modes and callbacks, SNI hosts.
#include "clang-plugin/matchers/family.h"
#include "clang-plugin/matchers/fact_helpers.h"

namespace atscan::clangfe {
namespace {

constexpr long kSslCtrlSetTlsextHostname = 55;  // SSL_set_tlsext_host_name expands to SSL_ctrl(s, 55, 0, name)
constexpr long kBioCSetConnect = 100;           // BIO_set_conn_hostname expands to BIO_ctrl(b, 100, 0, name)

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string obj = s.object_arg(0);
  if (n == "SSL_CTX_load_verify_locations" || n == "SSL_CTX_load_verify_file" || n == "SSL_CTX_load_verify_dir" ||
      n == "SSL_CTX_load_verify_store") {
    // Without SSL_CTX_set_default_verify_paths the context trusts only what is loaded here.
    size_t arg = n == "SSL_CTX_load_verify_locations" && s.null_arg(1) ? 2 : 1;
    auto v = s.string_arg(arg);
    if (v && v->text.empty()) return;
    TrustFact f = make_fact(kCustomCaBundle, v ? TrustKind::bundle_path : TrustKind::unresolved, n, obj);
    if (!v) f.value = s.text_arg(arg);
    const std::string ctx_text = s.text_arg(0);
    const bool simple = !ctx_text.empty() && ctx_text.find_first_of("()[]-> ") == std::string::npos;
    if (simple)
      s.trust_with_insert_fix(std::move(f), v, "SSL_CTX_set_default_verify_paths(" + ctx_text + ");",
                              "keep the system trust store next to the custom CA file");
    else
      s.trust(std::move(f), v);
    return;
  }
  if (n == "X509_STORE_load_locations" || n == "X509_STORE_load_file" || n == "X509_STORE_load_path" || n == "X509_STORE_load_store") {
    size_t arg = n == "X509_STORE_load_locations" && s.null_arg(1) ? 2 : 1;
    return bundle_path(s, arg, n, obj);
  }
  if (n == "X509_STORE_add_cert") {
    auto v = s.data_arg(1);
    if (v && (v->looks_pem() || v->looks_der())) return embedded(s, 1, n, obj);
    return;  // a certificate read at run time: the store fact (set_cert_store) speaks for it
  }
  if (n == "SSL_CTX_set_cert_store" || n == "SSL_CTX_set1_cert_store") {
    const std::string store = s.object_arg(1);
    s.use(store, obj, "the custom store is installed in the SSL_CTX here");
    return s.trust(make_fact(kSystemTrustReplaced, TrustKind::system_trust_replaced, n, obj), std::nullopt, {store});
  }
  if (n == "SSL_CTX_set_default_verify_paths" || n == "SSL_CTX_set_default_verify_file" || n == "SSL_CTX_set_default_verify_dir" ||
      n == "SSL_CTX_set_default_verify_store" || n == "X509_STORE_set_default_paths")
    return s.keeps_system_trust(obj);
  if (n == "SSL_CTX_set_verify" || n == "SSL_set_verify") {
    auto mode = s.int_arg(1);
    if (mode && *mode == 0) return verify_off(s, n + "(SSL_VERIFY_NONE)", obj);
    return verify_callback(s, 2, n, obj);
  }
  if (n == "SSL_CTX_set_cert_verify_callback") return verify_callback(s, 1, n, obj);
  if (n == "SSL_set1_host" || n == "SSL_add1_host") return host_endpoint(s, 1, n, obj);
  if (n == "SSL_ctrl" && s.int_arg(1) == kSslCtrlSetTlsextHostname) return host_endpoint(s, 3, "SSL_set_tlsext_host_name", obj);
  if (n == "BIO_ctrl" && s.int_arg(1) == kBioCSetConnect) return host_endpoint(s, 3, "BIO_set_conn_hostname", obj);
  // A context made from a server method, or whose connection accepts, verifies clients with its CAs.
  if (n == "SSL_CTX_new" || n == "SSL_CTX_new_ex") {
    if (is_server_method(s.text_arg(n == "SSL_CTX_new" ? 0 : 2))) s.server_side(s.result_object());
    return;
  }
  if (n == "SSL_new") return s.connection_of(obj, s.result_object());
  if (n == "SSL_accept" || n == "SSL_set_accept_state") return s.server_side(obj);
  if (n == "SSL_set_SSL_CTX") return s.use(s.object_arg(1), obj, "the SSL_CTX is given to the connection here");
}

}  // namespace

Family openssl_family() {
  return {"openssl",
          {"SSL_CTX_load_verify_locations", "SSL_CTX_load_verify_file", "SSL_CTX_load_verify_dir", "SSL_CTX_load_verify_store",
           "X509_STORE_load_locations", "X509_STORE_load_file", "X509_STORE_load_path", "X509_STORE_load_store",
           "X509_STORE_add_cert", "SSL_CTX_set_cert_store", "SSL_CTX_set1_cert_store", "SSL_CTX_set_default_verify_paths",
           "SSL_CTX_set_default_verify_file", "SSL_CTX_set_default_verify_dir", "SSL_CTX_set_default_verify_store",
           "X509_STORE_set_default_paths", "SSL_CTX_set_verify", "SSL_set_verify", "SSL_CTX_set_cert_verify_callback",
           "SSL_set1_host", "SSL_add1_host", "SSL_ctrl", "BIO_ctrl", "SSL_set_SSL_CTX", "SSL_CTX_new", "SSL_CTX_new_ex", "SSL_new",
           "SSL_accept", "SSL_set_accept_state"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
