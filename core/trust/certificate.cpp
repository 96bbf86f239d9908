#include "core/trust/certificate.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <ctime>
#include <mutex>
#include <unordered_map>

#include "core/trust/base64.h"
#include "core/util/time_horizon.h"

namespace atscan {
namespace {

std::string digest(const EVP_MD* md, const unsigned char* data, size_t len) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  EVP_Digest(data, len, out, &n, md, nullptr);
  return std::string(reinterpret_cast<char*>(out), n);
}

std::string name_rfc2253(const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  std::string s(data, static_cast<size_t>(n));
  BIO_free(bio);
  return s;
}

std::string name_entry(const X509_NAME* name, int nid) {
  int idx = X509_NAME_get_index_by_NID(name, nid, -1);
  if (idx < 0) return {};
  const ASN1_STRING* s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
  unsigned char* utf8 = nullptr;
  int n = ASN1_STRING_to_UTF8(&utf8, s);
  if (n < 0) return {};
  std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(n));
  OPENSSL_free(utf8);
  return out;
}

std::int64_t asn1_time_unix(const ASN1_TIME* t) {
  struct tm tm {};
  if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return 0;
  return static_cast<std::int64_t>(timegm(&tm));
}

std::string describe_key(X509* x) {
  EVP_PKEY* pk = X509_get0_pubkey(x);
  if (!pk) return "unknown key";
  const int bits = EVP_PKEY_get_bits(pk);
  switch (EVP_PKEY_get_base_id(pk)) {
    case EVP_PKEY_RSA: return "RSA " + std::to_string(bits);
    case EVP_PKEY_EC: {
      char curve[64] = {0};
      size_t len = 0;
      if (EVP_PKEY_get_utf8_string_param(pk, "group", curve, sizeof curve, &len) == 1) {
        std::string c(curve, len);
        if (c == "prime256v1") c = "P-256";
        else if (c == "secp384r1") c = "P-384";
        else if (c == "secp521r1") c = "P-521";
        return "EC " + c;
      }
      return "EC " + std::to_string(bits);
    }
    case EVP_PKEY_ED25519: return "Ed25519";
    case EVP_PKEY_DSA: return "DSA " + std::to_string(bits);
    default: return std::string(OBJ_nid2sn(EVP_PKEY_get_base_id(pk))) + " " + std::to_string(bits);
  }
}

}  // namespace

std::optional<Certificate> Certificate::from_x509(X509* x) {
  if (!x) return std::nullopt;
  X509_up_ref(x);
  Certificate c;
  c.x509 = std::shared_ptr<X509>(x, X509_free);
  unsigned char* der = nullptr;
  int n = i2d_X509(x, &der);
  if (n <= 0) return std::nullopt;
  c.der.assign(reinterpret_cast<char*>(der), static_cast<size_t>(n));
  OPENSSL_free(der);
  c.sha256 = digest(EVP_sha256(), reinterpret_cast<const unsigned char*>(c.der.data()), c.der.size());
  c.sha1 = digest(EVP_sha1(), reinterpret_cast<const unsigned char*>(c.der.data()), c.der.size());
  {
    static constexpr unsigned char kRsa2048SpkiHeader[] = {0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                                                           0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00};
    std::string with_header(reinterpret_cast<const char*>(kRsa2048SpkiHeader), sizeof kRsa2048SpkiHeader);
    with_header += c.der;
    c.rsa_header_cert_sha256 = digest(EVP_sha256(), reinterpret_cast<const unsigned char*>(with_header.data()), with_header.size());
  }
  unsigned char* spki = nullptr;
  int sn = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
  if (sn > 0) {
    c.spki_sha256 = digest(EVP_sha256(), spki, static_cast<size_t>(sn));
    c.spki_sha1 = digest(EVP_sha1(), spki, static_cast<size_t>(sn));
    OPENSSL_free(spki);
  }
  const X509_NAME* subj = X509_get_subject_name(x);
  c.subject = name_rfc2253(subj);
  c.issuer = name_rfc2253(X509_get_issuer_name(x));
  for (int nid : {NID_commonName, NID_organizationalUnitName, NID_organizationName}) {
    c.display_name = name_entry(subj, nid);
    if (!c.display_name.empty()) break;
  }
  if (c.display_name.empty()) c.display_name = c.subject.empty() ? "(empty subject)" : c.subject;
  c.not_before = asn1_time_unix(X509_get0_notBefore(x));
  c.not_after = asn1_time_unix(X509_get0_notAfter(x));
  // Whether this certificate is current flips at these instants (not valid before not_before,
  // expired after not_after).
  note_time_boundary(c.not_before);
  if (c.not_after < kNoTimeBoundary) note_time_boundary(c.not_after + 1);
  // Self-issued by names and key identifiers: the signature itself is checked during chain
  // verification (verifying it here costs ~1 ms per certificate with OpenSSL 3.0).
  c.self_signed = X509_self_signed(x, 0) == 1;
  // CA: basicConstraints CA:TRUE, or an old v1 self-signed root (no extensions at all).
  if (auto* bc = static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(x, NID_basic_constraints, nullptr, nullptr))) {
    c.is_ca = bc->ca != 0;
    BASIC_CONSTRAINTS_free(bc);
  } else {
    c.is_ca = X509_get_version(x) == X509_VERSION_1 && c.self_signed;
  }
  c.key = describe_key(x);
  return c;
}

namespace {

struct Memo {
  std::mutex mu;
  std::unordered_map<std::string, Certificate> by_digest;
  static constexpr size_t kMax = 50000;  // bounded: a pathological tree cannot grow it without limit
};
Memo& memo() {
  static Memo m;
  return m;
}

}  // namespace

void clear_certificate_memo() {
  std::lock_guard lock(memo().mu);
  memo().by_digest.clear();
}

std::optional<Certificate> Certificate::from_der(std::string_view der) {
  const std::string key = digest(EVP_sha256(), reinterpret_cast<const unsigned char*>(der.data()), der.size());
  {
    std::lock_guard lock(memo().mu);
    if (auto it = memo().by_digest.find(key); it != memo().by_digest.end()) return it->second;
  }
  auto c = parse_der(der);
  if (c) {
    std::lock_guard lock(memo().mu);
    if (memo().by_digest.size() >= Memo::kMax) memo().by_digest.clear();
    memo().by_digest.emplace(key, *c);
  }
  return c;
}

std::optional<Certificate> Certificate::parse_der(std::string_view der) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  X509* x = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
  if (!x) return std::nullopt;
  const bool whole = p == reinterpret_cast<const unsigned char*>(der.data()) + der.size();
  std::optional<Certificate> c;
  if (whole) c = from_x509(x);
  X509_free(x);
  return c;
}

std::string Certificate::sha256_hex() const { return hex_lower(sha256); }
std::string Certificate::sha1_hex() const { return hex_lower(sha1); }
std::string Certificate::spki_pin() const { return base64_encode(spki_sha256); }

std::string hex_lower(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

std::string iso_date(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  struct tm tm {};
  gmtime_r(&tt, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace atscan
