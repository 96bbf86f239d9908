// .gitconfig: http.sslVerify, http.sslCAInfo / sslCAPath, also URL-scoped [http "https://host/"].
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/ini_reader.h"

namespace atscan::config {
namespace {

Location entry_loc(const SourceFile& f, const IniEntry& e) { return at(f, e.line, e.column, e.line, e.end_column); }

class GitConfigScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-gitconfig"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".gitconfig" || base == "gitconfig" || ends_with_ci(f.path, "git/config");
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    for (const auto& e : read_ini(f.content).entries) {
      if (e.section != "http") continue;
      const std::string key = "http." + (e.subsection.empty() ? "" : e.subsection + ".") + e.key;
      // A URL-scoped setting links to that URL only.
      const std::string obj = e.subsection.empty() ? "" : "http:" + e.subsection;
      git_setting(f, key, e.value, entry_loc(f, e), obj, out);
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::GitConfigScanner;
ATSCAN_REGISTER_SCANNER(GitConfigScanner);
