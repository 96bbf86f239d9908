#include "core/trust/load_helpers.h"

#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <algorithm>

namespace atscan::load_detail {

void add_unique(LoadResult& r, Certificate c) {
  const bool dup = std::any_of(r.certs.begin(), r.certs.end(), [&](const Certificate& o) { return o.sha256 == c.sha256; });
  if (!dup) r.certs.push_back(std::move(c));
}

void add_stack(LoadResult& r, STACK_OF(X509) * stack) {
  if (!stack) return;
  for (int i = 0; i < sk_X509_num(stack); ++i)
    if (auto c = Certificate::from_x509(sk_X509_value(stack, i))) add_unique(r, std::move(*c));
}

bool add_pkcs7_der(LoadResult& r, std::string_view der) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  PKCS7* p7 = d2i_PKCS7(nullptr, &p, static_cast<long>(der.size()));
  if (!p7) return false;
  STACK_OF(X509)* certs = nullptr;
  const int nid = OBJ_obj2nid(p7->type);
  if (nid == NID_pkcs7_signed && p7->d.sign) certs = p7->d.sign->cert;
  else if (nid == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped) certs = p7->d.signed_and_enveloped->cert;
  add_stack(r, certs);
  PKCS7_free(p7);
  return true;
}

void finish(LoadResult& r, std::string_view what) {
  if (!r.certs.empty()) {
    r.status = LoadStatus::ok;
    r.error.clear();
  } else if (r.status == LoadStatus::ok) {
    r.status = LoadStatus::empty;
    r.error = std::string(what) + " holds no certificates";
  }
}

}  // namespace atscan::load_detail
