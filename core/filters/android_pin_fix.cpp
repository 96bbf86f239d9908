#include "core/filters/android_pin_fix.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <pugixml.hpp>

#include <algorithm>
#include <memory>
#include <set>
#include <vector>

#include "core/util/stable_sort.h"

namespace atscan {
namespace {

struct AnchorPin {
  std::string name;
  std::string pin;  // base64 SHA-256 of the SubjectPublicKeyInfo
};

std::vector<AnchorPin> anchor_pins(const std::string& pem) {
  std::vector<AnchorPin> out;
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
  while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    std::unique_ptr<X509, decltype(&X509_free)> cert(raw, X509_free);
    unsigned char* der = nullptr;
    int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    if (len <= 0) continue;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    EVP_Digest(der, static_cast<size_t>(len), md, &md_len, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    unsigned char b64[64];
    int b64_len = EVP_EncodeBlock(b64, md, static_cast<int>(md_len));
    char cn[256] = {0};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn);
    out.push_back({cn, std::string(reinterpret_cast<char*>(b64), static_cast<size_t>(b64_len))});
  }
  return out;
}

int line_of(const std::string& s, size_t offset) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min(offset, s.size())), '\n'));
}

}  // namespace

std::optional<Fix> android_pin_set_fix(const std::string& rel_path, const std::string& content, int pin_set_line,
                                       const std::string& anchors_pem) {
  pugi::xml_document doc;
  if (!doc.load_buffer(content.data(), content.size(), pugi::parse_default | pugi::parse_comments)) return std::nullopt;
  pugi::xml_node pin_set;
  for (auto n : doc.select_nodes("//pin-set")) {
    auto node = n.node();
    if (line_of(content, static_cast<size_t>(node.offset_debug())) == pin_set_line) pin_set = node;
  }
  if (!pin_set) return std::nullopt;

  std::set<std::string> present;
  std::string indent = "    ";
  for (auto pin : pin_set.children("pin")) {
    present.insert(pin.text().get());
    auto start = static_cast<size_t>(pin.offset_debug());  // offset of '<'? pugixml: of the name
    auto bol = content.rfind('\n', start);
    bol = bol == std::string::npos ? 0 : bol + 1;
    auto first = content.find_first_not_of(" \t", bol);
    if (first != std::string::npos && first <= start) indent = content.substr(bol, first - bol);
  }
  auto pins = anchor_pins(anchors_pem);
  // Amazon Root CA 1 first, the Starfield Services key last: it is the backup from another CA.
  stable_sort_vector(pins, [](const AnchorPin& a, const AnchorPin& b) {
    return (a.name.rfind("Starfield", 0) == 0) < (b.name.rfind("Starfield", 0) == 0);
  });
  const std::string nl = content.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string block;
  for (const auto& p : pins) {
    if (present.count(p.pin)) continue;
    block += indent + "<!-- " + p.name + " (Amazon Trust Services, added by atscan fix) -->" + nl;
    block += indent + "<pin digest=\"SHA-256\">" + p.pin + "</pin>" + nl;
  }
  if (block.empty()) return std::nullopt;

  // Insert at the start of the line that holds </pin-set>.
  auto open = static_cast<size_t>(pin_set.offset_debug());
  auto close = content.find("</pin-set>", open);
  if (close == std::string::npos) return std::nullopt;
  auto bol = content.rfind('\n', close);
  bool own_line = bol != std::string::npos && content.find_first_not_of(" \t", bol + 1) == close;
  Edit e;
  e.range.file = rel_path;
  if (own_line) {
    e.range.line = e.range.end_line = line_of(content, close);
    e.range.column = e.range.end_column = 1;
    e.replacement = block;
  } else {  // <pin-set>…</pin-set> on one line: insert before the closing tag
    e.range.line = e.range.end_line = line_of(content, close);
    e.range.column = e.range.end_column = static_cast<int>(close - (bol == std::string::npos ? 0 : bol + 1)) + 1;
    e.replacement = nl + block;
  }
  Fix fix;
  fix.description = "add the Amazon Trust Services root pins (with a backup) to this <pin-set>";
  fix.edits.push_back(std::move(e));
  return fix;
}

}  // namespace atscan
