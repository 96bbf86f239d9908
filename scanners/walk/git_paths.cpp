#include "scanners/walk/git_paths.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/util/safe_read.h"

namespace atscan {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
  return read_file_safely(p, SafeReadOptions{4u << 20, {}}).data;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// A config value: quotes removed, `\"` `\\` `\t` `\n` unescaped, an unquoted ';' or '#' starts a comment.
std::string config_value(std::string_view raw) {
  std::string out;
  bool quoted = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (c == '\\' && i + 1 < raw.size()) {
      char n = raw[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else if (!quoted && (c == ';' || c == '#')) {
      break;
    } else {
      out += c;
    }
  }
  return trim(out);
}

std::string home_dir() {
  const char* h = std::getenv("HOME");
  return h && *h ? h : "";
}

std::string xdg_git_dir() {
  const char* x = std::getenv("XDG_CONFIG_HOME");
  if (x && *x) return std::string(x) + "/git";
  std::string home = home_dir();
  return home.empty() ? "" : home + "/.config/git";
}

std::string expand_tilde(const std::string& p) {
  if (p == "~" || p.rfind("~/", 0) == 0) {
    std::string home = home_dir();
    return home.empty() ? "" : home + p.substr(1);
  }
  return p;
}

}  // namespace

std::optional<std::string> excludes_file_from_config(const std::string& text) {
  std::optional<std::string> found;
  std::string section;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string t = trim(line);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '[') {
      auto close = t.find(']');
      section = lower(trim(t.substr(1, close == std::string::npos ? std::string::npos : close - 1)));
      // `[core] excludesFile = x` may share a line with its section header.
      t = close == std::string::npos ? "" : trim(t.substr(close + 1));
      if (t.empty()) continue;
    }
    if (section != "core") continue;
    auto eq = t.find('=');
    if (eq == std::string::npos) continue;
    if (lower(trim(t.substr(0, eq))) == "excludesfile") found = config_value(t.substr(eq + 1));
  }
  return found;
}

std::optional<GitRepo> find_git_repo(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  while (!d.empty()) {
    fs::path dot_git = d / ".git";
    struct stat st {};
    if (::stat(dot_git.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) return GitRepo{d.string(), dot_git.string()};
      if (S_ISREG(st.st_mode)) {
        std::string text = read_text(dot_git);
        if (text.rfind("gitdir:", 0) == 0) {
          fs::path gd = trim(std::string_view(text).substr(7));
          if (gd.is_relative()) gd = d / gd;
          gd = gd.lexically_normal();
          // Linked worktrees keep info/exclude in the common dir.
          std::string common = trim(read_text(gd / "commondir"));
          if (!common.empty()) {
            fs::path cd = common;
            gd = (cd.is_relative() ? gd / cd : cd).lexically_normal();
          }
          std::string git_dir = gd.string();
          while (git_dir.size() > 1 && git_dir.back() == '/') git_dir.pop_back();  // "a/.git/" from "…/../.."
          return GitRepo{d.string(), git_dir};
        }
      }
    }
    if (d == d.root_path()) break;
    d = d.parent_path();
  }
  return std::nullopt;
}

std::string global_excludes_file(const std::optional<GitRepo>& repo) {
  std::optional<std::string> value;
  std::vector<std::string> configs;
  std::string xdg = xdg_git_dir();
  if (!xdg.empty()) configs.push_back(xdg + "/config");
  if (std::string home = home_dir(); !home.empty()) configs.push_back(home + "/.gitconfig");
  if (repo) configs.push_back(repo->git_dir + "/config");
  for (const auto& c : configs)
    if (auto v = excludes_file_from_config(read_text(c))) value = v;
  if (value && !value->empty()) return expand_tilde(*value);
  return xdg.empty() ? "" : xdg + "/ignore";
}

}  // namespace atscan
