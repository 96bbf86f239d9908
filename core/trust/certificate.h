#pragma once
// One X.509 certificate with the facts the oracle needs computed once: names, digests, SPKI pins,
// validity, CA-ness. Cheap to copy (the OpenSSL object is shared).
#include <openssl/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace atscan {

struct Certificate {
  std::shared_ptr<X509> x509;
  std::string der;
  std::string subject;       // RFC 2253, e.g. "CN=Amazon Root CA 1,O=Amazon,C=US"
  std::string issuer;
  std::string display_name;  // CN, else OU, else O, else the subject
  std::string sha256;        // raw digests of the DER certificate…
  std::string sha1;
  std::string spki_sha256;   // …and of the DER SubjectPublicKeyInfo
  std::string spki_sha1;
  std::string rsa_header_cert_sha256;  // of the RSA-2048 SPKI header followed by the DER certificate: what
                                       // Swift pinning code computes when it prepends that header to the
                                       // certificate instead of to the key (a widespread copy of a snippet)
  std::int64_t not_before = 0;  // unix seconds
  std::int64_t not_after = 0;
  bool is_ca = false;        // basicConstraints CA:TRUE (v1 self-signed roots count as CA)
  bool self_signed = false;  // subject == issuer and the signature verifies with its own key
  std::string key;           // "RSA 2048", "EC P-256", …

  // Parses one DER certificate (trailing bytes are an error). nullopt when it is not one.
  // Parsed certificates are memoized process-wide by DER digest: OpenSSL 3.0 spends ~0.5 ms
  // decoding each public key, and the same roots recur in every bundle of a tree.
  static std::optional<Certificate> from_der(std::string_view der);
  // The same without the memo.
  static std::optional<Certificate> parse_der(std::string_view der);
  // Takes ownership of a reference to `x` (up-refs it).
  static std::optional<Certificate> from_x509(X509* x);

  std::string sha256_hex() const;  // lowercase, no colons
  std::string sha1_hex() const;
  std::string spki_pin() const;    // base64 SHA-256 of the SPKI (curl/OkHttp/Android/HPKP value)
  bool expired_at(std::int64_t t) const { return not_after < t; }
};

// Empties the memo behind Certificate::from_der (benchmarks measure cold parsing with it).
void clear_certificate_memo();

std::string hex_lower(std::string_view bytes);
std::string iso_date(std::int64_t unix_seconds);  // "2025-05-12"

}  // namespace atscan
