// libcurl: curl_easy_setopt options that set trust (CAINFO, CAPATH, CAINFO_BLOB, PINNEDPUBLICKEY),
// turn verification off, install an SSL_CTX callback, or name the URL. PROXY_* options configure the
// proxy connection only, so they go on a separate "<handle>@proxy" object that never meets the URL.
#include <string_view>

#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

constexpr long kNativeCa = 1 << 4;  // CURLSSLOPT_NATIVE_CA: the OS store is used as well

std::vector<std::string> split_pins(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(';', start);
    std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

void handle(CallSite& s) {
  std::string opt = s.enum_arg(1);
  if (opt.rfind("CURLOPT_", 0) != 0) return;
  std::string_view o(opt);
  o.remove_prefix(8);
  const bool proxy = o.rfind("PROXY_", 0) == 0;
  if (proxy) o.remove_prefix(6);
  const std::string handle_obj = s.object_arg(0);
  const std::string obj = proxy && !handle_obj.empty() ? handle_obj + "@proxy" : handle_obj;

  if (o == "CAINFO" || o == "CAPATH") return bundle_path(s, 2, opt, obj);
  if (o == "CAINFO_BLOB") return embedded(s, 2, opt, obj);
  if (o == "SSL_VERIFYPEER") {
    if (auto v = s.int_arg(2); v && *v == 0) verify_off(s, opt + " 0", obj);
    return;
  }
  if (o == "SSL_VERIFYHOST") {
    if (auto v = s.int_arg(2); v && *v == 0) verify_off(s, opt + " 0", obj, TrustKind::hostname_check_disabled);
    return;
  }
  if (o == "PINNEDPUBLICKEY") {
    auto v = s.string_arg(2);
    TrustFact f = make_fact(kCertificatePinning, TrustKind::pin_set, opt, obj);
    f.leaf_only_pins = true;  // curl compares the pin with the server's leaf key only
    if (v) f.values = split_pins(v->text);
    else f.kind = TrustKind::unresolved, f.value = s.text_arg(2);
    return s.trust(std::move(f), v);
  }
  if (o == "SSL_CTX_FUNCTION") {
    if (s.null_arg(2)) return;
    return s.trust(make_fact(kCustomVerifyCallback, TrustKind::custom_verify_callback, opt, obj));
  }
  if (o == "SSL_OPTIONS") {
    if (auto v = s.int_arg(2); v && (*v & kNativeCa)) s.keeps_system_trust(obj);
    return;
  }
  if (o == "URL" && !proxy) return host_endpoint(s, 2, opt, obj);
}

}  // namespace

Family curl_family() { return {"curl", {"curl_easy_setopt"}, {}, {}, &handle}; }

}  // namespace atscan::clangfe
