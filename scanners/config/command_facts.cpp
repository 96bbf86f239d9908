#include "scanners/config/command_facts.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/judge/produced_files.h"
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"

namespace atscan::config {

// git -c key=value / git config key value.
void git_setting(const SourceFile& file, const std::string& key, const std::string& value, const Location& loc,
                 const std::string& obj, FileFacts& out) {
  const std::string k = lower(key);
  if (k.rfind("http.", 0) != 0) return;
  if (ends_with_ci(k, ".sslverify") && is_falsy(value))
    out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "git http.sslVerify=false", obj, value, loc));
  else if ((ends_with_ci(k, ".sslcainfo") || ends_with_ci(k, ".sslcapath")) && !value.empty())
    out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "git " + key, obj, value, loc));
  // http.<url>.* applies to that URL only.
  if (k.size() > 5 && k.find("://") != std::string::npos) {
    auto last = key.rfind('.');
    out.endpoints.push_back(endpoint_fact(obj, key.substr(5, last - 5), "git config", loc));
  }
  (void)file;
}

void pip_setting(const std::string& key, const std::string& value, const Location& loc, const std::string& obj, FileFacts& out) {
  std::string k = lower(key);
  if (auto dot = k.rfind('.'); dot != std::string::npos) k = k.substr(dot + 1);  // global.cert → cert
  if (k == "cert" && !value.empty())
    out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "pip cert", obj, value, loc));
  else if (k == "trusted-host" && !value.empty()) {
    out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "pip trusted-host", obj, value, loc));
    out.endpoints.push_back(endpoint_fact(obj, value, "pip trusted-host", loc));
  } else if ((k == "index-url" || k == "extra-index-url") && !value.empty())
    out.endpoints.push_back(endpoint_fact(obj, value, "pip " + k, loc));
}

void npm_setting(const std::string& tool, const std::string& key, const std::string& value, const Location& loc,
                 const std::string& obj, FileFacts& out) {
  const std::string k = lower(key);
  if ((k == "cafile" || k == "cafilepath") && !value.empty())
    out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, tool + " cafile", obj, value, loc));
  else if ((k == "strict-ssl" || k == "enablestrictssl") && is_falsy(value))
    out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, tool + " strict-ssl=false", obj, value, loc));
  else if ((k == "registry" || k == "npmregistryserver") && !value.empty())
    out.endpoints.push_back(endpoint_fact(obj, value, tool + " registry", loc));
}

void connection_string_facts(const std::string& value, const Location& loc, const std::string& obj, FileFacts& out) {
  if (!starts_with_ci(value, "mongodb://") && !starts_with_ci(value, "mongodb+srv://")) return;
  const auto q = value.find('?');
  if (q == std::string::npos) return;
  for (size_t start = q + 1; start < value.size();) {
    size_t end = value.find_first_of("&;", start);
    if (end == std::string::npos) end = value.size();
    const std::string kv = value.substr(start, end - start);
    start = end + 1;
    const auto eq = kv.find('=');
    if (eq == std::string::npos || lower(kv.substr(eq + 1)) != "true") continue;
    const std::string key = lower(kv.substr(0, eq));
    if (key == "tlsallowinvalidcertificates" || key == "sslallowinvalidcertificates" || key == "tlsinsecure")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "MongoDB " + kv.substr(0, eq) + "=true", obj, value, loc));
    else if (key == "tlsallowinvalidhostnames" || key == "sslallowinvalidhostnames")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::hostname_check_disabled, "MongoDB " + kv.substr(0, eq) + "=true", obj, value, loc));
  }
}

