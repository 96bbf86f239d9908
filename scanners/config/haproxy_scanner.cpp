// HAProxy: `server` and `default-server` lines (ssl, verify none|required, ca-file), global
// `ssl-server-verify none` and `ca-base`; the server address is the endpoint of its own object.
#include <map>
#include <sstream>

#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

struct Word {
  std::string text;
  int column = 1;
};

std::vector<Word> words_of(std::string_view line) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t') { ++i; continue; }
    if (line[i] == '#') break;
    Word w;
    w.column = static_cast<int>(i) + 1;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      if (line[i] != '"' && line[i] != '\'') w.text += line[i];
      ++i;
    }
    out.push_back(std::move(w));
  }
  return out;
}

struct ServerOptions {
  bool ssl = false;
  const Word* verify = nullptr;
  const Word* ca_file = nullptr;
  int line = 0;
};

class HaproxyScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-haproxy"; }
  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == "haproxy.cfg" || (ends_with_ci(base, ".cfg") && f.path.find("haproxy") != std::string::npos);
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    std::string section, ca_base;
    std::vector<std::vector<Word>> lines;
    for (auto l : split_lines(f.content)) lines.push_back(words_of(l));
    // default-server lines per section ("defaults" applies to every proxy after it).
    ServerOptions defaults_opts, section_opts;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto& w = lines[i];
      const int n = static_cast<int>(i) + 1;
      if (w.empty()) continue;
      const std::string kw = w[0].text;
      if (kw == "global" || kw == "defaults" || kw == "frontend" || kw == "backend" || kw == "listen" || kw == "peers" ||
          kw == "resolvers" || kw == "userlist") {
        section = kw + (w.size() > 1 ? " " + w[1].text : "");
        section_opts = kw == "defaults" ? ServerOptions{} : defaults_opts;
        continue;
      }
      if (section == "global" && kw == "ca-base" && w.size() > 1) ca_base = w[1].text;
      if (section == "global" && kw == "ssl-server-verify" && w.size() > 1 && w[1].text == "none")
        out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "ssl-server-verify none", "", "none", at(f, n, w[0].column)));
      if (kw == "default-server") {
        ServerOptions o = section_opts;
        read_options(w, 1, o, n);
        emit(f, o, "default-server@" + std::to_string(n), ca_base, out, n);
        section_opts = o;
        if (section.rfind("defaults", 0) == 0) defaults_opts = o;
        continue;
      }
      if (kw == "server" && w.size() >= 3) {
        const std::string obj = "server:" + section + "/" + w[1].text;
        std::string addr = w[2].text;
        out.endpoints.push_back(endpoint_fact(obj, addr, "server", at(f, n, w[2].column, n, w[2].column + static_cast<int>(addr.size()))));
        ServerOptions own;
        read_options(w, 3, own, n);
        ServerOptions eff = section_opts;
        if (own.ssl) eff.ssl = true;
        if (own.verify) eff.verify = own.verify, eff.line = n;
        if (own.ca_file) eff.ca_file = own.ca_file, eff.line = n;
        // Options written on this line are reported here; inherited ones at their default-server line.
        own.ssl = eff.ssl;
        emit(f, own, obj, ca_base, out, n);
        if (eff.ssl && section_opts.line && (!own.verify || !own.ca_file))
          out.uses.push_back({"default-server@" + std::to_string(section_opts.line), obj, at(f, n, w[0].column), "server inherits default-server"});
      }
    }
  }

 private:
  static void read_options(const std::vector<Word>& w, size_t from, ServerOptions& o, int line) {
    for (size_t k = from; k < w.size(); ++k) {
      if (w[k].text == "ssl") o.ssl = true;
      else if (w[k].text == "no-ssl") o.ssl = false;
      else if (w[k].text == "verify" && k + 1 < w.size()) { o.verify = &w[k + 1]; o.line = line; ++k; }
      else if (w[k].text == "ca-file" && k + 1 < w.size()) { o.ca_file = &w[k + 1]; o.line = line; ++k; }
    }
  }

  static void emit(const SourceFile& f, const ServerOptions& o, const std::string& obj, const std::string& ca_base, FileFacts& out, int n) {
    if (!o.ssl) return;
    if (o.verify && o.verify->text == "none" && o.line == n)
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "verify none", obj, "none", at(f, n, o.verify->column)));
    if (o.ca_file && o.line == n && !(o.verify && o.verify->text == "none")) {
      std::string path = o.ca_file->text;
      if (!ca_base.empty() && !path.empty() && path[0] != '/') path = ca_base + "/" + path;
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "ca-file", obj, path, at(f, n, o.ca_file->column)));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::HaproxyScanner;
ATSCAN_REGISTER_SCANNER(HaproxyScanner);
