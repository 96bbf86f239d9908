#pragma once
// Small builders shared by the family handlers: the common fact shapes, written once.
#include <optional>
#include <string>

#include "clang-plugin/engine/call_site.h"
#include "clang-plugin/engine/rule_ids.h"

namespace atscan::clangfe {

inline TrustFact make_fact(std::string_view rule, TrustKind kind, std::string api, std::string object) {
  TrustFact f;
  f.rule_id = std::string(rule);
  f.kind = kind;
  f.api = std::move(api);
  f.object = std::move(object);
  return f;
}

// A TLS server method as written: TLS_server_method(), SSLv23_server_method(), wolfTLSv1_2_server_method(),
// …_server_method_ex(heap). A context made from one verifies clients with the CAs loaded into it.
inline bool is_server_method(const std::string& text) {
  const size_t at = text.find("_server_method");
  if (at == std::string::npos) return false;
  return text.compare(at + 14, 1, "(") == 0 || text.compare(at + 14, 4, "_ex(") == 0;
}

// A CA file or directory given to `object`: a bundle path when the value resolves, unresolved otherwise.
inline void bundle_path(CallSite& s, size_t arg, const std::string& api, const std::string& object,
                        std::vector<std::string> keep_objects = {}) {
  auto v = s.string_arg(arg);
  if (v && v->text.empty()) return;
  TrustFact f = make_fact(kCustomCaBundle, v ? TrustKind::bundle_path : TrustKind::unresolved, api, object);
  if (!v) f.value = s.text_arg(arg);
  s.trust(std::move(f), v, std::move(keep_objects));
}

// Certificate data given to `object`: embedded PEM/DER when it resolves, an unresolved CA otherwise.
inline void embedded(CallSite& s, size_t arg, const std::string& api, const std::string& object, std::vector<std::string> keep_objects = {}) {
  auto v = s.data_arg(arg);
  if (v && (v->looks_pem() || v->looks_der())) {
    s.trust(make_fact(kEmbeddedCertificate, v->looks_pem() ? TrustKind::embedded_pem : TrustKind::embedded_der, api, object), v,
            std::move(keep_objects));
    return;
  }
  TrustFact f = make_fact(kCustomCaBundle, TrustKind::unresolved, api, object);
  f.value = s.text_arg(arg);
  s.trust(std::move(f), std::nullopt, std::move(keep_objects));
}

inline void verify_off(CallSite& s, const std::string& api, const std::string& object, TrustKind kind = TrustKind::verify_disabled) {
  s.trust(make_fact(kVerificationDisabled, kind, api, object));
}

// A verification callback: accept-all → verification disabled; digest compared with constants →
// pinning; anything else → a custom callback (with the issuer/subject constants it compares, if any).
inline void verify_callback(CallSite& s, size_t arg, const std::string& api, const std::string& object) {
  const auto* fn = s.callback_arg(arg);
  if (!fn && s.null_arg(arg)) return;  // nullptr / NULL: the library default
  CallbackSummary cb = s.callback_summary(fn);
  if (cb.accepts_all) return verify_off(s, api + " (callback accepts every certificate)", object);
  if (!cb.pins.empty()) {
    TrustFact f = make_fact(kCertificatePinning, TrustKind::pin_set, api + " (digest compared in callback)", object);
    f.values = cb.pins;
    return s.trust(std::move(f));
  }
  TrustFact f = make_fact(kCustomVerifyCallback, TrustKind::custom_verify_callback, api, object);
  f.callback_constants = cb.names;  // issuer/subject constants: the judge decides from them
  s.trust(std::move(f));
}

inline void host_endpoint(CallSite& s, size_t arg, const std::string& api, const std::string& object) {
  if (auto v = s.string_arg(arg)) s.endpoint(object, *v, api);
  else s.endpoint(object, Value{}, api);  // not resolvable: the judge treats it as unknown
}

}  // namespace atscan::clangfe