namespace {

Location loc_of(const SourceFile& file, const ShellWord& w) {
  return at(file, w.line, w.column, w.end_line, w.end_column);
}

// Location spanning a flag and its value word.
Location span(const SourceFile& file, const ShellWord& a, const ShellWord& b) {
  return at(file, a.line, a.column, b.end_line, b.end_column);
}

bool is_url(std::string_view w) {
  return starts_with_ci(w, "https://") || starts_with_ci(w, "http://");
}

std::string object_of(const std::string& tool, const ShellWord& w) {
  return tool + "@" + std::to_string(w.line) + ":" + std::to_string(w.column);
}

// A long option's value: "--opt=value" or the next word. Advances i past the value.
bool long_value(const ShellCommand& c, size_t& i, std::string_view opt, std::string& value, size_t& value_word) {
  const std::string& w = c[i].text;
  if (w == opt) {
    if (i + 1 >= c.size()) return false;
    value = c[i + 1].text;
    value_word = ++i;
    return true;
  }
  if (w.size() > opt.size() && w.compare(0, opt.size(), opt) == 0 && w[opt.size()] == '=') {
    value = w.substr(opt.size() + 1);
    value_word = i;
    return true;
  }
  return false;
}

std::vector<std::string> split_pins(std::string_view v) {
  std::vector<std::string> pins;
  size_t start = 0;
  while (start <= v.size()) {
    size_t semi = v.find(';', start);
    auto p = trim(v.substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start));
    if (!p.empty()) pins.push_back(p);
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  return pins;
}

// A file that a command downloads; the judge matches trust paths that are not in the tree against it.
void download_producer(const std::string& url, const std::string& dest, const Location& at, FileFacts& out) {
  if (dest.empty() || dest == "-" || dest == "/dev/null") return;
  out.flows.producers.push_back({flow::ProducerKind::download, url, dest, at});
}

void curl_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  // Short options that take an argument: in a cluster (-sSkH) the rest of the cluster or the next word is it.
  static const std::string kShortWithArg = "AbcCdDeEFHKmoPQrtTuUwxXyYz";
  static const std::set<std::string> kLongWithArg = {
      "--data", "--data-raw", "--data-binary", "--data-urlencode", "--header", "--output", "--user", "--request",
      "--proxy", "--referer", "--user-agent", "--cookie", "--cookie-jar", "--form", "--upload-file", "--write-out",
      "--config", "--max-time", "--connect-timeout", "--retry", "--resolve", "--cert", "--key", "--proxy-cacert",
      "--connect-to", "--json", "--output-dir", "--range", "--limit-rate"};
  bool options_done = false;
  // What the command saves (-o FILE, --output FILE, -O: the URL's file name): a download producer.
  std::string output;
  bool remote_name = false;
  std::vector<size_t> urls;
  for (size_t i = first; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    std::string value;
    size_t vw = i;
    if (!options_done && w == "--") { options_done = true; continue; }
    if (!options_done && w.rfind("--", 0) == 0) {
      const size_t flag = i;
      if (long_value(c, i, "--output", value, vw))
        output = value;
      else if (w == "--remote-name")
        remote_name = true;
      else if (long_value(c, i, "--cacert", value, vw))
        out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "curl --cacert", obj, value, span(file, c[flag], c[vw])));
      else if (long_value(c, i, "--capath", value, vw))
        out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "curl --capath", obj, value, span(file, c[flag], c[vw])));
      else if (long_value(c, i, "--pinnedpubkey", value, vw)) {
        auto t = trust_fact(kPinning, TrustKind::pin_set, "curl --pinnedpubkey", obj, value, span(file, c[flag], c[vw]));
        t.values = split_pins(value);
        t.leaf_only_pins = true;  // curl compares the pin with the server's leaf key only
        out.trust.push_back(std::move(t));
      } else if (w == "--insecure")
        out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "curl --insecure", obj, w, loc_of(file, c[i])));
      else if (long_value(c, i, "--url", value, vw)) {
        if (!value.empty()) out.endpoints.push_back(endpoint_fact(obj, value, "curl", loc_of(file, c[vw])));
      } else if (kLongWithArg.count(w)) ++i;
      continue;
    }
    if (!options_done && w.size() > 1 && w[0] == '-') {
      for (size_t k = 1; k < w.size(); ++k) {
        if (w[k] == 'k') {
          out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "curl -k", obj, w, loc_of(file, c[i])));
        } else if (w[k] == 'O') {
          remote_name = true;
        } else if (kShortWithArg.find(w[k]) != std::string::npos) {
          const bool in_cluster = k + 1 < w.size();
          if (w[k] == 'o') output = in_cluster ? w.substr(k + 1) : (i + 1 < c.size() ? c[i + 1].text : "");
          if (!in_cluster) ++i;  // the argument is the next word
          break;
        }
      }
      continue;
    }
    if (is_url(w)) {
      out.endpoints.push_back(endpoint_fact(obj, w, "curl", loc_of(file, c[i])));
      urls.push_back(i);
    }
  }
  if (urls.size() == 1 && (!output.empty() || remote_name))
    download_producer(c[urls[0]].text, remote_name && output.empty() ? file_name_of(c[urls[0]].text) : output,
                      loc_of(file, c[urls[0]]), out);
}

