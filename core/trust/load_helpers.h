#pragma once
// Small helpers shared by the certificate readers (internal to core/trust).
#include <openssl/x509.h>

#include <string>
#include <string_view>

#include "core/trust/cert_loader.h"

namespace atscan::load_detail {

// Adds a certificate unless the same DER is already there.
void add_unique(LoadResult& r, Certificate c);
// Adds every certificate in an OpenSSL stack.
void add_stack(LoadResult& r, STACK_OF(X509) * stack);
// Certificates from a DER PKCS#7 SignedData; false when the bytes are not one.
bool add_pkcs7_der(LoadResult& r, std::string_view der);
// Sets status from what was found when nothing else decided it.
void finish(LoadResult& r, std::string_view what);

}  // namespace atscan::load_detail
