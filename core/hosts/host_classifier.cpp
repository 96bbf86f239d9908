// Placeholder classifier (issue 3 replaces it): profile regexes against the bare host.
#include "core/hosts/host_classifier.h"

#include <regex>

namespace atscan {

std::string_view to_string(EndpointClass c) {
  switch (c) {
    case EndpointClass::s3: return "S3";
    case EndpointClass::cloudfront: return "CloudFront";
    case EndpointClass::other: return "other";
    case EndpointClass::unknown: return "unknown";
  }
  return "unknown";
}

struct HostClassifier::Impl {
  std::shared_ptr<const Profile> profile;
  std::vector<std::pair<std::regex, const HostPattern*>> patterns;
};

HostClassifier::HostClassifier(std::shared_ptr<const Profile> profile) : impl_(std::make_unique<Impl>()) {
  impl_->profile = std::move(profile);
  for (const auto& h : impl_->profile->hosts)
    impl_->patterns.emplace_back(std::regex(h.regex, std::regex::icase | std::regex::ECMAScript), &h);
}
HostClassifier::~HostClassifier() = default;

HostMatch HostClassifier::classify(std::string_view input) const {
  HostMatch m;
  std::string s(input);
  if (auto p = s.find("://"); p != std::string::npos) s = s.substr(p + 3);
  s = s.substr(0, s.find_first_of("/:?#"));
  if (auto at = s.rfind('@'); at != std::string::npos) s = s.substr(at + 1);
  m.host = s;
  if (s.empty() || s.find('.') == std::string::npos) return m;
  for (const auto& [re, h] : impl_->patterns)
    if (std::regex_match(s, re)) {
      m.cls = h->endpoint_class == "s3" ? EndpointClass::s3 : h->endpoint_class == "cloudfront" ? EndpointClass::cloudfront : EndpointClass::other;
      m.tag = h->tag;
      m.impact = h->impact;
      return m;
    }
  m.cls = EndpointClass::other;
  return m;
}

}  // namespace atscan
