// .env files (KEY=value per line, optional `export`), as read by docker compose, dotenv and systemd.
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"

namespace atscan::config {
namespace {

class EnvFileScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-dotenv"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == ".env" || base.rfind(".env.", 0) == 0 || ends_with_ci(base, ".env") || base == "env.list";
  }

  bool bypasses_prefilter(const SourceFile&) const override { return true; }  // small files, few literals

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      std::string t = trim(line);
      if (t.empty() || t[0] == '#') continue;
      size_t col = line.find_first_not_of(" \t");
      if (t.rfind("export ", 0) == 0) {
        t = trim(t.substr(7));
        col = line.find(t);
      }
      std::string name, value;
      if (!split_assignment(t, name, value)) continue;
      // An unquoted value ends at a comment.
      if (!value.empty() && value[0] != '"' && value[0] != '\'') {
        if (auto hash = value.find(" #"); hash != std::string::npos) value = value.substr(0, hash);
      }
      env_assignment_facts(f, name, trim(value), at(f, n, static_cast<int>(col) + 1, n, static_cast<int>(line.size()) + 1), "", out);
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::EnvFileScanner;
ATSCAN_REGISTER_SCANNER(EnvFileScanner);
