// JVM and Spring Boot settings: .properties files (javax.net.ssl.trustStore, gradle's
// systemProp.*, org.gradle.jvmargs -D options) and Spring Boot application*.properties / *.yml
// SSL bundles (spring.ssl.bundle.jks.<name>.truststore.location, …pem.<name>.truststore.certificate).
// server.ssl.trust-store is left out on purpose: it checks inbound client certificates, not the
// servers the application calls.
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"
#include "scanners/config/yaml_nodes.h"

namespace atscan::config {
namespace {

// Spring relaxed binding: trust-store, trustStore and truststore are one key.
std::string canonical(std::string_view key) {
  std::string out;
  for (char c : lower(key))
    if (c != '-' && c != '_') out += c;
  return out;
}

void property(std::string_view raw_key, const std::string& value, const Location& loc, FileFacts& out) {
  std::string key(raw_key);
  if (key.rfind("systemProp.", 0) == 0) key = key.substr(11);  // gradle.properties
  if (jvm_property_facts(key, value, loc, "", out)) return;
  if (key == "org.gradle.jvmargs" || key == "JAVA_TOOL_OPTIONS" || key == "jvmArgs") {
    size_t i = 0;
    while (i < value.size()) {
      size_t e = value.find_first_of(" \t", i);
      if (e == std::string::npos) e = value.size();
      if (e > i) jvm_option_facts(value.substr(i, e - i), loc, "", out);
      i = e + 1;
    }
    return;
  }
  const std::string c = canonical(key);
  // spring.ssl.bundle.<jks|pem>.<name>.truststore.<location|certificate>
  if (c.rfind("spring.ssl.bundle.", 0) == 0) {
    auto parts = std::vector<std::string>{};
    for (size_t s = 0, d; s <= c.size(); s = d + 1) {
      d = c.find('.', s);
      if (d == std::string::npos) d = c.size();
      parts.push_back(c.substr(s, d - s));
    }
    if (parts.size() >= 7 && parts[5] == "truststore" && !value.empty()) {
      const std::string obj = "ssl-bundle:" + parts[4];
      if (parts[3] == "jks" && parts[6] == "location")
        out.trust.push_back(trust_fact(kCustomCa, TrustKind::keystore, std::string(raw_key), obj, value, loc));
      else if (parts[3] == "pem" && parts[6] == "certificate") {
        if (value.find("-----BEGIN") != std::string::npos)
          out.trust.push_back(trust_fact(kEmbedded, TrustKind::embedded_pem, std::string(raw_key), obj, value, loc));
        else
          out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, std::string(raw_key), obj, value, loc));
      }
    }
    return;
  }
  // S3 endpoint overrides (Spring Cloud AWS and common custom keys).
  if ((c.find("s3") != std::string::npos) && (c.size() > 8 && c.compare(c.size() - 8, 8, "endpoint") == 0) && !value.empty())
    out.endpoints.push_back(endpoint_fact("", value, std::string(raw_key), loc));
}

std::string strip_classpath(std::string v) {
  // classpath:/file: prefixes name resources; the tree path is what follows.
  for (const char* p : {"classpath:", "file:"})
    if (v.rfind(p, 0) == 0) v = v.substr(std::string(p).size());
  return v;
}

class JvmPropertiesScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-jvm"; }

  bool wants(const SourceFile& f) const override {
    if (ends_with_ci(f.path, ".properties")) return true;
    const std::string base = lower(basename(f.path));
    return (base.rfind("application", 0) == 0 || base.rfind("bootstrap", 0) == 0) &&
           (ends_with_ci(base, ".yml") || ends_with_ci(base, ".yaml"));
  }

  bool bypasses_prefilter(const SourceFile& f) const override {
    return contains_any(f.content, {"trustStore", "truststore", "trust-store", "disableCertChecking", "jvmargs", "s3"});
  }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    if (ends_with_ci(f.path, ".properties")) return scan_properties(f, out);
    auto docs = load_yaml(f, notes);
    if (!docs) return;
    for (const auto& d : docs->documents()) flatten(f, d, "", out);
  }

 private:
  static void scan_properties(const SourceFile& f, FileFacts& out) {
    auto lines = split_lines(f.content);
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      const size_t b = line.find_first_not_of(" \t");
      if (b == std::string_view::npos || line[b] == '#' || line[b] == '!') continue;
      std::string logical(line.substr(b));
      const int n = static_cast<int>(i) + 1;
      while (!logical.empty() && logical.back() == '\\' && i + 1 < lines.size()) {
        logical.pop_back();
        logical += trim(lines[++i]);
      }
      size_t sep = logical.find_first_of("=: \t");
      if (sep == std::string::npos) continue;
      std::string key = trim(logical.substr(0, sep));
      size_t vb = logical.find_first_not_of(" \t", sep);
      if (vb != std::string::npos && (logical[vb] == '=' || logical[vb] == ':')) ++vb;
      std::string value = vb == std::string::npos ? "" : trim(logical.substr(vb));
      property(key, strip_classpath(value), at(f, n, static_cast<int>(b) + 1, n, static_cast<int>(line.size()) + 1), out);
    }
  }

  static void flatten(const SourceFile& f, const YamlNode& n, const std::string& prefix, FileFacts& out) {
    if (!n.IsMap()) return;
    for (auto it = n.begin(); it != n.end(); ++it) {
      const std::string key = prefix.empty() ? scalar(it->first) : prefix + "." + scalar(it->first);
      if (it->second.IsScalar()) property(key, strip_classpath(it->second.Scalar()), node_location(f, it->first), out);
      else flatten(f, it->second, key, out);
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::JvmPropertiesScanner;
ATSCAN_REGISTER_SCANNER(JvmPropertiesScanner);
