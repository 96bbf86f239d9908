// systemd units: Environment= assignments and Exec*= command lines.
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"

namespace atscan::config {
namespace {

class SystemdUnitScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-systemd"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    if (ends_with_ci(base, ".service")) return true;
    return ends_with_ci(base, ".conf") && f.path.find(".service.d/") != std::string::npos;
  }

  bool bypasses_prefilter(const SourceFile& f) const override { return mentions_trust_settings(f.content); }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      const size_t b = line.find_first_not_of(" \t");
      if (b == std::string_view::npos || line[b] == '#' || line[b] == ';') continue;
      const auto eq = line.find('=', b);
      if (eq == std::string_view::npos) continue;
      const std::string key = trim(line.substr(b, eq - b));
      size_t vstart = eq + 1;
      if (key == "Environment") {
        // Environment="A=b c" D=e: shell-like quoting, one assignment per word.
        for (auto& cmd : split_shell_commands(line.substr(vstart)))
          for (auto& w : cmd) {
            place_word(w, TextOrigin{n, static_cast<int>(vstart) + 1, false, 0});
            std::string name, value;
            if (split_assignment(w.text, name, value))
              env_assignment_facts(f, name, value, at(f, w.line, w.column, w.end_line, w.end_column), "", out);
          }
      } else if (key.rfind("Exec", 0) == 0) {
        // Prefixes @ - : + ! change how systemd runs the command, not what it runs.
        while (vstart < line.size() && std::string_view("@-:+! \t").find(line[vstart]) != std::string_view::npos) ++vstart;
        script_facts(f, line.substr(vstart), TextOrigin{n, static_cast<int>(vstart) + 1, false, 0}, out);
      }
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::SystemdUnitScanner;
ATSCAN_REGISTER_SCANNER(SystemdUnitScanner);
