#include "core/filters/fix_producers.h"

#include "core/util/safe_read.h"

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

std::string read_file(const std::string& path) { return read_file_safely(path, SafeReadOptions{64u << 20, {}}).data; }

bool verdict_is(const std::string& verdict, std::string_view kind) { return verdict.rfind(kind, 0) == 0; }

}  // namespace

std::optional<Fix> bundle_anchor_fix(const std::string& rel_path, const std::string& content, const std::string& anchors_pem) {
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
    block += "# " + a.name + " (Amazon Trust Services anchor, added by atscan fix)" + nl + pem;
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
  fix.description = "append the Amazon Trust Services anchors to this bundle: " + names;
  fix.edits.push_back(std::move(e));
  return fix;
}

void add_fixes(std::vector<Finding>& findings, const FixInputs& inputs) {
  for (auto& f : findings) {
    if (f.suppression || f.fix) continue;
    if (!verdict_is(f.verdict, "REJECTS") && !verdict_is(f.verdict, "PARTIAL")) continue;
    // The bundle to repair: the certificate file itself, or the file a client loads (the judge names it in
    // a related location "certificate file loaded here").
    if (f.rule_id == "ats-certificate-pinning" && f.location.file.ends_with(".xml")) {
      const std::string content = read_file(inputs.root + "/" + f.location.file);
      if (auto fix = android_pin_set_fix(f.location.file, content, f.location.line, inputs.ats_anchors_pem)) f.fix = std::move(*fix);
      continue;
    }
    std::string bundle;
    if (f.rule_id == "ats-bundle-missing-ats-roots") bundle = f.location.file;
    else
      for (const auto& r : f.related)
        if (r.message == "certificate file loaded here") bundle = r.location.file;
    if (bundle.empty()) continue;
    const std::string content = read_file(inputs.root + "/" + bundle);
    if (auto fix = bundle_anchor_fix(bundle, content, inputs.ats_anchors_pem)) f.fix = std::move(*fix);
  }
}

}  // namespace atscan
