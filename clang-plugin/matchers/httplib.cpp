// cpp-httplib: SSLClient / Client hosts, CA paths and stores, certificate verification switch.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (s.kind() == SiteKind::construct) return host_endpoint(s, 0, n, s.result_object());
  const std::string cli = s.this_object();
  if (n.ends_with("::set_ca_cert_path")) {
    auto file = s.string_arg(0);
    return bundle_path(s, file && !file->text.empty() ? 0 : 1, "set_ca_cert_path", cli);
  }
  if (n.ends_with("::set_ca_cert_store")) {
    s.use(s.object_arg(0), cli, "the store is given to the client here");
    return s.trust(make_fact(kSystemTrustReplaced, TrustKind::system_trust_replaced, "set_ca_cert_store", cli), std::nullopt, {s.object_arg(0)});
  }
  if (n.ends_with("::enable_server_certificate_verification"))
    if (auto v = s.int_arg(0); v && *v == 0) verify_off(s, "enable_server_certificate_verification(false)", cli);
}

}  // namespace

Family httplib_family() {
  Family f{"httplib", {}, {"httplib::SSLClient", "httplib::Client"}, {}, &handle};
  // SSLClient inherits most of these from ClientImpl, so a call through it names ClientImpl's method.
  for (const char* c : {"httplib::SSLClient::", "httplib::ClientImpl::", "httplib::Client::"})
    for (const char* m : {"set_ca_cert_path", "set_ca_cert_store", "enable_server_certificate_verification"})
      f.functions.push_back(std::string(c) + m);
  return f;
}

}  // namespace atscan::clangfe
