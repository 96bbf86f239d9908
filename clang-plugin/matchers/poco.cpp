// POCO Net: Context(usage, key, cert, caLocation, verificationMode, depth, loadDefaultCAs) and sessions.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (n == "Poco::Net::Context") {
    const std::string ctx = s.result_object();
    if (s.arg_count() >= 5)
      if (auto mode = s.int_arg(4); mode && *mode == 0) verify_off(s, "Context(VERIFY_NONE)", ctx);
    const bool load_defaults = s.arg_count() >= 7 && s.int_arg(6).value_or(0) != 0;
    if (s.arg_count() >= 4 && !load_defaults) {
      auto ca = s.string_arg(3);
      if (!ca || !ca->text.empty()) bundle_path(s, 3, "Context caLocation", ctx);
    }
    return;
  }
  if (n == "Poco::Net::HTTPSClientSession") {
    const std::string session = s.result_object();
    for (size_t i = 0; i < s.arg_count(); ++i) s.use(s.object_arg(i), session, "the context is given to the session here");
    if (s.arg_count() >= 1 && s.string_arg(0)) host_endpoint(s, 0, n, session);
  }
}

}  // namespace

Family poco_family() { return {"poco", {}, {"Poco::Net::Context", "Poco::Net::HTTPSClientSession"}, {}, &handle}; }

}  // namespace atscan::clangfe
