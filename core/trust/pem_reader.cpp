// PEM bundles as found in the wild: many blocks, comments and junk between them, CRLF, "TRUSTED
// CERTIFICATE" (OpenSSL aux) and PKCS7 blocks, and escaped newlines left by a front-end.
#include <openssl/x509.h>

#include "core/trust/base64.h"
#include "core/trust/cert_loader.h"
#include "core/trust/load_helpers.h"

namespace atscan {
namespace {

// The base64 body: drops RFC 1421 header lines ("Proc-Type: …") and literal "\n" escapes.
std::string clean_body(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  size_t line_start = 0;
  while (line_start < body.size()) {
    size_t eol = body.find('\n', line_start);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view line = body.substr(line_start, eol - line_start);
    line_start = eol + 1;
    if (line.find(':') != std::string_view::npos) continue;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size() && (line[i + 1] == 'n' || line[i + 1] == 'r' || line[i + 1] == 't')) {
        ++i;
        continue;
      }
      if (line[i] == '"' || line[i] == '\'') continue;  // quotes of adjacent string literals
      out += line[i];
    }
  }
  return out;
}

}  // namespace

LoadResult load_pem(std::string_view text) {
  using namespace load_detail;
  LoadResult r;
  r.format = "PEM";
  r.status = LoadStatus::ok;
  int cert_blocks = 0, bad_blocks = 0;
  size_t pos = 0;
  static constexpr std::string_view kBegin = "-----BEGIN ";
  while ((pos = text.find(kBegin, pos)) != std::string_view::npos) {
    const size_t label_start = pos + kBegin.size();
    const size_t label_end = text.find("-----", label_start);
    if (label_end == std::string_view::npos) {
      r.problems.push_back("truncated PEM: BEGIN line without its closing dashes");
      ++bad_blocks;
      break;
    }
    const std::string label(text.substr(label_start, label_end - label_start));
    const std::string end_marker = "-----END " + label + "-----";
    const size_t body_start = label_end + 5;
    const size_t end = text.find(end_marker, body_start);
    const bool is_cert = label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
    const bool is_p7 = label == "PKCS7" || label == "PKCS #7 SIGNED DATA" || label == "CMS";
    if (is_cert || is_p7) ++cert_blocks;
    if (end == std::string_view::npos) {
      r.problems.push_back("truncated PEM: BEGIN " + label + " without END " + label);
      if (is_cert || is_p7) ++bad_blocks;
      break;
    }
    pos = end + end_marker.size();
    if (!is_cert && !is_p7) {
      r.other_blocks.push_back(label);
      continue;
    }
    const std::string body = clean_body(text.substr(body_start, end - body_start));
    auto der = base64_decode(body);
    if (!der) {
      r.problems.push_back("bad base64 in PEM block " + std::to_string(cert_blocks) + " (" + label + ")");
      ++bad_blocks;
      continue;
    }
    if (is_p7) {
      r.format = "PKCS#7 (PEM)";
      if (!add_pkcs7_der(r, *der)) {
        r.problems.push_back("PEM block " + std::to_string(cert_blocks) + " is not valid PKCS#7");
        ++bad_blocks;
      }
      continue;
    }
    std::optional<Certificate> cert;
    if (label == "TRUSTED CERTIFICATE") {
      const auto* p = reinterpret_cast<const unsigned char*>(der->data());
      if (X509* x = d2i_X509_AUX(nullptr, &p, static_cast<long>(der->size()))) {
        cert = Certificate::from_x509(x);
        X509_free(x);
      }
    } else {
      cert = Certificate::from_der(*der);
    }
    if (!cert) {
      r.problems.push_back("PEM block " + std::to_string(cert_blocks) + " is not a valid certificate (DER does not decode)");
      ++bad_blocks;
      continue;
    }
    add_unique(r, std::move(*cert));
  }
  if (r.certs.empty() && bad_blocks > 0) {
    r.status = LoadStatus::malformed;
    r.error = r.problems.front();
    return r;
  }
  finish(r, "PEM text");
  if (r.status == LoadStatus::empty && !r.other_blocks.empty()) {
    std::string labels;
    for (const auto& l : r.other_blocks) labels += (labels.empty() ? "" : ", ") + l;
    r.error = "holds no certificates, only " + labels;
  }
  return r;
}

}  // namespace atscan