void wget_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  // What the command saves: -O FILE / --output-document=FILE, else the URL's file name (under -P DIR).
  std::string output, prefix;
  std::vector<size_t> urls;
  for (size_t i = first; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    std::string value;
    size_t vw = i;
    const size_t flag = i;
    if (w == "-O" && i + 1 < c.size())
      output = c[++i].text;
    else if (w.size() > 2 && w.rfind("-O", 0) == 0)
      output = w.substr(2);
    else if (w == "-P" && i + 1 < c.size())
      prefix = c[++i].text;
    else if (long_value(c, i, "--output-document", value, vw))
      output = value;
    else if (long_value(c, i, "--directory-prefix", value, vw))
      prefix = value;
    else if (long_value(c, i, "--ca-certificate", value, vw))
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "wget --ca-certificate", obj, value, span(file, c[flag], c[vw])));
    else if (long_value(c, i, "--ca-directory", value, vw))
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "wget --ca-directory", obj, value, span(file, c[flag], c[vw])));
    else if (w == "--no-check-certificate")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "wget --no-check-certificate", obj, w, loc_of(file, c[i])));
    else if (is_url(w)) {
      out.endpoints.push_back(endpoint_fact(obj, w, "wget", loc_of(file, c[i])));
      urls.push_back(i);
    }
  }
  if (urls.size() == 1 && output != "-") {
    const std::string& url = c[urls[0]].text;
    const std::string dest = !output.empty() ? output : (prefix.empty() ? "" : prefix + "/") + file_name_of(url);
    download_producer(url, dest, loc_of(file, c[urls[0]]), out);
  }
}

void aws_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  static const std::set<std::string> kGlobalWithArg = {"--profile", "--region", "--output", "--query", "--color",
                                                       "--cli-read-timeout", "--cli-connect-timeout", "--cli-binary-format"};
  std::string service;
  const ShellWord* service_word = nullptr;
  bool explicit_endpoint = false;
  for (size_t i = first; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    std::string value;
    size_t vw = i;
    const size_t flag = i;
    if (long_value(c, i, "--ca-bundle", value, vw))
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "aws --ca-bundle", obj, value, span(file, c[flag], c[vw])));
    else if (w == "--no-verify-ssl")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "aws --no-verify-ssl", obj, w, loc_of(file, c[i])));
    else if (long_value(c, i, "--endpoint-url", value, vw)) {
      explicit_endpoint = true;
      out.endpoints.push_back(endpoint_fact(obj, value, "aws --endpoint-url", loc_of(file, c[vw])));
    } else if (kGlobalWithArg.count(w)) ++i;
    else if (service.empty() && !w.empty() && w[0] != '-') {
      service = w;
      service_word = &c[i];
    }
  }
  // The CLI talks to the service's regional endpoint: S3 commands imply an S3 host.
  if (!explicit_endpoint && service_word && (service == "s3" || service == "s3api" || service == "s3control"))
    out.endpoints.push_back(endpoint_fact(obj, "s3.amazonaws.com", "aws " + service, loc_of(file, *service_word), true));
}


