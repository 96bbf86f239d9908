// gRPC C++: SslCredentialsOptions::pem_root_certs, and the channel target.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (s.kind() == SiteKind::assign) {
    auto v = s.data_arg(0);
    if (v && v->text.empty()) return;
    return embedded(s, 0, "SslCredentialsOptions.pem_root_certs", s.this_object());
  }
  if (n == "grpc::CreateChannel" || n == "grpc::CreateCustomChannel") {
    const std::string channel = s.result_object();
    s.use(s.object_arg(1), channel, "the credentials are given to the channel here");
    host_endpoint(s, 0, n, channel);
  }
}

}  // namespace

Family grpc_family() {
  return {"grpc", {"grpc::CreateChannel", "grpc::CreateCustomChannel"}, {}, {"grpc::SslCredentialsOptions::pem_root_certs"}, &handle};
}

}  // namespace atscan::clangfe
