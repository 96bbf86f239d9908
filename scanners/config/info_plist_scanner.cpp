// Apple Info.plist (XML or binary): NSAppTransportSecurity → NSPinnedDomains (NSPinnedCAIdentities,
// NSPinnedLeafIdentities with SPKI-SHA256-BASE64) and TrustKit's TSKConfiguration →
// TSKPinnedDomains (TSKPublicKeyHashes, TSKEnforcePinning, TSKExpirationDate). Each pinned domain is an endpoint of its
// own object, so a pin set for an S3/CloudFront domain escalates.
#include "scanners/config/config_text.h"
#include "scanners/config/plist_value.h"

namespace atscan::config {
namespace {

using Type = PlistValue::Type;

class InfoPlistScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-info-plist"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    return base == "Info.plist" || ends_with_ci(base, "-Info.plist") || base == "TrustKit.plist";
  }
  bool accepts_binary(const SourceFile& f) const override { return wants(f); }
  bool bypasses_prefilter(const SourceFile& f) const override { return wants(f); }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>& notes) override {
    PlistValue root;
    const bool binary = is_binary_plist(f.content);
    try {
      root = binary ? read_binary_plist(f.content) : read_xml_plist(f.content);
    } catch (const PlistError& e) {
      notes.push_back({f.path, std::string("skipped: ") + (binary ? "" : "malformed plist: ") + e.what(), "warning"});
      return;
    }
    if (root.type != Type::dict) return;
    if (const auto* ats = root.find("NSAppTransportSecurity"); ats && ats->type == Type::dict)
      if (const auto* pinned = ats->find("NSPinnedDomains"); pinned && pinned->type == Type::dict) apple_pins(f, *pinned, out);
    if (const auto* tsk = root.find("TSKConfiguration"); tsk && tsk->type == Type::dict)
      if (const auto* pinned = tsk->find("TSKPinnedDomains"); pinned && pinned->type == Type::dict) trustkit_pins(f, *pinned, out);
  }

 private:
  static Location loc(const SourceFile& f, const PlistValue& v) { return at(f, v.line, v.line ? 1 : 0); }

  static void pins_fact(const SourceFile& f, const std::string& api, const std::string& obj, std::vector<std::string> pins,
                        bool leaf_only, const PlistValue& where, FileFacts& out, const std::string& expiration = "",
                        std::vector<Location> pin_locations = {}) {
    if (pins.empty()) return;
    auto t = trust_fact(kPinning, TrustKind::pin_set, pins.size() == 1 ? api + " without a backup pin" : api, obj,
                        expiration.empty() ? "" : "TSKExpirationDate=" + expiration, loc(f, where));
    t.values = std::move(pins);
    t.leaf_only_pins = leaf_only;
    t.expiration = expiration;  // whether it has passed is the judge's decision, on the run's clock
    if (pin_locations.size() == t.values.size()) t.value_locations = std::move(pin_locations);
    out.trust.push_back(std::move(t));
  }

  static void apple_pins(const SourceFile& f, const PlistValue& domains, FileFacts& out) {
    for (const auto& [domain, cfg] : domains.dict) {
      if (cfg.type != Type::dict) continue;
      const std::string obj = "pinned-domain:" + domain;
      out.endpoints.push_back(endpoint_fact(obj, domain, "NSPinnedDomains", loc(f, cfg)));
      for (const char* key : {"NSPinnedCAIdentities", "NSPinnedLeafIdentities"}) {
        const auto* ids = cfg.find(key);
        if (!ids || ids->type != Type::array) continue;
        std::vector<std::string> pins;
        for (const auto& id : ids->array)
          if (const auto* spki = id.find("SPKI-SHA256-BASE64"); spki && spki->type == Type::string) pins.push_back(trim(spki->text));
        pins_fact(f, key, obj, std::move(pins), std::string(key) == "NSPinnedLeafIdentities", *ids, out);
      }
    }
  }

  static void trustkit_pins(const SourceFile& f, const PlistValue& domains, FileFacts& out) {
    for (const auto& [domain, cfg] : domains.dict) {
      if (cfg.type != Type::dict) continue;
      const std::string obj = "pinned-domain:" + domain;
      out.endpoints.push_back(endpoint_fact(obj, domain, "TSKPinnedDomains", loc(f, cfg)));
      // TSKEnforcePinning = NO only reports failures: nothing breaks.
      if (const auto* enforce = cfg.find("TSKEnforcePinning"); enforce && enforce->type == Type::boolean && !enforce->boolean) continue;
      const auto* hashes = cfg.find("TSKPublicKeyHashes");
      if (!hashes || hashes->type != Type::array) continue;
      std::vector<std::string> pins;
      std::vector<Location> pin_locations;
      for (const auto& h : hashes->array)
        if (h.type == Type::string) {
          pins.push_back(trim(h.text));
          if (h.line) pin_locations.push_back(loc(f, h));
        }
      // TSKExpirationDate (yyyy-MM-dd): TrustKit stops enforcing the pins after that day.
      std::string expiration;
      if (const auto* exp = cfg.find("TSKExpirationDate"); exp && exp->type == Type::string) expiration = trim(exp->text);
      pins_fact(f, "TSKPublicKeyHashes", obj, std::move(pins), false, *hashes, out, expiration, std::move(pin_locations));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::InfoPlistScanner;
ATSCAN_REGISTER_SCANNER(InfoPlistScanner);