void git_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  size_t i = first;
  for (; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    if (w == "-c" && i + 1 < c.size()) {
      std::string key, value;
      auto eq = c[i + 1].text.find('=');
      key = c[i + 1].text.substr(0, eq);
      value = eq == std::string::npos ? "true" : c[i + 1].text.substr(eq + 1);
      git_setting(file, key, value, span(file, c[i], c[i + 1]), obj, out);
      ++i;
      continue;
    }
    if (w == "-C") { ++i; continue; }
    if (!w.empty() && w[0] != '-') break;
  }
  if (i < c.size() && c[i].text == "config") {
    std::vector<size_t> args;
    for (size_t j = i + 1; j < c.size(); ++j) {
      const std::string& w = c[j].text;
      if (w == "--file" || w == "-f" || w == "--blob") { ++j; continue; }
      if (!w.empty() && w[0] == '-') continue;
      args.push_back(j);
    }
    if (args.size() >= 2) git_setting(file, c[args[0]].text, c[args[1]].text, span(file, c[args[0]], c[args[1]]), obj, out);
    return;
  }
  for (; i < c.size(); ++i)
    if (is_url(c[i].text)) out.endpoints.push_back(endpoint_fact(obj, c[i].text, "git", loc_of(file, c[i])));
}


void pip_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  if (first + 2 < c.size() && c[first].text == "config" && c[first + 1].text == "set") {
    pip_setting(c[first + 2].text, first + 3 < c.size() ? c[first + 3].text : "", span(file, c[first + 2], c[std::min(first + 3, c.size() - 1)]), obj, out);
    return;
  }
  for (size_t i = first; i < c.size(); ++i) {
    std::string value;
    size_t vw = i;
    const size_t flag = i;
    for (const char* opt : {"--cert", "--trusted-host", "--index-url", "--extra-index-url", "-i"}) {
      if (long_value(c, i, opt, value, vw)) {
        std::string key = std::string(opt) == "-i" ? "index-url" : std::string(opt).substr(2);
        pip_setting(key, value, span(file, c[flag], c[vw]), obj, out);
        break;
      }
    }
  }
}


void npm_facts(const SourceFile& file, const std::string& tool, const ShellCommand& c, size_t first, const std::string& obj,
               FileFacts& out) {
  size_t i = first;
  if (i < c.size() && c[i].text == "config") ++i;
  if (i < c.size() && c[i].text == "set") {
    std::vector<size_t> args;
    for (size_t j = i + 1; j < c.size(); ++j)
      if (!c[j].text.empty() && c[j].text[0] != '-') args.push_back(j);
    if (args.size() == 1) {
      auto eq = c[args[0]].text.find('=');
      if (eq != std::string::npos)
        npm_setting(tool, c[args[0]].text.substr(0, eq), c[args[0]].text.substr(eq + 1), loc_of(file, c[args[0]]), obj, out);
    } else if (args.size() >= 2) {
      npm_setting(tool, c[args[0]].text, c[args[1]].text, span(file, c[args[0]], c[args[1]]), obj, out);
    }
    return;
  }
  for (; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    if (w.rfind("--", 0) != 0) continue;
    std::string body = w.substr(2), value;
    auto eq = body.find('=');
    std::string key = body.substr(0, eq);
    const size_t flag = i;
    if (eq != std::string::npos) value = body.substr(eq + 1);
    else if (key == "strict-ssl") value = "true";
    else if (key == "no-strict-ssl") { key = "strict-ssl"; value = "false"; }
    else if (i + 1 < c.size()) value = c[++i].text;
    npm_setting(tool, key, value, span(file, c[flag], c[i]), obj, out);
  }
}

