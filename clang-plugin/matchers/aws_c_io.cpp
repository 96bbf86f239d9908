// aws-c-io (the CRT under the AWS SDKs): trust store overrides and verify_peer.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string opts = s.object_arg(0);
  if (n == "aws_tls_ctx_options_override_default_trust_store") return embedded(s, 1, n, opts);
  if (n == "aws_tls_ctx_options_override_default_trust_store_from_path") {
    auto file = s.string_arg(2);
    return bundle_path(s, file ? 2 : 1, n, opts);
  }
  if (n == "aws_tls_ctx_options_set_verify_peer")
    if (auto v = s.int_arg(1); v && *v == 0) verify_off(s, n + "(false)", opts);
}

}  // namespace

Family aws_c_io_family() {
  return {"aws-c-io",
          {"aws_tls_ctx_options_override_default_trust_store", "aws_tls_ctx_options_override_default_trust_store_from_path",
           "aws_tls_ctx_options_set_verify_peer"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
