// Amanda's S3 device: the SSL_CA_INFO device property is the CA file libcurl verifies S3 with, in
// amanda.conf (`device-property "SSL_CA_INFO" "/etc/amanda/ca.pem"`, also in a device or changer
// block) and through the Perl API (`$dev->property_set('SSL_CA_INFO', $path)`). The device talks to S3:
// each setting comes with an implied S3 endpoint.
#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// The first quoted string at or after `from` ('…' or "…"), with where it starts; nullopt-like (npos) when none.
size_t quoted_at(std::string_view line, size_t from, std::string& value) {
  const size_t q = line.find_first_of("'\"", from);
  if (q == std::string_view::npos) return q;
  const size_t close = line.find(line[q], q + 1);
  if (close == std::string_view::npos) return std::string_view::npos;
  value = std::string(line.substr(q + 1, close - q - 1));
  return q;
}

class AmandaDeviceScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-amanda-device"; }

  bool wants(const SourceFile& f) const override {
    const std::string base = basename(f.path);
    const bool perl = ends_with_ci(base, ".pl") || ends_with_ci(base, ".pm") || ends_with_ci(base, ".t");
    const bool conf = ends_with_ci(base, ".conf") || base == "amanda.conf";
    return (perl || conf) && f.content.find("SSL_CA_INFO") != std::string_view::npos;
  }
  bool bypasses_prefilter(const SourceFile& f) const override { return f.content.find("SSL_CA_INFO") != std::string_view::npos; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      const size_t key = line.find("SSL_CA_INFO");
      if (key == std::string_view::npos) continue;
      const std::string before = lower(line.substr(0, key));
      const size_t code = before.find_first_not_of(" \t");
      if (code != std::string::npos && before[code] == '#') continue;  // a comment
      const bool setting = before.find("property_set") != std::string::npos || before.find("device-property") != std::string::npos ||
                           before.find("device_property") != std::string::npos;
      if (!setting) continue;
      // The value: the next quoted string after the property name's closing quote.
      std::string value;
      const size_t name_end = line.find_first_of("'\"", key);
      if (name_end == std::string_view::npos) continue;
      const size_t q = quoted_at(line, name_end + 1, value);
      if (q == std::string_view::npos || value.empty()) continue;
      // One object per setting line: the device it configures talks to S3 (an implied endpoint).
      const Location where = at(f, n, static_cast<int>(q) + 1, n, static_cast<int>(q + value.size()) + 3);
      const std::string device = "amanda S3 device@" + std::to_string(n);
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "Amanda S3 device SSL_CA_INFO", device, value, where));
      out.endpoints.push_back(endpoint_fact(device, "s3.amazonaws.com", "Amanda S3 device", where, true));
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::AmandaDeviceScanner;
ATSCAN_REGISTER_SCANNER(AmandaDeviceScanner);
