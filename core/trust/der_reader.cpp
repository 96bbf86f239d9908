// Binary DER: one certificate, several concatenated, or a PKCS#7 SignedData (.p7b/.p7c).
#include <openssl/x509.h>

#include "core/trust/cert_loader.h"
#include "core/trust/load_helpers.h"

namespace atscan {

LoadResult load_der(std::string_view bytes) {
  using namespace load_detail;
  LoadResult r;
  r.format = "DER";
  // Concatenated certificates: decode one after another until the bytes are used up.
  const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = begin + bytes.size();
  const unsigned char* p = begin;
  while (p < end) {
    const unsigned char* q = p;
    X509* x = d2i_X509(nullptr, &q, static_cast<long>(end - p));
    if (!x) break;
    if (auto c = Certificate::from_x509(x)) add_unique(r, std::move(*c));
    X509_free(x);
    p = q;
  }
  if (!r.certs.empty()) {
    r.status = LoadStatus::ok;
    if (p != end) r.problems.push_back(std::to_string(end - p) + " trailing bytes after the DER certificates ignored");
    return r;
  }
  r.format = "PKCS#7";
  r.status = LoadStatus::ok;
  if (add_pkcs7_der(r, bytes)) {
    finish(r, "PKCS#7 data");
    return r;
  }
  r.format = "DER";
  r.status = LoadStatus::not_certificates;
  r.error = "not certificate data (DER does not decode as a certificate or PKCS#7)";
  return r;
}

}  // namespace atscan
