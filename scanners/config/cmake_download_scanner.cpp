// CMake files (CMakeLists.txt, *.cmake): `file(DOWNLOAD <url> <file> …)` puts a file in the build
// that code may load as trust; the judge identifies it by its URL. `set(NAME value)` in the same file
// is substituted into ${NAME}, the usual way a URL or a destination is spelled.
#include <map>

#include "core/flow/flow_records.h"
#include "scanners/config/config_text.h"
#include "scanners/scanner.h"

namespace atscan::config {
namespace {

struct Arg {
  std::string text;  // quotes removed
  int line = 1, column = 1, end_line = 1, end_column = 1;
};

struct Command {
  std::string name;  // lower case
  std::vector<Arg> args;
};

// CMake's command syntax, as far as file() and set() need it: name(args), arguments separated by
// white space, "quoted" or bracket-free unquoted, # comments to the end of the line.
std::vector<Command> commands(std::string_view text) {
  std::vector<Command> out;
  int line = 1, col = 1;
  size_t i = 0;
  auto advance = [&] {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    ++i;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') advance();
      continue;
    }
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '_')) {
      advance();
      continue;
    }
    Command cmd;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) {
      cmd.name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      advance();
    }
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) advance();
    if (i >= text.size() || text[i] != '(') continue;
    advance();
    int depth = 1;
    while (i < text.size() && depth > 0) {
      const char a = text[i];
      if (a == ')') {
        --depth;
        advance();
        continue;
      }
      if (a == '(') {
        ++depth;
        advance();
        continue;
      }
      if (a == '#') {
        while (i < text.size() && text[i] != '\n') advance();
        continue;
      }
      if (std::isspace(static_cast<unsigned char>(a))) {
        advance();
        continue;
      }
      Arg arg{"", line, col, line, col};
      if (a == '"') {
        advance();
        while (i < text.size() && text[i] != '"') {
          if (text[i] == '\\' && i + 1 < text.size()) advance();
          arg.text += text[i];
          advance();
        }
        if (i < text.size()) advance();
      } else {
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) && text[i] != '(' && text[i] != ')') {
          arg.text += text[i];
          advance();
        }
      }
      arg.end_line = line;
      arg.end_column = col;
      if (depth == 1) cmd.args.push_back(std::move(arg));
    }
    out.push_back(std::move(cmd));
  }
  return out;
}

// ${NAME} replaced by the value set() gave it in this file; unknown names stay as written.
std::string expand(const std::string& s, const std::map<std::string, std::string>& vars) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "${") == 0) {
      const size_t close = s.find('}', i + 2);
      if (close != std::string::npos) {
        auto it = vars.find(s.substr(i + 2, close - i - 2));
        if (it != vars.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

class CmakeDownloadScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-cmake"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == "CMakeLists.txt" || ends_with_ci(base, ".cmake");
  }
  bool cheaper_than_cache(const SourceFile&) const override { return true; }

  // The catalog's trigger words are about trust settings; a download is found by its own word.
  bool bypasses_prefilter(const SourceFile& f) const override { return f.content.find("DOWNLOAD") != std::string_view::npos; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    std::map<std::string, std::string> vars;
    for (const auto& cmd : commands(f.content)) {
      if (cmd.name == "set" && cmd.args.size() == 2) {
        vars[cmd.args[0].text] = expand(cmd.args[1].text, vars);
        continue;
      }
      if (cmd.name != "file" || cmd.args.size() < 3 || cmd.args[0].text != "DOWNLOAD") continue;
      const Arg& url = cmd.args[1];
      const std::string u = expand(url.text, vars);
      if (!(starts_with_ci(u, "https://") || starts_with_ci(u, "http://"))) continue;
      out.flows.producers.push_back({flow::ProducerKind::download, u, expand(cmd.args[2].text, vars),
                                     at(f, url.line, url.column, url.end_line, url.end_column)});
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::CmakeDownloadScanner;
ATSCAN_REGISTER_SCANNER(CmakeDownloadScanner);
