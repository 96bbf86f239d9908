// Android network security config (res/xml/*.xml with <network-security-config>):
// <pin-set> (expiration, backup pin), <trust-anchors> without src="system", overridePins, user
// certificates, <domain-config> domains as endpoints, and whether AndroidManifest.xml references it
// (and makes the app debuggable, which puts <debug-overrides> in force).
#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <utility>

#include "core/util/safe_read.h"
#include "scanners/config/config_text.h"
#include "core/util/input_log.h"

namespace atscan::config {
namespace {
namespace fs = std::filesystem;

struct ConfigScope {
  std::string id;                 // object of this config's endpoints
  std::string anchors_owner;      // object of the trust-anchors in effect ("" = platform default)
  std::string pins_owner;         // object of the pin-set in effect
  bool pins_overridden = false;   // overridePins="true" on the system anchors in effect
};

class AndroidNetworkSecurityScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-android-nsc"; }

  bool wants(const SourceFile& f) const override {
    if (!ends_with_ci(f.path, ".xml")) return false;
    // Any name works once the manifest points at it; the root element tells.
    return f.path.find("res/xml/") != std::string::npos || f.content.find("<network-security-config") != std::string_view::npos;
  }

  // The manifest beside res/ and the files in res/raw/ decide what this file means.
  bool reads_other_files(const SourceFile&) const override { return true; }
  bool bypasses_prefilter(const SourceFile& f) const override {
    return f.content.find("network-security-config") != std::string_view::npos;
  }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    if (f.content.find("network-security-config") == std::string_view::npos) return;  // another res/xml file
    pugi::xml_document doc;
    auto res = doc.load_buffer(f.content.data(), f.content.size(), pugi::parse_default);
    if (!res) {
      auto lc = line_col(f.content, static_cast<size_t>(res.offset));
      notes.push_back({f.path, "skipped: malformed XML at line " + std::to_string(lc.line) + ": " + res.description(), "warning"});
      return;
    }
    if (!doc.child("network-security-config")) return;
    file_ = &f;
    out_ = &out;
    notes_ = &notes;
    too_deep_noted_ = false;
    const size_t first_fact = out.trust.size();
    const Manifest manifest = read_manifest();
    // One document normally; a file holding several (concatenated examples) gets each judged.
    for (auto root : doc.children("network-security-config")) {
      ConfigScope platform;  // the platform default: system anchors, no pins
      ConfigScope base = platform;
      if (auto b = root.child("base-config")) base = config(b, platform, "base-config");
      std::uint64_t n = 0;
      for (auto dc : root.children("domain-config")) domain_config(dc, base, ++n, 1);
      // <debug-overrides> apply to debuggable builds only: not what ships, unless the manifest itself
      // says android:debuggable="true" (then every build is debuggable).
      if (auto dbg = root.child("debug-overrides"); dbg && manifest.debuggable)
        if (auto ta = dbg.child("trust-anchors")) debug_trust_anchors(ta);
    }
    check_manifest(manifest, first_fact);
  }

 private:
  Location loc(const pugi::xml_node& node) const {
    auto lc = line_col(file_->content, static_cast<size_t>(node.offset_debug()));
    return at(*file_, lc.line, lc.column);
  }

  void use(const std::string& from, const std::string& to, const pugi::xml_node& where, const char* why) {
    if (from.empty() || from == to) return;
    out_->uses.push_back({from, to, loc(where), why});
  }

  // Nesting deeper than any real config is not followed: recursion must stay bounded on hostile input.
  static constexpr int kMaxNesting = 32;

  void domain_config(const pugi::xml_node& dc, const ConfigScope& parent, std::uint64_t ordinal, int depth) {
    if (depth > kMaxNesting) {
      if (std::exchange(too_deep_noted_, true)) return;
      notes_->push_back({file_->path, "<domain-config> nested deeper than " + std::to_string(kMaxNesting) + " levels: the deeper ones are not read", "warning"});
      return;
    }
    std::string first_domain = trim(dc.child("domain").text().get());
    std::string id = "domain-config:" + (first_domain.empty() ? std::to_string(ordinal) : first_domain);
    ConfigScope scope = config(dc, parent, id);
    for (auto d : dc.children("domain")) {
      std::string host = trim(d.text().get());
      if (host.empty()) continue;
      // includeSubdomains covers bucket.s3.amazonaws.com under s3.amazonaws.com: same host class.
      out_->endpoints.push_back(endpoint_fact(id, host, "<domain>", loc(d)));
    }
    use(scope.anchors_owner, id, dc, "<trust-anchors> applied to this <domain-config>");
    use(scope.pins_owner, id, dc, "<pin-set> applied to this <domain-config>");
    std::uint64_t n = 0;  // unsigned: wraps instead of overflowing on deep nesting
    for (auto child : dc.children("domain-config")) domain_config(child, scope, ordinal * 100 + ++n, depth + 1);
  }

