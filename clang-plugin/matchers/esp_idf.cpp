// ESP-IDF: the CA fields of esp_http_client_config_t / esp_tls_cfg_t / esp_mqtt client configs, set in
// designated initialisers or field stores; the config's own .url is its endpoint. The config types are
// anonymous structs, so the table lists fields unqualified: a `.url` of another struct only gives that
// object an endpoint, which matters only when the same object also carries one of these CA fields.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

std::string field_of(const std::string& n) {
  auto at = n.rfind("::");
  return at == std::string::npos ? n : n.substr(at + 2);
}

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (n == "esp_tls_set_global_ca_store") return embedded(s, 0, n, "");
  const std::string field = field_of(n);
  const std::string cfg = s.this_object();
  if (field == "cert_pem" || field == "cacert_pem_buf" || field == "cacert_buf" || field == "cacert_der_buf") {
    if (s.null_arg(0)) return;
    return embedded(s, 0, "esp_http_client_config_t." + field, cfg);
  }
  // esp_http_client_config_t.skip_cert_common_name_check / esp_tls_cfg_t.skip_common_name: true, or a
  // run-time flag (the check can be switched off); false keeps the check.
  if (field == "skip_cert_common_name_check" || field == "skip_common_name") {
    if (auto v = s.int_arg(0); !v || *v != 0)
      verify_off(s, field + (v ? " = true" : " = " + s.text_arg(0)), cfg, TrustKind::hostname_check_disabled);
    return;
  }
  if (n == "esp_transport_ssl_skip_common_name_check")
    return verify_off(s, n, s.object_arg(0), TrustKind::hostname_check_disabled);
  // esp_crt_bundle_attach: the IDF bundle (a copy of the common CA store) stays in use.
  if (field == "crt_bundle_attach") {
    if (!s.null_arg(0)) s.keeps_system_trust(cfg);
    return;
  }
  if (field == "http_config") return s.use(s.object_arg(0), cfg, "the HTTP client configuration is used for the OTA download here");
  if (field == "url") return host_endpoint(s, 0, "esp_http_client_config_t.url", cfg);
}

}  // namespace

Family esp_idf_family() {
  return {"esp_idf",
          {"esp_tls_set_global_ca_store", "esp_transport_ssl_skip_common_name_check"},
          {},
          {"cert_pem", "cacert_pem_buf", "cacert_buf", "cacert_der_buf", "skip_cert_common_name_check", "skip_common_name", "crt_bundle_attach", "http_config",
           "url"},
          &handle};
}

}  // namespace atscan::clangfe
