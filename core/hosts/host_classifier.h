#pragma once
// URL or host strings → S3 / CloudFront / other / unknown, with the profile's tag.
#include <memory>
#include <string>
#include <string_view>

#include "core/profile/profile.h"

namespace atscan {

enum class EndpointClass { s3, cloudfront, other, unknown };
std::string_view to_string(EndpointClass c);

struct HostMatch {
  EndpointClass cls = EndpointClass::unknown;  // unknown: not a resolvable host (a variable, empty)
  std::string host;    // the bare host extracted from the input
  std::string tag;     // profile tag (S3-CORE, CF-DEFAULT, S3-WEBSITE-HTTP-ONLY, …)
  std::string impact;  // affected | not-affected | verify-separately | "" for other
  bool affected() const { return impact == "affected"; }
};

class HostClassifier {
 public:
  explicit HostClassifier(std::shared_ptr<const Profile> profile);
  ~HostClassifier();
  HostMatch classify(std::string_view url_or_host) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
