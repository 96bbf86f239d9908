// Certificate files in the scanned tree: bundles, DER, PKCS#7/#12 and Java keystores by name, and
// PEM under any other name when the file is not source code or config (language front-ends own
// PEM embedded in code). A file that holds a CA certificate is a trust bundle: the judge gets a
// bundle_path fact and decides with the oracle. Lone leaf or client certificates are not bundles.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "atscan/rule_ids.h"
#include "core/trust/cert_loader.h"
#include "scanners/scanner.h"
#include "scanners/treesitter/language_map.h"

namespace atscan {
namespace {

std::string lower_ext(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  const auto dot = base.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return {};
  std::string e = base.substr(dot + 1);
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

std::string basename_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool in(const std::string& e, const std::set<std::string>& list) { return list.count(e) > 0; }

// Certificate containers, claimed by name (binary ones included).
const std::set<std::string> kCertExts = {"pem", "crt", "cer", "der", "p7b", "p7c", "p12", "pfx", "jks",
                                                   "keystore", "truststore", "bks", "jceks"};
// Source and config: PEM inside them is a language or config front-end's business.
const std::set<std::string> kCodeExts = {
    "c",    "cc",   "cpp", "cxx",  "h",      "hh",   "hpp",   "hxx",  "m",    "mm",   "java", "kt",         "kts",
    "scala", "groovy", "py", "pyi", "js",    "mjs",  "cjs",   "ts",   "tsx",  "jsx",  "go",   "rs",         "cs",
    "fs",   "vb",   "swift", "rb",  "php",   "pl",   "pm",    "sh",   "bash", "zsh",  "ps1",  "lua",        "dart",
    "r",    "ex",   "exs", "erl",  "clj",    "yaml", "yml",   "json", "xml",  "toml", "ini",  "cfg",        "conf",
    "properties", "gradle", "tf", "hcl", "md", "rst", "html", "htm", "plist", "env"};

// Config files known by name (no useful extension): the config front-ends read PEM inside them.
const std::set<std::string> kConfigNames = {"Dockerfile", "Containerfile", ".npmrc", ".yarnrc", ".curlrc", ".wgetrc",
                                            ".gitconfig", ".env", "config", "credentials", "haproxy.cfg", "nginx.conf"};

class CertFileScanner : public Scanner {
 public:
  std::string_view name() const override { return "certificate-files"; }

  bool wants(const SourceFile& f) const override {
    const std::string e = lower_ext(f.path);
    if (in(e, kCertExts) || basename_of(f.path) == "cacerts") return true;
    if (in(e, kCodeExts) || in(basename_of(f.path), kConfigNames)) return false;
    // A source template (demo_config.templ holding #define lines) is code: its PEM text is a literal there.
    if (!ts::language_for(f.path, f.content).empty()) return false;
    return f.content.find("-----BEGIN CERTIFICATE-----") != std::string_view::npos;
  }
  bool accepts_binary(const SourceFile& f) const override {
    return in(lower_ext(f.path), kCertExts) || basename_of(f.path) == "cacerts";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    LoadResult r = load_certificates(f.content);
    switch (r.status) {
      case LoadStatus::ok: break;
      case LoadStatus::encrypted:
      case LoadStatus::malformed:
        notes.push_back({f.path, "certificate file not inventoried: " + r.error, "note"});
        return;
      default: return;  // keys only, empty, or not certificate data after all
    }
    const bool has_ca = std::any_of(r.certs.begin(), r.certs.end(), [](const Certificate& c) { return c.is_ca; });
    if (!has_ca) return;  // a leaf or client certificate is not a trust bundle
    TrustFact t;
    t.rule_id = rule_ids::kBundleMissingAtsRoots;
    t.kind = TrustKind::bundle_path;
    t.api = "certificate file";
    t.value = f.path;
    // A text bundle: the line of its first certificate (line 1 unless text comes first); binary stores
    // (DER, PKCS#12, JKS) get the whole file (line 0) so reporters do not quote binary bytes as a source line.
    const bool binary = f.content.find('\0') != std::string_view::npos;
    const size_t begin = binary ? std::string_view::npos : f.content.find("-----BEGIN ");
    const int line = begin == std::string_view::npos ? 1 : 1 + static_cast<int>(std::count(f.content.begin(), f.content.begin() + begin, '\n'));
    t.location = binary ? Location{f.path, 0, 0, 0, 0} : Location{f.path, line, 1, line, 1};
    out.trust.push_back(std::move(t));
  }
};

ATSCAN_REGISTER_SCANNER(CertFileScanner);

}  // namespace
}  // namespace atscan
