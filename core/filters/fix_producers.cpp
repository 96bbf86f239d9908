#include "core/filters/fix_producers.h"

#include "core/filters/android_pin_fix.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace atscan {
namespace {

constexpr std::string_view kBegin = "-----BEGIN CERTIFICATE-----";

struct ParsedCert {
  std::string der;
  std::string name;  // subject CN, or the one-line subject
};

// Every certificate in a PEM text, or nullopt when any block fails to parse: a file we cannot read
// completely is a file we do not touch.
std::optional<std::vector<ParsedCert>> parse_pem_bundle(const std::string& text) {
  if (text.find('\0') != std::string::npos) return std::nullopt;
  size_t blocks = 0;
  for (size_t at = text.find(kBegin); at != std::string::npos; at = text.find(kBegin, at + 1)) ++blocks;
  if (blocks == 0) return std::nullopt;
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())), BIO_free);
  if (!bio) return std::nullopt;
  std::vector<ParsedCert> out;
  ERR_clear_error();
  while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    std::unique_ptr<X509, decltype(&X509_free)> cert(raw, X509_free);
    unsigned char* der = nullptr;
    int len = i2d_X509(cert.get(), &der);
    if (len <= 0) return std::nullopt;
    ParsedCert pc;
    pc.der.assign(reinterpret_cast<char*>(der), static_cast<size_t>(len));
    OPENSSL_free(der);
    char cn[256] = {0};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn) > 0) pc.name = cn;
    else if (char* line = X509_NAME_oneline(X509_get_subject_name(cert.get()), nullptr, 0)) {
      pc.name = line;
      OPENSSL_free(line);
    }
    out.push_back(std::move(pc));
  }
  ERR_clear_error();
  if (out.size() != blocks) return std::nullopt;
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string anchors_pem(const Profile& profile) {
  std::string out;
  for (const auto& c : profile.certs)
    if (c.role == "anchor") {
      out += c.pem;
      if (!out.empty() && out.back() != '\n') out += '\n';
    }
  return out;
}

std::optional<Fix> bundle_anchor_fix(const std::string& rel_path, const std::string& content, const std::string& anchors_pem,
                                     const std::string& profile_id) {
  auto have = parse_pem_bundle(content);
  auto anchors = parse_pem_bundle(anchors_pem);
  if (!have || !anchors) return std::nullopt;
  std::set<std::string> present;
  for (const auto& c : *have) present.insert(c.der);
  const std::string nl = content.find("\r\n") != std::string::npos ? "\r\n" : "\n";

  // Re-encode from DER so the appended blocks are canonical PEM whatever the anchors file looks like.
  std::string block;
  std::vector<std::string> added;
  for (const auto& a : *anchors) {
    if (present.count(a.der)) continue;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(a.der.data());
    std::unique_ptr<X509, decltype(&X509_free)> cert(d2i_X509(nullptr, &p, static_cast<long>(a.der.size())), X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
    if (!cert || !out || PEM_write_bio_X509(out.get(), cert.get()) != 1) return std::nullopt;
    char* data = nullptr;
    long len = BIO_get_mem_data(out.get(), &data);
    std::string pem(data, static_cast<size_t>(len));
    if (nl != "\n") {
      std::string crlf;
      for (char c : pem) crlf += c == '\n' ? nl : std::string(1, c);
      pem = crlf;
    }
    block += "# " + a.name + " (" + profile_id + " anchor, added by atscan fix)" + nl + pem;
    added.push_back(a.name);
  }
  if (added.empty()) return std::nullopt;

  // Insert at the end of the file: after the last newline, or after the last line when it has none.
  int lines = static_cast<int>(std::count(content.begin(), content.end(), '\n'));
  Edit e;
  e.range.file = rel_path;
  if (content.empty() || content.back() == '\n') {
    e.range.line = e.range.end_line = lines + 1;
    e.range.column = e.range.end_column = 1;
    e.replacement = block;
  } else {
    const size_t last_start = content.rfind('\n') == std::string::npos ? 0 : content.rfind('\n') + 1;
    e.range.line = e.range.end_line = lines + 1;
    e.range.column = e.range.end_column = static_cast<int>(content.size() - last_start) + 1;
    e.replacement = nl + block;
  }
  Fix fix;
  std::string names;
  for (const auto& n : added) names += (names.empty() ? "" : ", ") + n;
  fix.description = "append the " + profile_id + " anchors to this bundle: " + names;
  fix.edits.push_back(std::move(e));
  return fix;
}

void add_fixes(std::vector<Finding>& findings, const FixInputs& inputs) {
  for (auto& f : findings) {
    if (f.suppression || f.fix) continue;
    const bool rejects = f.verdict_kind == VerdictKind::rejects || f.verdict_kind == VerdictKind::partial;
    switch (f.fact_kind) {
      case TrustKind::pin_set: {
        // Only Android's XML pin-set is a format this producer can edit; it checks the file itself.
        if (!rejects && f.verdict_kind != VerdictKind::warn) break;
        if (!f.location.file.ends_with(".xml")) break;
        const std::string content = read_file(inputs.root + "/" + f.location.file);
        if (auto fix = android_pin_set_fix(f.location.file, content, f.location.line, inputs.anchors_pem)) f.fix = std::move(*fix);
        break;
      }
      case TrustKind::bundle_path:
      case TrustKind::keystore: {
        // The certificate file whose contents decide the verdict: the file itself or the file loaded.
        if (!rejects || f.trust_file.empty()) break;
        const std::string content = read_file(inputs.root + "/" + f.trust_file);
        if (auto fix = bundle_anchor_fix(f.trust_file, content, inputs.anchors_pem, inputs.profile_id)) f.fix = std::move(*fix);
        break;
      }
      default: break;
    }
  }
}

}  // namespace atscan
