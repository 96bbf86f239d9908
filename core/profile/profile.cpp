// Profile loader: strict, because a typo in a migration profile silently weakens every verdict.
#include "core/profile/profile.h"
#include "core/util/linear_regex.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>
#include <stdexcept>

namespace atscan {
namespace fs = std::filesystem;
namespace {

class Loader {
 public:
  explicit Loader(fs::path file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const YAML::Node& at, const std::string& what) const {
    const int line = at.IsDefined() ? at.Mark().line + 1 : 0;
    throw std::runtime_error(file_.string() + ":" + std::to_string(line > 0 ? line : 1) + ": " + what);
  }

  void expect_keys(const YAML::Node& map, std::initializer_list<const char*> allowed, const std::string& where) const {
    if (!map.IsMap()) fail(map, where + " must be a mapping");
    for (const auto& kv : map) {
      const auto key = kv.first.as<std::string>();
      bool ok = false;
      for (const char* a : allowed) ok = ok || key == a;
      if (!ok) {
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.first, "unknown key '" + key + "' in " + where + " (allowed: " + list + ")");
      }
    }
  }

  std::string required(const YAML::Node& map, const char* key, const std::string& where) const {
    const YAML::Node v = map[key];
    if (!v.IsDefined() || v.IsNull()) fail(map, "missing field '" + std::string(key) + "' in " + where);
    if (!v.IsScalar()) fail(v, "'" + std::string(key) + "' in " + where + " must be a string");
    return v.as<std::string>();
  }

  std::string optional(const YAML::Node& map, const char* key) const {
    const YAML::Node v = map[key];
    if (!v.IsDefined() || v.IsNull()) return {};
    if (!v.IsScalar()) fail(v, "'" + std::string(key) + "' must be a string");
    return v.as<std::string>();
  }

  std::string read_pem(const YAML::Node& at, const std::string& rel) {
    inputs_.push_back(rel);
    const fs::path p = file_.parent_path() / rel;
    std::ifstream in(p, std::ios::binary);
    if (!in) fail(at, "cannot read certificate file '" + rel + "' (" + p.string() + ")");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string s = ss.str();
    if (s.find("-----BEGIN CERTIFICATE-----") == std::string::npos) fail(at, "'" + rel + "' holds no PEM certificate");
    return s;
  }

  // A file or a list of files (PEM text each); absent or null is an empty list.
  std::vector<std::string> pem_list(const YAML::Node& node, const std::string& key) {
    std::vector<std::string> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (node.IsScalar()) out.push_back(read_pem(node, node.as<std::string>()));
    else if (node.IsSequence())
      for (const auto& s : node) out.push_back(read_pem(s, s.as<std::string>()));
    else fail(node, "'" + key + "' must be a file or a list of files");
    return out;
  }

  std::int64_t parse_time(const YAML::Node& at, const std::string& s) const {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    const int n = std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se);
    if (n != 3 && n != 6) fail(at, "check_time '" + s + "' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
    struct tm tm {};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = se;
    return static_cast<std::int64_t>(timegm(&tm));
  }

