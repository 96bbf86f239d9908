// Yarn configs: .yarnrc (v1: `key "value"` lines) and .yarnrc.yml (v2+: caFilePath, enableStrictSsl,
// npmRegistryServer, also per-host under networkSettings).
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/yaml_nodes.h"

namespace atscan::config {
namespace {

class YarnrcScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-yarnrc"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".yarnrc" || base == ".yarnrc.yml" || base == ".yarnrc.yaml";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    if (basename(f.path) == ".yarnrc") return scan_v1(f, out);
    auto docs = load_yaml(f, notes);
    if (!docs) return;
    for (const auto& d : docs->documents()) walk(f, d, "", out);
  }

 private:
  static void scan_v1(const SourceFile& f, FileFacts& out) {
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      const size_t b = line.find_first_not_of(" \t");
      if (b == std::string_view::npos || line[b] == '#') continue;
      const size_t sp = line.find_first_of(" \t", b);
      if (sp == std::string_view::npos) continue;
      const std::string key = unquote(line.substr(b, sp - b));
      npm_setting("yarn", key, unquote(line.substr(sp)), at(f, n, static_cast<int>(b) + 1, n, static_cast<int>(line.size()) + 1), "", out);
    }
  }

  static void walk(const SourceFile& f, const YamlNode& n, const std::string& object, FileFacts& out) {
    if (!n.IsMap()) return;
    for (auto it = n.begin(); it != n.end(); ++it) {
      const std::string key = scalar(it->first);
      const YamlNode v = it->second;
      if (key == "networkSettings" && v.IsMap()) {
        for (auto h = v.begin(); h != v.end(); ++h) {
          const std::string host = scalar(h->first);
          const std::string obj = "host:" + host;
          out.endpoints.push_back(endpoint_fact(obj, host, "networkSettings", node_location(f, h->first)));
          walk(f, h->second, obj, out);
        }
        continue;
      }
      if (v.IsScalar()) {
        const std::string k = key == "httpsCaFilePath" ? "caFilePath" : key;
        npm_setting("yarn", k, v.Scalar(), node_location(f, it->first), object, out);
      } else if (v.IsMap()) {
        walk(f, v, object, out);  // npmScopes, npmRegistries
      }
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::YarnrcScanner;
ATSCAN_REGISTER_SCANNER(YarnrcScanner);
