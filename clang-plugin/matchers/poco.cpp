// POCO Net: Context(usage, key, cert, caLocation, verificationMode, depth, loadDefaultCAs) or the short
// Context(usage, caLocation, verificationMode, depth, loadDefaultCAs), AcceptCertificateHandler, sessions.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

// Both Context constructors, with defaulted arguments left out by the engine: the long form has a string
// (the certificate file) where the short form has the verification mode.
void context(CallSite& s) {
  const std::string ctx = s.result_object();
  const bool long_form = s.arg_count() >= 4 && s.arg_type(2).ends_with("string");
  const size_t ca = long_form ? 3 : 1, mode = ca + 1, load = ca + 3;
  if (s.arg_count() > mode)
    if (auto v = s.int_arg(mode); v && *v == 0) verify_off(s, "Context(VERIFY_NONE)", ctx);
  // loadDefaultCAs defaults to false: a CA location alone replaces the system trust.
  const bool load_defaults = s.arg_count() > load && s.int_arg(load).value_or(0) != 0;
  if (s.arg_count() > ca && !load_defaults) bundle_path(s, ca, "Context caLocation", ctx);
}

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (n == "Poco::Net::Context") return context(s);
  // The handler accepts every certificate the verification rejected.
  if (n == "Poco::Net::AcceptCertificateHandler") return verify_off(s, "AcceptCertificateHandler", s.result_object());
  if (n == "Poco::Net::HTTPSClientSession") {
    const std::string session = s.result_object();
    for (size_t i = 0; i < s.arg_count(); ++i) s.use(s.object_arg(i), session, "the context is given to the session here");
    if (s.arg_count() >= 1 && s.string_arg(0)) host_endpoint(s, 0, n, session);
  }
}

}  // namespace

Family poco_family() {
  return {"poco", {}, {"Poco::Net::Context", "Poco::Net::AcceptCertificateHandler", "Poco::Net::HTTPSClientSession"}, {}, &handle};
}

}  // namespace atscan::clangfe
