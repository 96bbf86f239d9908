// Java key stores read without a password: certificates are stored in the clear in JKS/JCEKS
// (magic 0xFEEDFEED / 0xCECECECE) and BouncyCastle BKS; only private keys are encrypted. The
// trailing integrity hash needs the password and is not checked: we only inventory certificates.
#include <cstdint>
#include <optional>

#include "core/trust/cert_loader.h"
#include "core/trust/load_helpers.h"

namespace atscan {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  std::optional<std::uint64_t> be(int n) {
    if (pos_ + static_cast<size_t>(n) > b_.size()) return std::nullopt;
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(b_[pos_++]);
    return v;
  }
  std::optional<std::string_view> bytes(std::uint64_t n) {
    if (n > b_.size() - pos_) return std::nullopt;
    auto s = b_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // Java DataOutput.writeUTF: u16 length + modified UTF-8.
  std::optional<std::string_view> utf() {
    auto n = be(2);
    if (!n) return std::nullopt;
    return bytes(*n);
  }
  bool done() const { return pos_ >= b_.size(); }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

// One certificate record: [type UTF when the format has it] u32 length, DER.
bool read_cert(Reader& in, bool typed, LoadResult& r, const std::string& alias) {
  if (typed) {
    auto type = in.utf();
    if (!type) return false;
    if (*type != "X.509") r.problems.push_back("entry '" + alias + "': certificate type " + std::string(*type) + " skipped");
  }
  auto len = in.be(4);
  if (!len) return false;
  auto der = in.bytes(*len);
  if (!der) return false;
  if (auto c = Certificate::from_der(*der)) load_detail::add_unique(r, std::move(*c));
  else r.problems.push_back("entry '" + alias + "': certificate does not decode");
  return true;
}

}  // namespace

LoadResult load_java_keystore(std::string_view bytes) {
  LoadResult r;
  Reader in(bytes);
  auto magic = in.be(4), version = in.be(4), count = in.be(4);
  if (!magic || (*magic != 0xFEEDFEEDu && *magic != 0xCECECECEu) || !version || !count) {
    r.status = LoadStatus::not_certificates;
    r.error = "not a Java keystore";
    return r;
  }
  r.format = *magic == 0xFEEDFEEDu ? "JKS" : "JCEKS";
  const bool typed = *version == 2;
  auto truncated = [&](const std::string& why) {
    r.problems.push_back("keystore truncated or corrupt: " + why);
  };
  for (std::uint64_t i = 0; i < *count; ++i) {
    auto tag = in.be(4);
    auto alias_view = in.utf();
    auto stamp = in.be(8);
    if (!tag || !alias_view || !stamp) {
      truncated("entry " + std::to_string(i + 1));
      break;
    }
    const std::string alias(*alias_view);
    bool ok = true;
    if (*tag == 1) {  // private key entry: encrypted key, then its certificate chain (in the clear)
      auto key_len = in.be(4);
      ok = key_len && in.bytes(*key_len);
      auto chain = ok ? in.be(4) : std::nullopt;
      ok = ok && chain;
      for (std::uint64_t c = 0; ok && c < *chain; ++c) {
        LoadResult chain_certs;
        ok = read_cert(in, typed, chain_certs, alias);
        // Java's PKIX trust manager takes the end-entity certificate of a key entry as trusted.
        if (ok && c == 0 && !chain_certs.certs.empty()) load_detail::add_unique(r, chain_certs.certs.front());
      }
    } else if (*tag == 2) {
      ok = read_cert(in, typed, r, alias);
    } else {
      // JCEKS secret-key entries are serialized Java objects without a length: stop here.
      r.problems.push_back("entry '" + alias + "': " + (*tag == 3 ? "secret-key entry" : "unknown entry type") +
                           "; later entries not read");
      break;
    }
    if (!ok) {
      truncated("entry '" + alias + "'");
      break;
    }
  }
  r.status = LoadStatus::ok;
  load_detail::finish(r, r.format + " keystore");
  return r;
}

LoadResult load_bks(std::string_view bytes) {
  LoadResult r;
  r.format = "BKS";
  Reader in(bytes);
  auto version = in.be(4), salt_len = in.be(4);
  if (!version || (*version != 1 && *version != 2) || !salt_len || *salt_len > 255 || !in.bytes(*salt_len) || !in.be(4)) {
    r.status = LoadStatus::not_certificates;
    r.error = "not a BKS keystore";
    return r;
  }
  for (int i = 0;; ++i) {
    auto type = in.be(1);
    if (!type || *type == 0) break;
    auto alias_view = in.utf();
    auto stamp = in.be(8);
    auto chain = alias_view && stamp ? in.be(4) : std::nullopt;
    if (!chain) {
      r.problems.push_back("keystore truncated or corrupt at entry " + std::to_string(i + 1));
      break;
    }
    const std::string alias(*alias_view);
    bool ok = true;
    for (std::uint64_t c = 0; ok && c < *chain; ++c) {
      LoadResult ignored;  // chains of key entries: the key itself is not a trust anchor
      ok = read_cert(in, true, c == 0 ? r : ignored, alias);
    }
    if (ok && *type == 1) {
      ok = read_cert(in, true, r, alias);
    } else if (ok && *type == 2) {
      ok = in.be(1) && in.utf() && in.utf();
      auto len = ok ? in.be(4) : std::nullopt;
      ok = len && in.bytes(*len);
    } else if (ok && (*type == 3 || *type == 4)) {
      auto len = in.be(4);
      ok = len && in.bytes(*len);
    } else if (ok) {
      ok = false;
    }
    if (!ok) {
      r.problems.push_back("keystore truncated or corrupt at entry '" + alias + "'");
      break;
    }
  }
  r.status = LoadStatus::ok;
  load_detail::finish(r, "BKS keystore");
  return r;
}

}  // namespace atscan
