// Boost.Asio / Beast ssl::context and ssl::stream.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string ctx = s.this_object();
  if (n.ends_with("::load_verify_file") || n.ends_with("::add_verify_path")) return bundle_path(s, 0, "ssl::context::" + n.substr(n.rfind(':') + 1), ctx);
  if (n.ends_with("::add_certificate_authority")) return embedded(s, 0, "ssl::context::add_certificate_authority", ctx);
  if (n.ends_with("::set_default_verify_paths")) return s.keeps_system_trust(ctx);
  if (n.ends_with("::set_verify_mode")) {
    if (auto v = s.int_arg(0); v && *v == 0) verify_off(s, "set_verify_mode(verify_none)", ctx);
    return;
  }
  if (n.ends_with("::set_verify_callback")) {
    // The library's own host name checks are verification, not a custom callback: they name the host.
    const std::string t = s.arg_type(0);
    if (t.ends_with("host_name_verification") || t.ends_with("rfc2818_verification")) return host_endpoint(s, 0, t.substr(t.rfind(':') + 1), ctx);
    return verify_callback(s, 0, "set_verify_callback", ctx);
  }
}

}  // namespace

Family asio_family() {
  const char* ctxs[] = {"boost::asio::ssl::context::", "asio::ssl::context::"};
  Family f{"asio", {}, {}, {}, &handle};
  for (const char* c : ctxs)
    for (const char* m : {"load_verify_file", "add_verify_path", "add_certificate_authority", "set_default_verify_paths", "set_verify_mode",
                          "set_verify_callback"})
      f.functions.push_back(std::string(c) + m);
  // ssl::stream has its own set_verify_mode / set_verify_callback.
  for (const char* m : {"set_verify_mode", "set_verify_callback"}) f.functions.push_back(std::string("boost::asio::ssl::stream::") + m);
  return f;
}

}  // namespace atscan::clangfe
