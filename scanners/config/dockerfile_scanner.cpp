// Dockerfiles: ENV and ARG assignments, RUN / CMD / ENTRYPOINT command lines (shell and exec form).
#include <filesystem>

#include "core/judge/produced_files.h"
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"
#include "core/util/input_log.h"

namespace atscan::config {
namespace {

// The strings of a JSON array of strings (exec form), with their offsets; nullopt-like empty on junk.
std::vector<std::pair<std::string, size_t>> json_strings(std::string_view body) {
  std::vector<std::pair<std::string, size_t>> out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '"') continue;
    size_t start = i;
    std::string s;
    for (++i; i < body.size() && body[i] != '"'; ++i) {
      if (body[i] == '\\' && i + 1 < body.size()) {
        ++i;
        s += body[i] == 'n' ? '\n' : body[i] == 't' ? '\t' : body[i];
      } else {
        s += body[i];
      }
    }
    out.emplace_back(std::move(s), start);
  }
  return out;
}

// What the image holds so far: WORKDIR and COPY/ADD from the build context. A bundle path inside the
// image (/app/certs/ca.pem after `COPY . /app`) maps back to the file in the tree, so the trust
// oracle can load it.
class ImageFiles {
 public:
  void reset() {
    workdir_ = "/";
    copies_.clear();
  }

  void workdir(const std::string& dir) { workdir_ = absolute(unquote(dir)); }

  void copy(std::string_view body) {
    std::vector<std::string> args;
    for (auto& cmd : split_shell_commands(body))
      for (auto& w : cmd) args.push_back(w.text);
    if (!args.empty() && args.front().rfind("[", 0) == 0) return;  // JSON form: rare, skipped
    std::vector<std::string> plain;
    for (const auto& a : args) {
      if (a.rfind("--from", 0) == 0) return;  // from another stage or image, not the context
      if (a.rfind("--", 0) != 0) plain.push_back(a);
    }
    if (plain.size() < 2) return;
    const std::string dest = absolute(plain.back());
    for (size_t k = 0; k + 1 < plain.size(); ++k) copies_.push_back({plain[k], dest});
  }

  void map_to_context(const SourceFile& f, TrustFact& t) const {
    if (t.kind != TrustKind::bundle_path && t.kind != TrustKind::keystore) return;
    if (t.value.empty() || t.value.find('$') != std::string::npos) return;
    const std::string in_image = absolute(t.value);
    const std::filesystem::path context = std::filesystem::path(f.abs_path).parent_path();
    for (auto it = copies_.rbegin(); it != copies_.rend(); ++it) {
      std::string dest = it->dest;
      while (dest.size() > 1 && dest.back() == '/') dest.pop_back();
      std::string candidate;
      if (in_image == dest) candidate = it->src;
      else if (in_image.rfind(dest == "/" ? "/" : dest + "/", 0) == 0)
        candidate = (it->src == "." || it->src == "./" ? std::string() : it->src + "/") + in_image.substr(dest == "/" ? 1 : dest.size() + 1);
      else continue;
      std::filesystem::path rel = std::filesystem::path(candidate).lexically_normal();
      std::error_code ec;
      if (rel.empty() || rel.is_absolute()) continue;
      note_input_path(context / rel);
      if (!std::filesystem::is_regular_file(context / rel, ec)) continue;
      t.api += " (" + t.value + " copied from the build context)";
      t.value = rel.generic_string();
      return;
    }
  }

 private:
  struct Copy {
    std::string src, dest;
  };

  std::string absolute(const std::string& p) const {
    if (!p.empty() && p[0] == '/') return p;
    return (workdir_.back() == '/' ? workdir_ : workdir_ + "/") + p;
  }

  std::string workdir_ = "/";
  std::vector<Copy> copies_;
};

class DockerfileScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-dockerfile"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = lower(basename(f.path));
    return base == "dockerfile" || base == "containerfile" || base.rfind("dockerfile.", 0) == 0 ||
           ends_with_ci(base, ".dockerfile") || ends_with_ci(base, ".containerfile");
  }

  bool bypasses_prefilter(const SourceFile& f) const override { return mentions_trust_settings(f.content); }
  // COPY sources are looked up in the build context.
  bool reads_other_files(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    const std::string_view text = f.content;
    auto lines = split_lines(text);
    std::vector<size_t> starts;  // byte offset of each line
    for (size_t off = 0, i = 0; i < lines.size(); ++i) {
      starts.push_back(off);
      off += lines[i].size();
      while (off < text.size() && text[off] != '\n') ++off;  // the '\r' split_lines removed
      ++off;
    }
    image_.reset();
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      const size_t b = line.find_first_not_of(" \t");
      if (b == std::string_view::npos || line[b] == '#') continue;
      size_t kw_end = line.find_first_of(" \t", b);
      if (kw_end == std::string_view::npos) kw_end = line.size();
      const std::string kw = lower(line.substr(b, kw_end - b));
      // The instruction runs on while lines end with the escape character.
      size_t last = i;
      while (last + 1 < lines.size()) {
        std::string t = trim(lines[last]);
        if (t.empty() || t.back() != '\\') break;
        ++last;
        // Comment and blank lines inside a continuation are dropped by Docker; the instruction goes on.
        while (last + 1 < lines.size()) {
          std::string next = trim(lines[last]);
          if (!next.empty() && next[0] != '#') break;
          ++last;
        }
      }
      const size_t body_off = starts[i] + kw_end;
      const size_t body_end = starts[last] + lines[last].size();
      // Docker drops comment lines inside a continuation before the shell sees the command; blank
      // them (same length, so positions hold) or the shell would end the command at the comment.
      std::string body_text(text.substr(body_off, body_end > body_off ? body_end - body_off : 0));
      for (size_t nl = body_text.find('\n'); nl != std::string::npos; nl = body_text.find('\n', nl + 1)) {
        const size_t nb = body_text.find_first_not_of(" \t\r", nl + 1);
        if (nb == std::string::npos || body_text[nb] != '#') continue;
        size_t k = nb;
        for (; k < body_text.size() && body_text[k] != '\n' && body_text[k] != '\r'; ++k) body_text[k] = ' ';
        body_text[k - 1] = '\\';  // the blanked line continues the command as the dropped one did
      }
      std::string_view body = body_text;
      const TextOrigin origin{static_cast<int>(i) + 1, static_cast<int>(kw_end) + 1, false, 0};
      const size_t first_new = out.trust.size();
      if (kw == "from") image_.reset();
      else if (kw == "workdir") image_.workdir(trim(body));
      else if (kw == "copy" || kw == "add") {
        image_.copy(body);
        if (kw == "add") downloads(f, body, origin, out);
      }
      else if (kw == "env" || kw == "arg") assignments(f, body, origin, out);
      else if (kw == "run" || kw == "cmd" || kw == "entrypoint") command(f, body, origin, out);
      for (size_t k = first_new; k < out.trust.size(); ++k) image_.map_to_context(f, out.trust[k]);
      i = last;
    }
  }

 private:
  // ADD <url> <dest>: the image holds what the URL serves (dest/ keeps the URL's file name).
  static void downloads(const SourceFile& f, std::string_view body, const TextOrigin& origin, FileFacts& out) {
    for (auto& cmd : split_shell_commands(body)) {
      for (auto& w : cmd) place_word(w, origin);
      std::vector<const ShellWord*> plain;
      for (const auto& w : cmd)
        if (w.text.rfind("--", 0) != 0) plain.push_back(&w);
      if (plain.size() != 2 || !(starts_with_ci(plain[0]->text, "https://") || starts_with_ci(plain[0]->text, "http://"))) continue;
      std::string dest = plain[1]->text;
      if (!dest.empty() && dest.back() == '/') dest += file_name_of(plain[0]->text);
      out.flows.producers.push_back({flow::ProducerKind::download, plain[0]->text, dest, at(f, plain[0]->line, plain[0]->column, plain[0]->end_line, plain[0]->end_column)});
    }
  }

  static void assignments(const SourceFile& f, std::string_view body, const TextOrigin& origin, FileFacts& out) {
    for (auto& cmd : split_shell_commands(body)) {
      for (auto& w : cmd) place_word(w, origin);
      if (cmd.empty()) continue;
      std::string name, value;
      if (!split_assignment(cmd[0].text, name, value)) {
        // Legacy `ENV NAME value with spaces`.
        if (cmd.size() < 2) continue;
        std::string rest;
        for (size_t k = 1; k < cmd.size(); ++k) rest += (k > 1 ? " " : "") + cmd[k].text;
        env_assignment_facts(f, cmd[0].text, rest, at(f, cmd[0].line, cmd[0].column, cmd.back().end_line, cmd.back().end_column), "", out);
        continue;
      }
      for (auto& w : cmd)
        if (split_assignment(w.text, name, value))
          env_assignment_facts(f, name, value, at(f, w.line, w.column, w.end_line, w.end_column), "", out);
    }
  }

  static void command(const SourceFile& f, std::string_view body, TextOrigin origin, FileFacts& out) {
    // RUN flags (--mount=…, --network=…) come before the command.
    size_t skip = 0;
    while (true) {
      size_t b = body.find_first_not_of(" \t", skip);
      if (b == std::string_view::npos || body.compare(b, 2, "--") != 0) {
        skip = b == std::string_view::npos ? body.size() : b;
        break;
      }
      skip = body.find_first_of(" \t", b);
      if (skip == std::string_view::npos) skip = body.size();
    }
    origin.column += static_cast<int>(skip);
    body = body.substr(skip);
    if (!body.empty() && body[0] == '[') {
      ShellCommand argv;
      for (auto& [s, off] : json_strings(body)) {
        ShellWord w;
        w.text = s;
        w.line = w.end_line = 1;
        w.column = static_cast<int>(off) + 1;
        w.end_column = w.column + static_cast<int>(s.size()) + 2;
        place_word(w, origin);
        argv.push_back(std::move(w));
      }
      command_facts(f, argv, out);
      return;
    }
    script_facts(f, body, origin, out);
  }

  ImageFiles image_;
};

}  // namespace
}  // namespace atscan::config

using atscan::config::DockerfileScanner;
ATSCAN_REGISTER_SCANNER(DockerfileScanner);
