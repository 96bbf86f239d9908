// Shell scripts (*.sh, rc files, files with a shell #!): exported variables and command lines.
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

class ShellScriptScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-shell"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    for (const char* ext : {".sh", ".bash", ".zsh", ".ksh"})
      if (ends_with_ci(base, ext)) return true;
    for (const char* rc : {".bashrc", ".bash_profile", ".profile", ".zshrc", ".zshenv", "bashrc", "profile"})
      if (base == rc) return true;
    // Extension-less scripts: a shell #! line.
    if (base.find('.') == std::string::npos && f.content.substr(0, 2) == "#!") {
      auto first = f.content.substr(0, f.content.find('\n'));
      return first.find("sh") != std::string_view::npos;
    }
    return false;
  }

  bool bypasses_prefilter(const SourceFile& f) const override { return mentions_trust_settings(f.content); }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    script_facts(f, f.content, TextOrigin{}, out);
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::ShellScriptScanner;
ATSCAN_REGISTER_SCANNER(ShellScriptScanner);
