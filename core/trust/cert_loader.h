#pragma once
// Reads certificates from any form a trust set takes: PEM bundles (junk, comments, CRLF between
// blocks), DER (one or concatenated), PKCS#7, PKCS#12 (empty and common default passwords), Java
// JKS/JCEKS and BouncyCastle BKS certificate entries, base64 DER, and OpenSSL hashed directories.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/trust/certificate.h"
#include "core/util/safe_read.h"

namespace atscan {

enum class LoadStatus {
  ok,            // at least one certificate
  empty,         // readable, but holds no certificate (0-byte file, only a private key)
  malformed,     // looks like certificate data but cannot be decoded (truncated PEM, bad base64)
  encrypted,     // a store we cannot open without its password
  not_certificates,  // not a format that holds certificates
  unreadable,    // I/O error, missing path
};

struct LoadResult {
  LoadStatus status = LoadStatus::not_certificates;
  std::string format;                  // "PEM", "DER", "PKCS#7", "PKCS#12", "JKS", "JCEKS", "BKS", "base64 DER", "CApath"
  std::vector<Certificate> certs;      // in file order, duplicates removed
  std::string error;                   // why nothing was read (status != ok)
  std::vector<std::string> problems;   // parts skipped: malformed blocks, misnamed CApath files
  std::vector<std::string> other_blocks;  // PEM labels that are not certificates ("PRIVATE KEY")
};

// Certificate files and CApath entries larger than this are not read (a bundle of every public CA is ~250 KiB).
inline constexpr std::uint64_t kMaxCertificateFileBytes = 16u << 20;

LoadResult load_certificates(std::string_view bytes);
// A file, or a directory read the way OpenSSL's CApath is (files named <subject hash>.<n>). Files are
// read with the bounded safe reader: FIFOs, devices, oversized files and (with limits.root) links out
// of the root are refused with a reason.
LoadResult load_certificates_path(const std::filesystem::path& path, const SafeReadOptions& limits = {kMaxCertificateFileBytes, {}});

// Parts of the loader, exposed for the tests and the CLI inventory.
LoadResult load_pem(std::string_view text);
LoadResult load_der(std::string_view bytes);
LoadResult load_pkcs12(std::string_view bytes);
LoadResult load_java_keystore(std::string_view bytes);  // JKS or JCEKS
LoadResult load_bks(std::string_view bytes);
LoadResult load_capath(const std::filesystem::path& dir, const SafeReadOptions& limits = {kMaxCertificateFileBytes, {}});

}  // namespace atscan
