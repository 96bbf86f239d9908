#pragma once
// URL or host strings → S3 / CloudFront / other / unknown, with the profile's tag.
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/profile/profile.h"

namespace atscan {

enum class EndpointClass { s3, cloudfront, other, unknown };
std::string_view to_string(EndpointClass c);

struct HostMatch {
  EndpointClass cls = EndpointClass::unknown;  // unknown: not a resolvable host (a variable, empty)
  std::string host;    // the bare host extracted from the input (lowercase; placeholders shown as "*")
  std::string tag;     // profile tag (S3-CORE, CF-DEFAULT, S3-WEBSITE-HTTP-ONLY, …)
  std::string impact;  // affected | not-affected | verify-separately | "" for other
  std::string scheme;  // "https", "http", … ("" when the input had none)
  bool templated = false;  // the host had placeholders ({bucket}, ${x}, %s) matched as wildcards
  bool affected() const { return impact == "affected"; }
};

// Splits a URL or host into its bare host: scheme, userinfo, port, path, IPv6 brackets, trailing
// dot and case removed; placeholders become "*" labels. Exposed for tests.
struct ParsedHost {
  std::string scheme;
  std::string host;
  bool ip_literal = false;
  bool templated = false;
  bool fully_placeholder = false;
  bool valid = false;  // looks like a host name at all
};
ParsedHost parse_host(std::string_view url_or_host);

class HostClassifier {
 public:
  explicit HostClassifier(std::shared_ptr<const Profile> profile);
  // `compiled`: regex → its full-match database compiled earlier (LinearRegex::serialize_full), for
  // patterns a build step compiled; a pattern without one is compiled on first use.
  HostClassifier(std::shared_ptr<const Profile> profile, const std::map<std::string, std::string_view>& compiled);
  ~HostClassifier();
  HostMatch classify(std::string_view url_or_host) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
