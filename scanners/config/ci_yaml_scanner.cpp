// YAML that sets environments or runs commands: docker compose, Kubernetes manifests and Helm values,
// GitHub Actions, GitLab CI. One walk over the tree finds
//   - known variables as map keys (`env:`, `environment:`, `variables:`, Helm values),
//   - `name:`/`value:` pairs (Kubernetes env), `NAME=value` list items (compose),
//   - scripts under run/script/before_script/after_script, and command/args/entrypoint argv lists,
//   - keys that skip certificate verification (kubeconfig, APIService, Prometheus-style tls_config).
#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/env_settings.h"
#include "scanners/config/yaml_nodes.h"

namespace atscan::config {
namespace {

bool is_script_key(const std::string& k) {
  return k == "run" || k == "script" || k == "before_script" || k == "after_script" || k == "pre_build" ||
         k == "post_build" || k == "commands";
}

bool is_argv_key(const std::string& k) { return k == "command" || k == "args" || k == "entrypoint"; }

// Keys that turn certificate verification off wherever they appear: kubeconfig clusters
// (insecure-skip-tls-verify), Kubernetes APIService specs (insecureSkipTLSVerify), Prometheus / Loki /
// Grafana Agent tls_config (insecure_skip_verify), Traefik serversTransport (insecureSkipVerify).
bool is_skip_verify_key(const std::string& k) {
  return k == "insecure-skip-tls-verify" || k == "insecureSkipTLSVerify" || k == "insecure_skip_verify" ||
         k == "insecureSkipVerify";
}

class CiYamlScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-ci-yaml"; }

  bool wants(const SourceFile& f) const override { return ends_with_ci(f.path, ".yml") || ends_with_ci(f.path, ".yaml"); }

  bool bypasses_prefilter(const SourceFile& f) const override { return mentions_trust_settings(f.content); }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    auto docs = load_yaml(f, notes);
    if (!docs) return;
    for (const auto& d : docs->documents()) walk(f, d, "", out);
  }

 private:
  void scalar_script(const SourceFile& f, const YamlNode& v, FileFacts& out) {
    script_facts(f, v.Scalar(), scalar_origin(f, v), out);
  }

  void argv(const SourceFile& f, const YamlNode& map, FileFacts& out) {
    ShellCommand words;
    for (const char* k : {"entrypoint", "command", "args"}) {
      const YamlNode v = map[k];
      if (!v || !v.IsSequence()) continue;
      for (const auto& item : v) {
        if (!item.IsScalar()) continue;
        ShellWord w;
        w.text = item.Scalar();
        auto o = scalar_origin(f, item);
        w.line = w.end_line = o.line;
        w.column = o.column;
        w.end_column = o.column + static_cast<int>(w.text.size());
        words.push_back(std::move(w));
      }
    }
    if (!words.empty()) command_facts(f, words, out);
  }

  // compose `volumes:` that bind a folder of the tree into the container (./certs:/etc/ssl/custom:ro, or
  // {type: bind, source: ./certs, target: /certs}): a container path under the target is that tree file.
  static void volumes(const SourceFile& f, const YamlNode& list, FileFacts& out) {
    for (const auto& item : list) {
      std::string source, target;
      YamlNode at = item;
      if (item.IsScalar()) {
        const std::string& spec = item.Scalar();
        const auto colon = spec.find(':');
        if (colon == std::string::npos) continue;
        source = spec.substr(0, colon);
        target = spec.substr(colon + 1, spec.find(':', colon + 1) == std::string::npos ? std::string::npos : spec.find(':', colon + 1) - colon - 1);
      } else if (item.IsMap() && scalar(item["type"]) == "bind") {
        source = scalar(item["source"]);
        target = scalar(item["target"]);
        at = item["source"];
      }
      // Only folders of the tree: a relative host path; named volumes and host system paths are not in it.
      if (source.rfind("./", 0) != 0 && source.rfind("../", 0) != 0 && source != ".") continue;
      if (target.empty() || target[0] != '/') continue;
      out.flows.producers.push_back({flow::ProducerKind::volume, source, target, node_location(f, at)});
    }
  }

  void walk(const SourceFile& f, const YamlNode& n, const std::string& parent_key, FileFacts& out) {
    if (n.IsMap()) {
      // Kubernetes env entry: {name: X, value: Y}.
      const std::string ename = scalar(n["name"]);
      if (!ename.empty() && n["value"] && n["value"].IsScalar())
        env_assignment_facts(f, ename, n["value"].Scalar(), node_location(f, n["value"]), "", out);
      bool argv_done = false;
      for (auto it = n.begin(); it != n.end(); ++it) {
        const std::string key = scalar(it->first);
        const YamlNode v = it->second;
        if (v.IsScalar()) {
          if (env_assignment_facts(f, key, v.Scalar(), node_location(f, it->first), "", out)) continue;
          if (is_skip_verify_key(key)) {
            if (is_truthy(v.Scalar()))
              out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, key + ": " + v.Scalar(), "", v.Scalar(),
                                             node_location(f, it->first)));
            continue;
          }
          if (is_script_key(key) || is_argv_key(key)) scalar_script(f, v, out);
          continue;
        }
        if (v.IsMap() && v["value"] && v["value"].IsScalar()) {
          // GitLab `variables: {X: {value: …, description: …}}`.
          if (env_assignment_facts(f, key, v["value"].Scalar(), node_location(f, it->first), "", out)) continue;
        }
        if (v.IsSequence() && key == "volumes") {
          volumes(f, v, out);
          continue;
        }
        if (v.IsSequence() && is_script_key(key)) {
          for (const auto& item : v)
            if (item.IsScalar()) scalar_script(f, item, out);
            else walk(f, item, key, out);
          continue;
        }
        if (v.IsSequence() && is_argv_key(key)) {
          if (!argv_done) argv(f, n, out);
          argv_done = true;
          continue;
        }
        walk(f, v, key, out);
      }
      return;
    }
    if (n.IsSequence()) {
      for (const auto& item : n) {
        if (item.IsScalar()) {
          // compose `environment: [NAME=value]`.
          std::string name, value;
          if (split_assignment(item.Scalar(), name, value))
            env_assignment_facts(f, name, value, node_location(f, item), "", out);
        } else {
          walk(f, item, parent_key, out);
        }
      }
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::CiYamlScanner;
ATSCAN_REGISTER_SCANNER(CiYamlScanner);