  // One <base-config> or <domain-config>: its own trust-anchors and pin-set, or the inherited ones.
  ConfigScope config(const pugi::xml_node& el, const ConfigScope& parent, const std::string& id) {
    ConfigScope s = parent;
    s.id = id;
    if (auto ta = el.child("trust-anchors")) {
      s.anchors_owner = id + "#trust-anchors";
      s.pins_overridden = trust_anchors(ta, s.anchors_owner);
    }
    if (auto ps = el.child("pin-set")) {
      // Android's parser throws on a second <pin-set> in one config: the app cannot load the file, so no
      // connection that uses it gets through. Every pin-set of such a config says so.
      int count = 0;
      for (auto other : el.children("pin-set")) count += other ? 1 : 0;
      std::string refused;
      if (count > 1) refused = "Android refuses the whole config: more than one <pin-set> in one <" + std::string(el.name()) + ">";
      if (pin_set(ps, id + "#pin-set", s.pins_overridden, refused)) s.pins_owner = id + "#pin-set";
      else s.pins_owner.clear();
      int n = 0;
      for (auto other : el.children("pin-set"))
        if (n++ > 0) pin_set(other, id + "#pin-set", false, refused);
    }
    return s;
  }

  // <certificates src="user">: any CA a user or device policy installs is trusted; with
  // overridePins="true" such a CA also bypasses the pins.
  void user_certificates(const pugi::xml_node& c, const std::string& object, const char* where) {
    std::string api = std::string("<certificates src=\"user\"") + (c.attribute("overridePins").as_bool(false) ? " overridePins=\"true\"" : "") + ">";
    api += where;
    out_->trust.push_back(trust_fact(kUserCa, TrustKind::user_ca_trusted, api, object, "user", loc(c)));
  }

  // <debug-overrides> in a debuggable release: its anchors are added to every configuration.
  void debug_trust_anchors(const pugi::xml_node& ta) {
    const std::string object = "debug-overrides#trust-anchors";
    for (auto c : ta.children("certificates")) {
      const std::string src = c.attribute("src").value();
      if (src == "user") user_certificates(c, object, " in <debug-overrides> of a debuggable app");
      else if (src != "system") {
        auto t = trust_fact(kCustomCa, TrustKind::bundle_added, "<certificates src=\"" + src + "\"> in <debug-overrides>", object,
                            resolve_raw(src), loc(c));
        t.values = {src};
        out_->trust.push_back(std::move(t));
      }
    }
  }

  // Returns whether pins are overridden for chains to the system anchors.
  bool trust_anchors(const pugi::xml_node& ta, const std::string& object) {
    bool has_system = false, override_system = false;
    for (auto c : ta.children("certificates")) {
      const std::string src = c.attribute("src").value();
      if (src == "system") {
        has_system = true;
        override_system = c.attribute("overridePins").as_bool(false);
      }
      if (src == "user") user_certificates(c, object, "");
    }
    bool custom = false;
    for (auto c : ta.children("certificates")) {
      const std::string src = c.attribute("src").value();
      if (src == "system") continue;
      const std::string api = "<certificates src=\"" + src + "\">";
      if (src == "user") continue;  // reported above; alone they replace the system anchors (handled below)
      custom = true;
      auto t = trust_fact(kCustomCa, has_system ? TrustKind::bundle_added : TrustKind::bundle_path, api, object,
                          resolve_raw(src), loc(c));
      t.values = {src};
      out_->trust.push_back(std::move(t));
    }
    if (!has_system && !custom)
      out_->trust.push_back(trust_fact(kSystemReplaced, TrustKind::system_trust_replaced,
                                       "<trust-anchors> without src=\"system\"", object, "", loc(ta)));
    return override_system;
  }

