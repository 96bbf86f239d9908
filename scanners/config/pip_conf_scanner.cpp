// pip.conf / pip.ini: cert (replaces the CA bundle), trusted-host (verification off for those hosts), index URLs.
#include <sstream>

#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/ini_reader.h"

namespace atscan::config {
namespace {

Location entry_loc(const SourceFile& f, const IniEntry& e) { return at(f, e.line, e.column, e.line, e.end_column); }

class PipConfScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-pip"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == "pip.conf" || base == "pip.ini" || base == ".pip.conf";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    for (const auto& e : read_ini(f.content).entries) {
      const std::string key = lower(e.key);
      if (key == "trusted-host") {
        // One verify-off fact per host: pip skips certificate checks for exactly these hosts.
        std::istringstream hosts(e.value);
        for (std::string h; hosts >> h;) pip_setting(key, h, entry_loc(f, e), "", out);
      } else {
        pip_setting(key, e.value, entry_loc(f, e), "", out);
      }
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::PipConfScanner;
ATSCAN_REGISTER_SCANNER(PipConfScanner);
