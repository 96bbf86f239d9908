// .wgetrc: ca_certificate, ca_directory, check_certificate = off.
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/ini_reader.h"

namespace atscan::config {
namespace {

Location entry_loc(const SourceFile& f, const IniEntry& e) { return at(f, e.line, e.column, e.line, e.end_column); }

class WgetrcScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-wgetrc"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".wgetrc" || base == "wgetrc";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    for (const auto& e : read_ini(f.content).entries) {
      // wget ignores case, '_' and '-' in command names.
      std::string k;
      for (char c : lower(e.key))
        if (c != '_' && c != '-') k += c;
      if ((k == "cacertificate" || k == "cadirectory") && !e.value.empty())
        out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "wgetrc " + e.key, "", e.value, entry_loc(f, e)));
      else if (k == "checkcertificate" && is_falsy(e.value))
        out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "wgetrc check_certificate=off", "", e.value, entry_loc(f, e)));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::WgetrcScanner;
ATSCAN_REGISTER_SCANNER(WgetrcScanner);