// yum / dnf (and their config-manager front-ends): `--setopt=[repo.]sslverify=0` turns TLS
// verification off for the repositories it names (with --save, for every later command too).
void package_manager_facts(const SourceFile& file, const std::string& tool, const ShellCommand& c, size_t first,
                           const std::string& obj, FileFacts& out) {
  for (size_t i = first; i < c.size(); ++i) {
    std::string value;
    size_t vw = i;
    const size_t flag = i;
    if (!long_value(c, i, "--setopt", value, vw)) continue;
    auto eq = value.find('=');
    if (eq == std::string::npos) continue;
    std::string key = lower(value.substr(0, eq));
    if (auto dot = key.rfind('.'); dot != std::string::npos) key = key.substr(dot + 1);  // "*.sslverify", "epel.sslverify"
    if (key == "sslverify" && is_falsy(value.substr(eq + 1)))
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, tool + " --setopt sslverify=" + value.substr(eq + 1), obj,
                                     value, span(file, c[flag], c[vw])));
  }
}

// apt / apt-get: `-o Acquire::https[::host]::Verify-Peer=false` (and Verify-Host).
void apt_facts(const SourceFile& file, const std::string& tool, const ShellCommand& c, size_t first, const std::string& obj,
               FileFacts& out) {
  for (size_t i = first; i < c.size(); ++i) {
    std::string opt;
    size_t vw = i;
    const std::string& w = c[i].text;
    if ((w == "-o" || w == "--option") && i + 1 < c.size()) opt = c[vw = i + 1].text;
    else if (w.rfind("-o", 0) == 0 && w.size() > 2 && w[2] != '-') opt = w.substr(2);
    else if (w.rfind("--option=", 0) == 0) opt = w.substr(9);
    else continue;
    const size_t flag = i;
    i = vw;
    auto eq = opt.find('=');
    if (eq == std::string::npos) continue;
    const std::string key = lower(opt.substr(0, eq)), value = opt.substr(eq + 1);
    if (key.rfind("acquire::https::", 0) != 0 || !is_falsy(value)) continue;
    if (ends_with_ci(key, "::verify-peer"))
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, tool + " " + opt.substr(0, eq) + "=" + value, obj, value,
                                     span(file, c[flag], c[vw])));
    else if (ends_with_ci(key, "::verify-host"))
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::hostname_check_disabled, tool + " " + opt.substr(0, eq) + "=" + value, obj,
                                     value, span(file, c[flag], c[vw])));
  }
}

// apk: --no-check-certificate skips the HTTPS server check of the repositories.
void apk_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  for (size_t i = first; i < c.size(); ++i)
    if (c[i].text == "--no-check-certificate")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "apk --no-check-certificate", obj, c[i].text, loc_of(file, c[i])));
}

// The MongoDB shell and tools: --tlsAllowInvalidCertificates (and the older --ssl… spellings).
void mongo_facts(const SourceFile& file, const ShellCommand& c, size_t first, const std::string& obj, FileFacts& out) {
  for (size_t i = first; i < c.size(); ++i) {
    const std::string& w = c[i].text;
    if (w == "--tlsAllowInvalidCertificates" || w == "--sslAllowInvalidCertificates" || w == "--tlsInsecure")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "mongo " + w, obj, w, loc_of(file, c[i])));
    else if (w == "--tlsAllowInvalidHostnames" || w == "--sslAllowInvalidHostnames")
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::hostname_check_disabled, "mongo " + w, obj, w, loc_of(file, c[i])));
  }
}

}  // namespace

void place_word(ShellWord& w, const TextOrigin& o) {
  auto map = [&](int& line, int& col) {
    if (o.block) {
      line = o.line + line;
      col = o.indent + col;
    } else {
      if (line == 1) col = o.column + col - 1;
      line = o.line + line - 1;
    }
  };
  map(w.line, w.column);
  map(w.end_line, w.end_column);
}

