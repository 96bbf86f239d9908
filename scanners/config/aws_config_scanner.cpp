// AWS shared config (~/.aws/config): ca_bundle per profile, endpoint_url as the profile's endpoint.
#include <sstream>

#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"
#include "scanners/config/ini_reader.h"

namespace atscan::config {
namespace {

Location entry_loc(const SourceFile& f, const IniEntry& e) { return at(f, e.line, e.column, e.line, e.end_column); }

class AwsConfigScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-aws"; }
  bool wants(const SourceFile& f) const override {
    return ends_with_ci(f.path, ".aws/config") || f.path == "aws/config" || ends_with_ci(f.path, "/aws/config") ||
           basename(f.path) == "aws_config";
  }
  bool bypasses_prefilter(const SourceFile&) const override { return true; }
  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    for (const auto& e : read_ini(f.content).entries) {
      std::string profile = e.section;
      if (profile.rfind("profile ", 0) == 0) profile = trim(profile.substr(8));
      const std::string obj = "profile:" + profile;
      const std::string key = lower(e.key);
      if (key == "ca_bundle" && !e.value.empty()) {
        out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, "ca_bundle", obj, e.value, entry_loc(f, e)));
        out.trust.back().governs_aws = true;  // every AWS SDK and the CLI read it for every service
      }
      else if (key == "endpoint_url" && !e.value.empty())
        out.endpoints.push_back(endpoint_fact(obj, e.value, "endpoint_url", entry_loc(f, e)));
      else if (key == "s3") {
        // Nested service settings: "s3 =\n  endpoint_url = …".
        std::istringstream lines(e.value);
        for (std::string l; std::getline(lines, l);) {
          auto eq = l.find('=');
          if (eq != std::string::npos && trim(l.substr(0, eq)) == "endpoint_url")
            out.endpoints.push_back(endpoint_fact(obj, trim(l.substr(eq + 1)), "s3 endpoint_url", entry_loc(f, e)));
        }
      }
    }
    // Every profile talks to AWS; S3 is what this analyzer cares about, but the profile alone does not say.
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::AwsConfigScanner;
ATSCAN_REGISTER_SCANNER(AwsConfigScanner);
