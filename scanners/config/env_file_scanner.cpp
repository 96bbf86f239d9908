// .env files (KEY=value per line, optional `export`), as read by docker compose, dotenv and systemd.
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"

#include <string>

namespace atscan::config {
namespace {

class EnvFileScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-dotenv"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    if (base == ".env" || base.rfind(".env.", 0) == 0 || ends_with_ci(base, ".env") || base == "env.list") return true;
    // settings.example, app.env.sample: an example settings file the user copies to .env (docker
    // --env-file); only when every line is a comment or NAME=value.
    const bool example = ends_with_ci(base, ".example") || ends_with_ci(base, ".sample") || ends_with_ci(base, ".dist");
    return example && only_assignments(f.content);
  }
  bool cheaper_than_cache(const SourceFile&) const override { return true; }

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
      const Location where = at(f, n, static_cast<int>(col) + 1, n, static_cast<int>(line.size()) + 1);
      if (!env_assignment_facts(f, name, trim(value), where, "", out) && names_a_server(name) && host_like(unquote(trim(value))))
        out.endpoints.push_back(endpoint_fact("", unquote(trim(value)), name, where));  // S3_SERVER=s3.us-east-1.amazonaws.com
    }
  }

 private:
  static bool only_assignments(std::string_view content) {
    int assignments = 0;
    for (auto line : split_lines(content)) {
      std::string t = trim(line);
      if (t.empty() || t[0] == '#') continue;
      if (t.rfind("export ", 0) == 0) t = trim(t.substr(7));
      std::string name, value;
      if (!split_assignment(t, name, value)) return false;
      ++assignments;
    }
    return assignments > 0;
  }
  // A variable that holds where the program connects: *_SERVER, *_HOST, *_ENDPOINT, *_URL, *_URI, *_DOMAIN.
  static bool names_a_server(std::string_view name) {
    const std::string n = lower(name);
    for (const char* w : {"server", "host", "endpoint", "url", "uri", "domain"})
      if (n.find(w) != std::string::npos) return true;
    return false;
  }
  static bool host_like(std::string_view v) {
    if (v.empty() || v.find_first_of(" \t<>$") != std::string_view::npos) return false;
    return v.find('.') != std::string_view::npos;
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::EnvFileScanner;
ATSCAN_REGISTER_SCANNER(EnvFileScanner);