namespace {
// echo/printf of an nginx trust directive (`echo "js_fetch_trusted_certificate ${CERT};" >> gateway.conf`):
// the script writes the configuration that nginx loads, so the directive is a trust setting of the script.
void written_nginx_directive(const SourceFile& file, const ShellCommand& c, size_t first, FileFacts& out) {
  for (size_t j = first; j < c.size(); ++j) {
    std::string_view w = c[j].text;
    if (c[j].written_to) break;  // the redirection target, not the text
    const auto b = w.find_first_not_of(" \t");
    if (b == std::string_view::npos) continue;
    w.remove_prefix(b);
    const auto end = w.find_first_of(" \t");
    const std::string_view name = w.substr(0, end);
    const bool trusted = name == "js_fetch_trusted_certificate" || name == "proxy_ssl_trusted_certificate" ||
                         name == "grpc_ssl_trusted_certificate" || name == "uwsgi_ssl_trusted_certificate";
    if (!trusted) continue;
    // The directive's one argument and its ';' (a sentence that only names the directive is not one).
    std::string value;
    if (end != std::string_view::npos) {
      std::string_view rest = w.substr(end);
      rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
      const auto stop = rest.find_first_of(" \t;");
      if (stop != std::string_view::npos && rest[stop] == ';') value = std::string(rest.substr(0, stop));
    } else if (j + 1 < c.size() && c[j + 1].text.size() > 1 && c[j + 1].text.back() == ';') {
      value = c[j + 1].text;
      value.pop_back();
    }
    if (value.empty()) return;
    out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, std::string(name) + " (written by the script)", "", value, loc_of(file, c[j])));
    // The file it goes to (`> f`, `>> f`, `>>f`): a configuration that includes that file holds the setting.
    for (size_t k = j + 1; k < c.size(); ++k) {
      if (!c[k].written_to) continue;
      const std::string& dest = c[k].text;
      if (dest.empty() || dest.find_first_of("$`*?") != std::string::npos) break;  // a path known only at run time
      out.flows.producers.push_back(flow::Producer{flow::ProducerKind::written, "", dest, out.trust.back().location});
      break;
    }
    return;
  }
}
}  // namespace

