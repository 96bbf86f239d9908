// .curlrc: each line is a curl option (`--cacert x`, `cacert = x`, `insecure`, `-k`, `url = …`);
// read as one curl command line so the command-line rules apply unchanged.
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

class CurlrcScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-curlrc"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".curlrc" || base == "_curlrc" || base == "curlrc";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    ShellCommand argv;
    ShellWord tool;
    tool.text = "curl";
    argv.push_back(tool);
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      const size_t b = line.find_first_not_of(" \t");
      if (b == std::string_view::npos || line[b] == '#') continue;
      size_t key_end = line.find_first_of(" \t=:", b);
      if (key_end == std::string_view::npos) key_end = line.size();
      std::string key(line.substr(b, key_end - b));
      ShellWord k;
      k.text = key[0] == '-' ? key : "--" + key;
      k.line = k.end_line = n;
      k.column = static_cast<int>(b) + 1;
      k.end_column = static_cast<int>(key_end) + 1;
      argv.push_back(k);
      size_t vb = line.find_first_not_of(" \t=:", key_end);
      if (vb == std::string_view::npos) continue;
      ShellWord v;
      v.text = unquote(line.substr(vb));
      v.line = v.end_line = n;
      v.column = static_cast<int>(vb) + 1;
      v.end_column = static_cast<int>(line.size()) + 1;
      argv.push_back(v);
    }
    // The settings apply to every curl run by this user: file scope.
    FileFacts one;
    command_facts(f, argv, one);
    for (auto& t : one.trust) {
      t.object.clear();
      t.api = ".curlrc " + t.api.substr(t.api.find(' ') + 1);
      out.trust.push_back(std::move(t));
    }
    for (auto& e : one.endpoints) {
      e.object.clear();
      out.endpoints.push_back(std::move(e));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::CurlrcScanner;
ATSCAN_REGISTER_SCANNER(CurlrcScanner);
