#include "core/util/digest.h"

#include <openssl/evp.h>

namespace atscan {

std::string sha256_raw(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // Fetched once: EVP_sha256() makes OpenSSL 3 look the algorithm up (under a lock) on every digest.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  // One context per thread, reused: EVP_Digest allocates and frees one per call (a finding's
  // fingerprint is a digest, and a large file has tens of thousands of findings).
  struct Ctx {
    EVP_MD_CTX* p = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(p); }
  };
  thread_local Ctx ctx;
  const EVP_MD* algorithm = sha256 ? sha256 : EVP_sha256();
  if (!ctx.p || !EVP_DigestInit_ex2(ctx.p, algorithm, nullptr) || !EVP_DigestUpdate(ctx.p, data.data(), data.size()) ||
      !EVP_DigestFinal_ex(ctx.p, md, &len))
    EVP_Digest(data.data(), data.size(), md, &len, algorithm, nullptr);
  return std::string(reinterpret_cast<const char*>(md), len);
}

std::string sha256_hex(std::string_view data) {
  static const char* hex = "0123456789abcdef";
  std::string raw = sha256_raw(data), out;
  out.reserve(raw.size() * 2);
  for (unsigned char c : raw) {
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return out;
}

}  // namespace atscan