void command_facts(const SourceFile& file, const ShellCommand& c, FileFacts& out) {
  static const std::set<std::string> kPrefixes = {"sudo", "exec", "nohup", "time", "command", "then", "do", "else", "elif",
                                                  "if", "while", "until", "!", "{", "}", "xargs", "eval"};
  size_t i = 0;
  bool exported = false;  // `export A=B` / `declare -x`: the whole file's later commands see it
  // Leading words: keywords, wrappers and NAME=VALUE assignments.
  std::vector<size_t> assignments;
  while (i < c.size()) {
    const std::string& w = c[i].text;
    std::string name, value;
    if (kPrefixes.count(w)) {
      ++i;
      if (w == "sudo")
        while (i < c.size() && !c[i].text.empty() && c[i].text[0] == '-') {
          if (c[i].text == "-u" || c[i].text == "-g") ++i;
          ++i;
        }
      continue;
    }
    if (w == "export" || w == "declare" || w == "typeset" || w == "readonly" || w == "local") {
      exported = true;
      ++i;
      while (i < c.size() && !c[i].text.empty() && c[i].text[0] == '-') ++i;
      continue;
    }
    if (w == "env") {
      ++i;
      continue;
    }
    if (split_assignment(w, name, value)) {
      assignments.push_back(i);
      ++i;
      continue;
    }
    break;
  }
  const bool has_command = i < c.size();
  std::string tool = has_command ? basename(c[i].text) : std::string();
  const std::string obj = has_command ? object_of(tool, c[i]) : std::string();
  for (size_t a : assignments) {
    std::string name, value;
    split_assignment(c[a].text, name, value);
    // A prefix assignment (`VAR=x cmd`, `env VAR=x cmd`) applies to that command only.
    const bool scoped = has_command && !exported;
    env_assignment_facts(file, name, value, loc_of(file, c[a]), scoped ? obj : std::string(), out);
  }
  if (!has_command) return;
  // A connection string can be an argument of any command (mongo, mongosh, a script, an app).
  for (size_t j = i + 1; j < c.size(); ++j) connection_string_facts(c[j].text, loc_of(file, c[j]), obj, out);
  // JVM system properties can appear on any launcher (java, mvn, gradle, sbt, spark-submit).
  for (size_t j = i + 1; j < c.size(); ++j)
    if (c[j].text.rfind("-D", 0) == 0) jvm_option_facts(c[j].text, loc_of(file, c[j]), obj, out);
  // sh -c 'script': the script's commands are commands too.
  if ((tool == "sh" || tool == "bash" || tool == "dash" || tool == "zsh" || tool == "ash") && i + 2 < c.size() &&
      c[i + 1].text.size() >= 2 && c[i + 1].text[0] == '-' && c[i + 1].text.back() == 'c') {
    const ShellWord& body = c[i + 2];
    script_facts(file, body.text, TextOrigin{body.line, body.column + 1, false, 0}, out);
    return;
  }
  if (tool == "python" || tool == "python3") {
    if (i + 2 < c.size() && c[i + 1].text == "-m" && (c[i + 2].text == "pip" || c[i + 2].text == "pip3")) pip_facts(file, c, i + 3, obj, out);
    return;
  }
  if (tool == "echo" || tool == "printf") written_nginx_directive(file, c, i + 1, out);
  else if (tool == "curl") curl_facts(file, c, i + 1, obj, out);
  else if (tool == "wget") wget_facts(file, c, i + 1, obj, out);
  else if (tool == "aws") aws_facts(file, c, i + 1, obj, out);
  else if (tool == "git") git_facts(file, c, i + 1, obj, out);
  else if (tool == "pip" || tool == "pip3") pip_facts(file, c, i + 1, obj, out);
  else if (tool == "npm" || tool == "yarn" || tool == "pnpm") npm_facts(file, tool, c, i + 1, obj, out);
  else if (tool == "yum" || tool == "dnf" || tool == "dnf5" || tool == "microdnf" || tool == "tdnf" || tool == "yum-config-manager" ||
           tool == "dnf-config-manager")
    package_manager_facts(file, tool, c, i + 1, obj, out);
  else if (tool == "apt" || tool == "apt-get") apt_facts(file, tool, c, i + 1, obj, out);
  else if (tool == "apk") apk_facts(file, c, i + 1, obj, out);
  else if (tool == "mongo" || tool == "mongosh" || tool == "mongodump" || tool == "mongorestore" || tool == "mongoexport" ||
           tool == "mongoimport")
    mongo_facts(file, c, i + 1, obj, out);
}

bool mentions_trust_settings(std::string_view text) {
  // pip and git are named by their settings, not by the word: every Python project's CI installs with
  // pip and checks out with git (of the 128 YAML files of the python bench tree, 68 were let in by
  // "pip" alone and 34 by "git " alone, none with a setting). git's settings are all http.*; a git URL
  // alone is an endpoint without a trust setting (an S3 one is let in by the catalog's triggers).
  static const std::vector<std::string_view> kLiterals = {
      "curl", "wget", "aws ", "http.", "--cert", "index-url", "pip config", "pip3 config", "-i http", "npm", "yarn", "-Djavax", "-Dcom.amazonaws", "SSL_", "_CA_", "NODE_",
      "HTTPSVERIFY", "JAVA_", "_OPTS", "ENDPOINT", "cafile", "strict-ssl", "trusted-host", "TRUSTED_HOST", "INDEX_URL",
      "sslverify", "Verify-Peer", "Verify-Host", "no-check-certificate", "AllowInvalid", "tlsInsecure", "kip-tls-verify", "kipTLSVerify",
      "kip_verify", "kipVerify", "trusted_certificate"};
  return contains_any(text, kLiterals);
}

void script_facts(const SourceFile& file, std::string_view script, const TextOrigin& origin, FileFacts& out) {
  for (auto& cmd : split_shell_commands(script)) {
    for (auto& w : cmd) place_word(w, origin);
    command_facts(file, cmd, out);
  }
}

}  // namespace atscan::config