  // Returns whether the pin-set applies (not overridden). Its expiration goes into the fact: whether
  // it has passed is the judge's decision, on the run's clock.
  bool pin_set(const pugi::xml_node& ps, const std::string& object, bool overridden, const std::string& refused = {}) {
    std::vector<std::string> pins;
    for (auto p : ps.children("pin")) {
      std::string v = trim(p.text().get());
      if (!v.empty()) pins.push_back(v);
    }
    if (pins.empty()) return false;
    const std::string expiration = trim(ps.attribute("expiration").value());
    const std::string value = expiration.empty() ? "" : "expiration=" + expiration;
    if (overridden && refused.empty()) {
      notes_->push_back({file_->path, "line " + std::to_string(loc(ps).line) +
                                          ": <pin-set> is bypassed by overridePins=\"true\" on the system trust anchors", "note"});
      return false;
    }
    std::string api = "<pin-set>";
    if (pins.size() == 1) api += " without a backup pin";
    auto t = trust_fact(kPinning, TrustKind::pin_set, api, object, value, loc(ps));
    t.values = std::move(pins);
    t.declared_pins = true;  // <pin> says so: a value that does not read is a malformed pin (Android refuses the file)
    t.refused = refused;
    t.expiration = expiration;
    out_->trust.push_back(std::move(t));
    return true;
  }

  // "@raw/my_ca" → the res/raw/my_ca.* file in the tree (path relative to the scan root), else the reference.
  std::string resolve_raw(const std::string& src) const {
    if (src.rfind("@raw/", 0) != 0) return src;
    const std::string name = src.substr(5);
    const auto at_res = file_->path.rfind("res/xml/");
    if (at_res == std::string::npos) return src;
    const fs::path raw_dir = fs::path(file_->abs_path).parent_path().parent_path() / "raw";
    std::error_code ec;
    std::vector<std::string> hits;
    note_input_path(raw_dir);
    for (auto it = fs::directory_iterator(raw_dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (it->path().stem() == name) hits.push_back(it->path().filename().string());
    if (hits.empty()) return src;
    std::sort(hits.begin(), hits.end());
    return file_->path.substr(0, at_res) + "res/raw/" + hits.front();
  }

  struct Manifest {
    bool found = false;
    bool debuggable = false;     // android:debuggable="true" on <application>
    std::string config_ref;      // android:networkSecurityConfig
  };

  // The manifest next to res/ (res/xml/<config>.xml → AndroidManifest.xml beside res/).
  Manifest read_manifest() const {
    Manifest m;
    if (file_->path.rfind("res/xml/") == std::string::npos) return m;
    const fs::path manifest = fs::path(file_->abs_path).parent_path().parent_path().parent_path() / "AndroidManifest.xml";
    // Read like any scanned file: a FIFO or a link out of the tree must not block or leak.
    note_input_path(manifest);
    const SafeReadResult read = read_file_safely(manifest, SafeReadOptions{.max_bytes = 4u << 20, .root = scan_root_of(*file_)});
    if (!read.ok()) return m;
    pugi::xml_document doc;
    if (!doc.load_buffer(read.data.data(), read.data.size())) return m;
    auto app = doc.child("manifest").child("application");
    m.found = true;
    m.debuggable = app.attribute("android:debuggable").as_bool(false);
    m.config_ref = app.attribute("android:networkSecurityConfig").value();
    return m;
  }

  // The manifest decides which config is in effect.
  void check_manifest(const Manifest& m, size_t first_fact) {
    if (!m.found) return;
    const auto at_res = file_->path.rfind("res/xml/");
    const std::string& ref = m.config_ref;
    const std::string self = "@xml/" + fs::path(file_->path).stem().string();
    if (ref == self) return;
    const std::string manifest_rel = file_->path.substr(0, at_res) + "AndroidManifest.xml";
    notes_->push_back({file_->path, "not referenced by " + manifest_rel +
                                        (ref.empty() ? " (it names no networkSecurityConfig)" : " (it names " + ref + ")") +
                                        ": these settings are not in effect", "note"});
    for (size_t i = first_fact; i < out_->trust.size(); ++i) out_->trust[i].confidence = "low";
  }

  const SourceFile* file_ = nullptr;
  FileFacts* out_ = nullptr;
  std::vector<ScanNote>* notes_ = nullptr;
  bool too_deep_noted_ = false;
};

}  // namespace
}  // namespace atscan::config

using atscan::config::AndroidNetworkSecurityScanner;
ATSCAN_REGISTER_SCANNER(AndroidNetworkSecurityScanner);
