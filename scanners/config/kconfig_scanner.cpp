// Kconfig (Linux, Zephyr, ESP-IDF Kconfig.projbuild): a string option's `default "host"` is the server a
// firmware connects to unless the builder changes it. A default that is a URL or host name is an
// endpoint (the trust that governs it is in the code that reads CONFIG_<NAME>).
#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// A value that is one URL or host name: no spaces, and a dot or "://" in it.
bool host_like(std::string_view v) {
  if (v.empty()) return false;
  for (char c : v)
    if (c == ' ' || c == '\t' || c == '<' || c == '>') return false;
  return v.find('.') != std::string_view::npos || v.find("://") != std::string_view::npos;
}

class KconfigScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-kconfig"; }

  bool wants(const SourceFile& f) const override { return basename(f.path).rfind("Kconfig", 0) == 0; }
  bool cheaper_than_cache(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    std::string symbol;
    int n = 0;
    for (auto raw : split_lines(f.content)) {
      ++n;
      const std::string line = trim(raw);
      if (line.empty() || line[0] == '#') continue;
      auto word_end = line.find_first_of(" \t");
      const std::string keyword = line.substr(0, word_end);
      const std::string rest = word_end == std::string::npos ? "" : trim(line.substr(word_end));
      if (keyword == "config" || keyword == "menuconfig") {
        symbol = rest;
        continue;
      }
      if (keyword == "choice" || keyword == "endchoice" || keyword == "menu" || keyword == "endmenu" || keyword == "if" ||
          keyword == "endif" || keyword == "source" || keyword == "comment" || keyword == "mainmenu") {
        symbol.clear();
        continue;
      }
      if (keyword != "default" || symbol.empty() || rest.empty() || rest[0] != '"') continue;
      const auto close = rest.find('"', 1);
      if (close == std::string::npos) continue;
      const std::string value = rest.substr(1, close - 1);
      if (!host_like(value)) continue;
      const auto col = static_cast<int>(raw.find('"')) + 2;
      out.endpoints.push_back(
          endpoint_fact("", value, "Kconfig default of CONFIG_" + symbol, at(f, n, col, n, col + static_cast<int>(value.size()))));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::KconfigScanner;
ATSCAN_REGISTER_SCANNER(KconfigScanner);
