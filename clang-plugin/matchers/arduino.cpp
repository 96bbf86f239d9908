// Arduino (ESP32 / ESP8266 cores): WiFiClientSecure / BearSSL::WiFiClientSecure trust setters,
// BearSSL::X509List anchors and HTTPClient::begin.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (s.kind() == SiteKind::construct) {  // BearSSL::X509List certs(pem): the anchors reach a client through setTrustAnchors
    if (const std::string list = s.result_object(); !list.empty()) embedded(s, 0, "X509List", list);
    return;
  }
  const std::string client = s.this_object();
  if (n.ends_with("::setCACert")) return embedded(s, 0, "WiFiClientSecure::setCACert", client);
  if (n.ends_with("::setCACertBundle")) {
    TrustFact f = make_fact(kCustomCaBundle, TrustKind::unresolved, "WiFiClientSecure::setCACertBundle", client);
    f.value = s.text_arg(0);
    return s.trust(std::move(f));
  }
  if (n.ends_with("::setInsecure")) return verify_off(s, "WiFiClientSecure::setInsecure()", client);
  if (n.ends_with("::setFingerprint")) {
    TrustFact f = make_fact(kCertificatePinning, TrustKind::pin_set, "WiFiClientSecure::setFingerprint", client);
    f.leaf_only_pins = true;  // the SHA-1 of the server's own certificate
    auto v = s.string_arg(0);
    if (v) f.values.push_back(v->text);
    return s.trust(std::move(f), v);
  }
  if (n.ends_with("::setTrustAnchors")) {
    if (const std::string list = s.object_arg(0); !list.empty()) return s.use(list, client, "the trust anchors are given to the client here");
    // new X509List(pem) in the call: anchors of unknown content
    TrustFact f = make_fact(kCustomCaBundle, TrustKind::unresolved, "setTrustAnchors(X509List)", client);
    f.value = s.text_arg(0);
    return s.trust(std::move(f));
  }
  if (n.ends_with("::connect")) return host_endpoint(s, 0, "WiFiClientSecure::connect", client);
  if (n.ends_with("HTTPClient::begin")) {
    // begin(client, url) hands a secure client over; begin(url, CAcert) carries its own root.
    if (s.arg_count() >= 2 && s.object_arg(0) != "" && !s.string_arg(0)) {
      s.use(s.object_arg(0), client, "the secure client is used for the request here");
      return host_endpoint(s, 1, "HTTPClient::begin", client);
    }
    host_endpoint(s, 0, "HTTPClient::begin", client);
    if (s.arg_count() == 2 && !s.null_arg(1)) embedded(s, 1, "HTTPClient::begin(url, CAcert)", client);
  }
}

}  // namespace

Family arduino_family() {
  return {"arduino",
          {"WiFiClientSecure::setCACert", "WiFiClientSecure::setCACertBundle", "WiFiClientSecure::setInsecure",
           "WiFiClientSecure::setFingerprint", "WiFiClientSecure::setTrustAnchors", "WiFiClientSecure::connect",
           "NetworkClientSecure::setCACert", "NetworkClientSecure::setCACertBundle", "NetworkClientSecure::setInsecure",
           "NetworkClientSecure::connect", "HTTPClient::begin"},
          {"BearSSL::X509List"},
          {},
          &handle};
}

}  // namespace atscan::clangfe
