// Picks the reader by content (magic numbers and PEM armour), never by file name: front-ends hand
// over embedded material with no name at all.
#include "core/trust/cert_loader.h"

#include <openssl/x509.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/trust/base64.h"
#include "core/trust/load_helpers.h"

namespace atscan {
namespace fs = std::filesystem;
namespace {

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::uint32_t be32(std::string_view b) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[static_cast<size_t>(i)]);
  return v;
}

// DER-looking bytes: a certificate, PKCS#7 or PKCS#12 (all start with an ASN.1 SEQUENCE).
LoadResult load_asn1(std::string_view bytes) {
  LoadResult r = load_der(bytes);
  if (r.status != LoadStatus::not_certificates) return r;
  LoadResult p12 = load_pkcs12(bytes);
  if (p12.status != LoadStatus::not_certificates) return p12;
  return r;
}

}  // namespace

LoadResult load_certificates(std::string_view bytes) {
  if (blank(bytes)) {
    LoadResult r;
    r.status = LoadStatus::empty;
    r.format = "empty";
    r.error = bytes.empty() ? "empty (0 bytes)" : "empty (only whitespace)";
    return r;
  }
  if (bytes.size() >= 12) {
    const auto magic = be32(bytes);
    if (magic == 0xFEEDFEEDu || magic == 0xCECECECEu) return load_java_keystore(bytes);
  }
  if (bytes.find("-----BEGIN ") != std::string_view::npos) return load_pem(bytes);
  if (static_cast<unsigned char>(bytes[0]) == 0x30) return load_asn1(bytes);
  if (bytes.size() >= 12 && (be32(bytes) == 1 || be32(bytes) == 2)) {
    LoadResult r = load_bks(bytes);
    if (r.status != LoadStatus::not_certificates) return r;
  }
  if (bytes.size() >= 32 && looks_base64(bytes)) {
    if (auto der = base64_decode(bytes); der && !der->empty() && static_cast<unsigned char>((*der)[0]) == 0x30) {
      LoadResult r = load_asn1(*der);
      if (r.status != LoadStatus::not_certificates) {
        r.format = "base64 " + r.format;
        return r;
      }
    }
  }
  LoadResult r;
  r.status = LoadStatus::not_certificates;
  r.format = "unknown";
  r.error = "not certificate data (no PEM block, DER, PKCS#7, PKCS#12 or keystore found)";
  return r;
}

namespace {

// OpenSSL's hashed names: eight lowercase hex digits, a dot, a sequence number.
bool hashed_name(std::string_view n) {
  if (n.size() < 10 || n[8] != '.') return false;
  for (size_t i = 0; i < n.size(); ++i) {
    const char c = n[i];
    const bool ok = i < 8 ? (std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f')) : i == 8 || std::isdigit(static_cast<unsigned char>(c));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

LoadResult load_capath(const fs::path& dir, const SafeReadOptions& limits) {
  using namespace load_detail;
  LoadResult r;
  r.format = "CApath";
  std::vector<fs::path> files;
  std::error_code ec;
  bool any_file = false;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec) && !e.is_symlink(ec)) continue;
    any_file = true;
    if (hashed_name(e.path().filename().string())) files.push_back(e.path());
  }
  if (ec) {
    r.status = LoadStatus::unreadable;
    r.error = "cannot read directory: " + ec.message();
    return r;
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    SafeReadResult read = read_file_safely(f, limits);
    if (!read.ok()) {
      r.problems.push_back(f.filename().string() + ": " + read.reason);
      continue;
    }
    LoadResult one = load_certificates(read.data);
    if (one.status != LoadStatus::ok) {
      r.problems.push_back(f.filename().string() + ": " + one.error);
      continue;
    }
    // OpenSSL looks a certificate up by the hash of its subject: a misnamed file is invisible.
    for (auto& c : one.certs) {
      char want[16];
      std::snprintf(want, sizeof want, "%08lx", X509_subject_name_hash(c.x509.get()));
      if (f.filename().string().rfind(want, 0) != 0) {
        r.problems.push_back(f.filename().string() + ": named for another subject hash (expected " + want +
                             ".N); OpenSSL will not find it");
        continue;
      }
      add_unique(r, std::move(c));
    }
  }
  if (r.certs.empty()) {
    r.status = LoadStatus::empty;
    r.error = any_file && files.empty() ? "directory has no OpenSSL hashed names (<hash>.0): run `openssl rehash`"
                                        : "directory holds no certificates";
    return r;
  }
  r.status = LoadStatus::ok;
  return r;
}

LoadResult load_certificates_path(const fs::path& path, const SafeReadOptions& limits) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return load_capath(path, limits);
  SafeReadResult read = read_file_safely(path, limits);
  if (!read.ok()) {
    LoadResult r;
    r.status = LoadStatus::unreadable;
    r.error = read.status == SafeReadStatus::missing ? "no such file: " + path.string()
              : read.status == SafeReadStatus::unreadable ? "cannot open " + path.string()
                                                          : path.string() + ": " + read.reason;
    return r;
  }
  return load_certificates(read.data);
}

}  // namespace atscan
