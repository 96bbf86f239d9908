// nginx: proxy_ssl_trusted_certificate / proxy_ssl_verify / proxy_ssl_verify_depth (and the grpc_
// and uwsgi_ twins), inherited http → server → location, linked to the proxy_pass host (upstream
// blocks resolved). nginx's default proxy_ssl_verify_depth is 1: deep ATS chains then fail.
// njs fetch (js_fetch_trusted_certificate / js_fetch_verify / js_fetch_verify_depth) verifies by default
// against the system store; a trusted certificate file replaces it for every ngx.fetch of that context.
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

struct Token {
  std::string text;
  int line = 1, column = 1;
  bool quoted = false;
};

struct Directive {
  std::string name;
  std::vector<Token> args;
  int line = 1, column = 1;
  bool block = false;
  std::vector<Directive> children;
};

// Tokens: words, quoted strings, ';', '{', '}'; '#' comments. Returns an error text for unbalanced input.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  int line = 1, col = 1;
  size_t i = 0;
  auto adv = [&](size_t n) {
    for (size_t k = 0; k < n && i < s.size(); ++k, ++i) {
      if (s[i] == '\n') { ++line; col = 1; } else ++col;
    }
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { adv(1); continue; }
    if (c == '#') { while (i < s.size() && s[i] != '\n') adv(1); continue; }
    Token t{"", line, col, false};
    if (c == ';' || c == '{' || c == '}') { t.text = c; adv(1); out.push_back(t); continue; }
    if (c == '"' || c == '\'') {
      t.quoted = true;
      adv(1);
      while (i < s.size() && s[i] != c) {
        if (s[i] == '\\' && i + 1 < s.size()) adv(1);
        t.text += s[i];
        adv(1);
      }
      adv(1);
      out.push_back(t);
      continue;
    }
    while (i < s.size() && std::string_view(" \t\r\n;{}").find(s[i]) == std::string_view::npos) {
      // ${NAME} (nginx's own variables, and envsubst templates: .conf.template) belongs to the word.
      if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') {
        const size_t close = s.find('}', i);
        if (close != std::string_view::npos && s.substr(i, close - i).find_first_of(" \t\r\n;") == std::string_view::npos) {
          const size_t n = close + 1 - i;
          t.text += s.substr(i, n);
          adv(n);
          continue;
        }
      }
      if (s[i] == '\\' && i + 1 < s.size()) adv(1);
      t.text += s[i];
      adv(1);
    }
    out.push_back(t);
  }
  return out;
}

bool parse_block(const std::vector<Token>& toks, size_t& i, std::vector<Directive>& out, int depth, std::string& error) {
  while (i < toks.size()) {
    const Token& t = toks[i];
    if (!t.quoted && t.text == "}") {
      if (depth == 0) { error = "unexpected '}' at line " + std::to_string(t.line); return false; }
      ++i;
      return true;
    }
    if (!t.quoted && (t.text == ";" || t.text == "{")) { error = "unexpected '" + t.text + "' at line " + std::to_string(t.line); return false; }
    Directive d{t.text, {}, t.line, t.column, false, {}};
    ++i;
    while (i < toks.size() && (toks[i].quoted || (toks[i].text != ";" && toks[i].text != "{" && toks[i].text != "}"))) d.args.push_back(toks[i++]);
    if (i >= toks.size()) { error = "directive '" + d.name + "' at line " + std::to_string(d.line) + " is not terminated"; return false; }
    if (toks[i].text == "{") {
      ++i;
      d.block = true;
      if (!parse_block(toks, i, d.children, depth + 1, error)) return false;
    } else if (toks[i].text == ";") {
      ++i;
    } else {
      error = "directive '" + d.name + "' at line " + std::to_string(d.line) + " is missing ';'";
      return false;
    }
    out.push_back(std::move(d));
  }
  if (depth > 0) { error = "unclosed block at end of file"; return false; }
  return true;
}

struct Settings {
  const Directive* trusted = nullptr;
  std::string trusted_owner;
  const Directive* verify = nullptr;
  const Directive* depth = nullptr;
};

class NginxScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-nginx"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    if (base == "nginx.conf") return true;
    const bool conf = ends_with_ci(base, ".conf") || ends_with_ci(base, ".conf.template") || ends_with_ci(base, ".nginx");
    if (!conf) return false;
    return f.path.find("nginx") != std::string::npos || f.path.find("sites-") != std::string::npos ||
           f.path.find("conf.d/") != std::string::npos || f.content.find("_ssl_trusted_certificate") != std::string_view::npos ||
           f.content.find("js_fetch_") != std::string_view::npos;
  }

  // A proxy_pass or an upstream is where nginx connects, even with no TLS setting in the file.
  static bool relevant(std::string_view content) {
    return content.find("_ssl_") != std::string_view::npos || content.find("_pass") != std::string_view::npos ||
           content.find("js_fetch_") != std::string_view::npos ||
           content.find("upstream") != std::string_view::npos;
  }
  bool bypasses_prefilter(const SourceFile& f) const override { return relevant(f.content); }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    if (!relevant(f.content)) return;
    auto toks = tokenize(f.content);
    std::vector<Directive> top;
    size_t i = 0;
    std::string error;
    if (!parse_block(toks, i, top, 0, error)) {
      notes.push_back({f.path, "skipped: malformed nginx configuration: " + error, "warning"});
      return;
    }
    file_ = &f;
    out_ = &out;
    upstreams_.clear();
    collect_upstreams(top);
    emitted_.clear();
    imports(top);
    for (const char* prefix : {"proxy", "grpc", "uwsgi"}) {
      prefix_ = prefix;
      walk(top, "", Settings{});
    }
    walk_fetch(top, "", Settings{});
  }

 private:
  Location loc(const Directive& d) const { return at(*file_, d.line, d.column); }
  Location loc(const Token& t) const { return at(*file_, t.line, t.column, t.line, t.column + static_cast<int>(t.text.size())); }

  void collect_upstreams(const std::vector<Directive>& ds) {
    for (const auto& d : ds) {
      if (d.block && d.name == "upstream" && !d.args.empty()) {
        for (const auto& s : d.children)
          if (s.name == "server" && !s.args.empty()) {
            upstreams_[d.args[0].text].push_back(&s.args[0]);
            // Upstream names are global to an nginx configuration, which is often split over files.
            out_->flows.language = "nginx";
            out_->flows.assignments.push_back({flow::AssignKind::definition, "", flow::Value::name(kUpstream + d.args[0].text),
                                               flow::Value::literal(s.args[0].text, loc(s.args[0])), "", loc(s.args[0])});
          }
      } else if (d.block) {
        collect_upstreams(d.children);
      }
    }
  }

  // include FILE: the file's directives apply where it is included (a file a script writes at start-up
  // included from the template that nginx loads).
  void imports(const std::vector<Directive>& ds) {
    for (const auto& d : ds) {
      if (!d.block && d.name == "include" && !d.args.empty()) {
        out_->flows.language = "nginx";
        out_->flows.imports.push_back(flow::Import{d.args[0].text, "", "", true, loc(d)});
      }
      if (d.block) imports(d.children);
    }
  }

  static bool verify_on(const Settings& s) { return s.verify && !s.verify->args.empty() && s.verify->args[0].text == "on"; }

  void walk(const std::vector<Directive>& ds, const std::string& id, Settings inherited) {
    Settings s = inherited;
    const std::string p = prefix_ + "_ssl_";
    for (const auto& d : ds) {
      if (d.block) continue;
      if (d.name == p + "trusted_certificate" && !d.args.empty()) { s.trusted = &d; s.trusted_owner = id; }
      else if (d.name == p + "verify") s.verify = &d;
      else if (d.name == p + "verify_depth") s.depth = &d;
    }
    // Explicit verification off.
    for (const auto& d : ds)
      if (!d.block && d.name == p + "verify" && !d.args.empty() && d.args[0].text == "off")
        out_->trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, d.name + " off", id, "off", loc(d)));
    if (s.trusted && verify_on(s)) {
      if (emitted_.insert(s.trusted).second) {
        auto t = trust_fact(kCustomCa, TrustKind::bundle_path, s.trusted->name, s.trusted_owner, s.trusted->args[0].text, loc(*s.trusted));
        t.verify_depth = 1;  // nginx default
        if (s.depth && !s.depth->args.empty()) t.verify_depth = std::atoi(s.depth->args[0].text.c_str());
        if (t.verify_depth < 1) t.verify_depth = 1;
        out_->trust.push_back(std::move(t));
      }
      if (!id.empty() && id != s.trusted_owner) out_->uses.push_back({s.trusted_owner, id, loc(*s.trusted), "inherited here"});
    }
    for (const auto& d : ds) {
      if (!d.block && (d.name == prefix_ + "_pass" || d.name == p + "name") && !d.args.empty()) endpoint(d, id);
    }
    for (const auto& d : ds) {
      if (!d.block || d.name == "upstream") continue;
      walk(d.children, d.name + "@" + std::to_string(d.line), s);
    }
  }

  // njs fetch: verification is on unless js_fetch_verify off; the default depth is 100.
  void walk_fetch(const std::vector<Directive>& ds, const std::string& id, Settings inherited) {
    Settings s = inherited;
    for (const auto& d : ds) {
      if (d.block) continue;
      if (d.name == "js_fetch_trusted_certificate" && !d.args.empty()) { s.trusted = &d; s.trusted_owner = id; }
      else if (d.name == "js_fetch_verify") s.verify = &d;
      else if (d.name == "js_fetch_verify_depth") s.depth = &d;
      if (d.name == "js_fetch_verify" && !d.args.empty() && d.args[0].text == "off")
        out_->trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, d.name + " off", id, "off", loc(d)));
    }
    const bool off = s.verify && !s.verify->args.empty() && s.verify->args[0].text == "off";
    if (s.trusted && !off && emitted_.insert(s.trusted).second) {
      auto t = trust_fact(kCustomCa, TrustKind::bundle_path, s.trusted->name, s.trusted_owner, s.trusted->args[0].text, loc(*s.trusted));
      t.verify_depth = 100;
      if (s.depth && !s.depth->args.empty()) t.verify_depth = std::max(1, std::atoi(s.depth->args[0].text.c_str()));
      out_->trust.push_back(std::move(t));
    }
    for (const auto& d : ds)
      if (d.block && d.name != "upstream") walk_fetch(d.children, d.name + "@" + std::to_string(d.line), s);
  }

  void endpoint(const Directive& d, const std::string& id) {
    std::string url = d.args[0].text;
    std::string host = url;
    if (auto p = host.find("://"); p != std::string::npos) host = host.substr(p + 3);
    host = host.substr(0, host.find_first_of("/:$"));  // $uri and the like start the path
    if (auto it = upstreams_.find(host); it != upstreams_.end()) {
      for (const Token* server : it->second) out_->endpoints.push_back(endpoint_fact(id, server->text, d.name + " upstream " + host, loc(*server)));
      return;
    }
    out_->endpoints.push_back(endpoint_fact(id, url, d.name, loc(d.args[0])));
    // A name with no dot is an upstream defined in another file of the configuration.
    if (!host.empty() && host.find_first_of(".$") == std::string::npos) {
      out_->flows.language = "nginx";
      out_->endpoints.back().value_flow = flow::Value::name(kUpstream + host, loc(d.args[0]));
    }
  }

  static constexpr const char* kUpstream = "upstream ";

  const SourceFile* file_ = nullptr;
  FileFacts* out_ = nullptr;
  std::string prefix_;
  std::map<std::string, std::vector<const Token*>> upstreams_;
  std::set<const Directive*> emitted_;
};

}  // namespace
}  // namespace atscan::config

using atscan::config::NginxScanner;
ATSCAN_REGISTER_SCANNER(NginxScanner);
