// .npmrc: cafile, ca (inline PEM), strict-ssl, registry; registry-scoped keys (//host/:cafile=).
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/ini_reader.h"

namespace atscan::config {
namespace {

Location entry_loc(const SourceFile& f, const IniEntry& e) { return at(f, e.line, e.column, e.line, e.end_column); }

std::string unescape_newlines(std::string v) {
  for (size_t p = v.find("\\n"); p != std::string::npos; p = v.find("\\n", p + 1)) v.replace(p, 2, "\n");
  return v;
}

class NpmrcScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-npmrc"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".npmrc" || base == "npmrc";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    for (const auto& e : read_ini(f.content).entries) {
      std::string key = e.key;
      std::string obj;
      // Registry-scoped keys: //registry.example.com/:cafile=…
      if (key.rfind("//", 0) == 0) {
        auto colon = key.rfind(':');
        if (colon != std::string::npos) {
          const std::string scope = key.substr(2, colon - 2);
          obj = "registry:" + scope;
          out.endpoints.push_back(endpoint_fact(obj, scope, "npmrc scope", entry_loc(f, e)));
          key = key.substr(colon + 1);
        }
      }
      const std::string k = lower(key);
      if ((k == "ca" || k == "ca[]") && !e.value.empty() && e.value != "null") {
        out.trust.push_back(trust_fact(kEmbedded, TrustKind::embedded_pem, "npmrc " + key, obj, unescape_newlines(e.value), entry_loc(f, e)));
        continue;
      }
      npm_setting("npm", k, e.value, entry_loc(f, e), obj, out);
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::NpmrcScanner;
ATSCAN_REGISTER_SCANNER(NpmrcScanner);
