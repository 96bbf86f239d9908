// FreeRTOS coreHTTP / coreMQTT TLS transports: NetworkCredentials_t.pRootCa is the connection's only
// root set; ServerInfo_t.pHostName its host; the transport's connect call joins the two.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (s.kind() == SiteKind::assign) {
    if (n.ends_with("pRootCa")) {
      if (s.null_arg(0)) return;
      return embedded(s, 0, "NetworkCredentials_t.pRootCa", s.this_object());
    }
    if (n.ends_with("pHostName")) return host_endpoint(s, 0, "ServerInfo_t.pHostName", s.this_object());
    return;
  }
  // TLS_FreeRTOS_Connect(&ctx, &serverInfo, &credentials, sendTimeout, recvTimeout)
  s.use(s.object_arg(2), s.object_arg(1), "the credentials are used for the connection here");
}

}  // namespace

Family freertos_family() {
  return {"freertos",
          {"TLS_FreeRTOS_Connect", "Mbedtls_Pkcs11_Connect", "Mbedtls_Connect", "Openssl_Connect", "SecureSocketsTransport_Connect"},
          {},
          {"pRootCa", "pHostName"},
          &handle};
}

}  // namespace atscan::clangfe
