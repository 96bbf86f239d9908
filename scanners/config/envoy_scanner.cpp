// Envoy (YAML or JSON): upstream TLS in clusters — validation_context trusted_ca (filename,
// inline_string, inline_bytes), verify_certificate_spki / _hash (leaf-only pins),
// trust_chain_verification: ACCEPT_UNTRUSTED — linked to the cluster's socket addresses and SNI.
// Listener (downstream) validation contexts check client certificates and are not about S3.
#include "scanners/config/config_text.h"
#include "scanners/config/yaml_nodes.h"

namespace atscan::config {
namespace {

std::string base64_decode(std::string_view in) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buf = 0;
  int bits = 0;
  for (char c : in) {
    auto v = kAlphabet.find(c);
    if (v == std::string::npos) continue;  // padding, whitespace
    buf = (buf << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buf >> bits) & 0xFF);
    }
  }
  return out;
}

class EnvoyScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-envoy"; }

  bool wants(const SourceFile& f) const override {
    if (!(ends_with_ci(f.path, ".yaml") || ends_with_ci(f.path, ".yml") || ends_with_ci(f.path, ".json"))) return false;
    return f.content.find("clusters") != std::string_view::npos &&
           (f.content.find("validation_context") != std::string_view::npos || f.content.find("trusted_ca") != std::string_view::npos);
  }

  bool bypasses_prefilter(const SourceFile&) const override { return true; }  // wants() already checked the content

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    std::vector<ScanNote> yaml_notes;
    auto docs = load_yaml(f, yaml_notes);
    if (!docs) {
      // The generic YAML front-end reports YAML errors; JSON is ours alone.
      if (ends_with_ci(f.path, ".json")) {
        for (auto& n : yaml_notes)
          if (auto p = n.message.find("YAML"); p != std::string::npos) n.message.replace(p, 4, "JSON");
        notes.insert(notes.end(), yaml_notes.begin(), yaml_notes.end());
      }
      return;
    }
    file_ = &f;
    out_ = &out;
    for (const auto& d : docs->documents()) find_clusters(d);
  }

 private:
  void find_clusters(const YamlNode& n) {
    if (n.IsMap()) {
      for (auto it = n.begin(); it != n.end(); ++it) {
        // A copy: it->second lives in a temporary proxy, too short for a range-for.
        const YamlNode v = it->second;
        if (scalar(it->first) == "clusters" && v.IsSequence()) {
          for (const auto& c : v)
            if (c.IsMap()) cluster(c);
        } else {
          find_clusters(v);
        }
      }
    } else if (n.IsSequence()) {
      for (const auto& item : n) find_clusters(item);
    }
  }

  void cluster(const YamlNode& c) {
    const std::string name = scalar(c["name"]);
    const std::string obj = "cluster:" + (name.empty() ? std::to_string(c.Mark().line + 1) : name);
    inside(c, obj);
  }

  void inside(const YamlNode& n, const std::string& obj) {
    if (n.IsSequence()) {
      for (const auto& item : n) inside(item, obj);
      return;
    }
    if (!n.IsMap()) return;
    for (auto it = n.begin(); it != n.end(); ++it) {
      const std::string key = scalar(it->first);
      const YamlNode v = it->second;
      if ((key == "validation_context" || key == "default_validation_context") && v.IsMap()) validation(v, obj);
      else if (key == "socket_address" && v.IsMap() && v["address"] && v["address"].IsScalar())
        out_->endpoints.push_back(endpoint_fact(obj, v["address"].Scalar(), "socket_address", node_location(*file_, v["address"])));
      else if (key == "sni" && v.IsScalar())
        out_->endpoints.push_back(endpoint_fact(obj, v.Scalar(), "sni", node_location(*file_, v)));
      else inside(v, obj);
    }
  }

  void validation(const YamlNode& vc, const std::string& obj) {
    if (const YamlNode ca = vc["trusted_ca"]; ca && ca.IsMap()) {
      const Location l = node_location(*file_, ca);
      if (auto fn = scalar(ca["filename"]); !fn.empty())
        out_->trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "trusted_ca filename", obj, fn, node_location(*file_, ca["filename"])));
      else if (auto pem = scalar(ca["inline_string"]); !pem.empty())
        out_->trust.push_back(trust_fact(kEmbedded, TrustKind::embedded_pem, "trusted_ca inline_string", obj, pem, node_location(*file_, ca["inline_string"])));
      else if (auto b64 = scalar(ca["inline_bytes"]); !b64.empty())
        out_->trust.push_back(trust_fact(kEmbedded, TrustKind::embedded_der, "trusted_ca inline_bytes", obj, base64_decode(b64), node_location(*file_, ca["inline_bytes"])));
      else if (auto env = scalar(ca["environment_variable"]); !env.empty())
        out_->trust.push_back(trust_fact(kCustomCa, TrustKind::unresolved, "trusted_ca environment_variable", obj, env, l));
    }
    for (auto it = vc.begin(); it != vc.end(); ++it) {
      const std::string key = scalar(it->first);
      const YamlNode pins = it->second;
      if (key != "verify_certificate_spki" && key != "verify_certificate_hash") continue;
      if (!pins.IsSequence() || pins.size() == 0) continue;
      auto t = trust_fact(kPinning, TrustKind::pin_set, key, obj, "", node_location(*file_, it->first));
      for (const auto& p : pins)
        if (p.IsScalar()) t.values.push_back(p.Scalar());
      t.leaf_only_pins = true;  // Envoy compares these with the leaf certificate only
      out_->trust.push_back(std::move(t));
    }
    if (scalar(vc["trust_chain_verification"]) == "ACCEPT_UNTRUSTED")
      out_->trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "trust_chain_verification: ACCEPT_UNTRUSTED", obj,
                                       "ACCEPT_UNTRUSTED", node_location(*file_, vc["trust_chain_verification"])));
  }

  const SourceFile* file_ = nullptr;
  FileFacts* out_ = nullptr;
};

}  // namespace
}  // namespace atscan::config

using atscan::config::EnvoyScanner;
ATSCAN_REGISTER_SCANNER(EnvoyScanner);