  std::shared_ptr<const Profile> load() {
    YAML::Node doc;
    try {
      doc = YAML::LoadFile(file_.string());
    } catch (const YAML::BadFile&) {
      throw std::runtime_error(file_.string() + ": cannot read profile");
    } catch (const YAML::Exception& e) {
      throw std::runtime_error(file_.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    }
    auto p = std::make_shared<Profile>();
    p->source = file_;
    expect_keys(doc, {"id", "title", "description", "certificates", "paths", "chains", "hosts"}, "the profile");
    p->id = required(doc, "id", "the profile");
    p->title = required(doc, "title", "the profile");
    p->description = optional(doc, "description");

    const YAML::Node certs = doc["certificates"];
    if (!certs.IsDefined() || !certs.IsSequence() || certs.size() == 0)
      fail(doc, "missing field 'certificates' (a non-empty list)");
    std::set<std::string> names;
    for (const auto& c : certs) {
      expect_keys(c, {"name", "role", "file", "note", "urls"}, "a certificate");
      ProfileCert pc;
      pc.name = required(c, "name", "a certificate");
      pc.role = required(c, "role", "certificate '" + pc.name + "'");
      if (!is_known_profile_role(pc.role)) fail(c["role"], "unknown role '" + pc.role + "' for '" + pc.name + "'");
      pc.file = required(c, "file", "certificate '" + pc.name + "'");
      pc.note = optional(c, "note");
      if (const YAML::Node urls = c["urls"]; urls.IsDefined() && !urls.IsNull()) {
        if (!urls.IsSequence()) fail(urls, "'urls' of '" + pc.name + "' must be a list of URLs");
        for (const auto& u : urls) {
          if (!u.IsScalar() || u.as<std::string>().find("://") == std::string::npos)
            fail(u, "'urls' of '" + pc.name + "' holds something that is not a URL");
          pc.urls.push_back(u.as<std::string>());
        }
      }
      if (!names.insert(pc.name).second) fail(c, "duplicate certificate name '" + pc.name + "'");
      pc.pem = read_pem(c["file"], pc.file);
      p->certs.push_back(std::move(pc));
    }

    if (const YAML::Node paths = doc["paths"]; paths.IsDefined() && !paths.IsNull()) {
      if (!paths.IsSequence()) fail(paths, "'paths' must be a list");
      for (const auto& pc : paths) {
        expect_keys(pc, {"class", "current", "targets", "served", "check_time", "note"}, "a path class");
        ServedPathClass sp;
        sp.name = required(pc, "class", "a path class");
        const std::string current = required(pc, "current", "path class '" + sp.name + "'");
        if (current != "true" && current != "false") fail(pc["current"], "'current' must be true or false");
        sp.current = current == "true";
        sp.note = optional(pc, "note");
        sp.targets = pem_list(pc["targets"], "targets");
        if (sp.targets.empty()) fail(pc, "missing field 'targets' in path class '" + sp.name + "'");
        sp.served = pem_list(pc["served"], "served");
        if (const std::string t = optional(pc, "check_time"); !t.empty()) sp.check_time = parse_time(pc["check_time"], t);
        p->paths.push_back(std::move(sp));
      }
    }

    if (const YAML::Node chains = doc["chains"]; chains.IsDefined() && !chains.IsNull()) {
      if (!chains.IsSequence()) fail(chains, "'chains' must be a list");
      for (const auto& ch : chains) {
        expect_keys(ch, {"name", "leaf", "served", "check_time"}, "a chain");
        ServedChain sc;
        sc.name = required(ch, "name", "a chain");
        sc.pems.push_back(read_pem(ch["leaf"], required(ch, "leaf", "chain '" + sc.name + "'")));
        const YAML::Node served = ch["served"];
        if (!served.IsDefined() || served.IsNull()) {
          // a chain may consist of the leaf alone (the server sends nothing else)
        } else if (served.IsScalar()) sc.pems.push_back(read_pem(served, served.as<std::string>()));
        else if (served.IsSequence())
          for (const auto& s : served) sc.pems.push_back(read_pem(s, s.as<std::string>()));
        else fail(served, "'served' must be a file or a list of files");
        sc.check_time = parse_time(ch["check_time"], required(ch, "check_time", "chain '" + sc.name + "'"));
        p->chains.push_back(std::move(sc));
      }
    }

    if (const YAML::Node hosts = doc["hosts"]; hosts.IsDefined() && !hosts.IsNull()) {
      if (!hosts.IsSequence()) fail(hosts, "'hosts' must be a list");
      for (const auto& h : hosts) {
        expect_keys(h, {"regex", "tag", "class", "impact", "note"}, "a host pattern");
        HostPattern hp;
        hp.regex = required(h, "regex", "a host pattern");
        hp.tag = required(h, "tag", "host pattern '" + hp.regex + "'");
        hp.endpoint_class = required(h, "class", "host pattern '" + hp.regex + "'");
        hp.impact = optional(h, "impact");
        if (hp.impact.empty()) hp.impact = "affected";
        if (hp.endpoint_class != "s3" && hp.endpoint_class != "cloudfront" && hp.endpoint_class != "other")
          fail(h["class"], "class must be s3, cloudfront or other, not '" + hp.endpoint_class + "'");
        if (hp.impact != "affected" && hp.impact != "not-affected" && hp.impact != "verify-separately")
          fail(h["impact"], "impact must be affected, not-affected or verify-separately, not '" + hp.impact + "'");
        try {
          LinearRegex test(hp.regex, LinearRegex::Options{.caseless = true});
        } catch (const std::invalid_argument& e) {
          fail(h["regex"], "bad regex '" + hp.regex + "': " + e.what());
        }
        p->hosts.push_back(std::move(hp));
      }
    }
    p->inputs = std::move(inputs_);
    return p;
  }

 private:
  fs::path file_;
  std::vector<std::string> inputs_;
};

}  // namespace

bool is_known_profile_role(const std::string& role) {
  static const std::set<std::string> roles{"anchor",      "legacy-anchor", "cross-sign", "intermediate", "legacy-root",
                                           "legacy-intermediate", "other-root", "lookalike"};
  return roles.count(role) > 0;
}

std::shared_ptr<const Profile> Profile::load(const fs::path& yaml) { return Loader(yaml).load(); }

std::shared_ptr<const Profile> Profile::load_named(const fs::path& rules_dir, const std::string& name) {
  auto path = rules_dir / "profiles" / (name + ".yaml");
  if (!fs::exists(path)) throw std::runtime_error("unknown profile '" + name + "' (" + path.string() + ")");
  return load(path);
}

}  // namespace atscan
