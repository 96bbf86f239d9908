// Profile host regexes, each compiled on first use as a linear-time pattern. Each pattern is guarded by the literal
// suffix it must end with (read off the regex), and most hosts are decided by that check alone.
#include "core/hosts/host_classifier.h"

#include "core/util/linear_regex.h"
#include <mutex>
#include <vector>

namespace atscan {
namespace {

// The literal text a pattern's matches must end with ("s3.amazonaws.com"), or "" if none is certain.
std::string literal_suffix(const std::string& re) {
  int depth = 0;
  for (size_t i = 0; i < re.size(); ++i) {
    if (re[i] == '\\') ++i;
    else if (re[i] == '(') ++depth;
    else if (re[i] == ')') --depth;
    else if (re[i] == '|' && depth == 0) return {};  // top-level alternation: no common suffix known
  }
  size_t end = re.size();
  if (end && re[end - 1] == '$') --end;
  else return {};  // unanchored: anything may follow
  std::string rev;
  size_t i = end;
  while (i > 0) {
    const char c = re[i - 1];
    const bool escaped = i >= 2 && re[i - 2] == '\\';
    if (c == '.' && escaped) {
      rev += '.';
      i -= 2;
    } else if (!escaped && (std::isalnum(static_cast<unsigned char>(c)) || c == '-')) {
      rev += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      --i;
    } else {
      break;
    }
  }
  return std::string(rev.rbegin(), rev.rend());
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// Values tried for '*' placeholders: a bucket-like label, a region, an account id, an access point.
constexpr const char* kFillers[] = {"bucket", "us-east-1", "123456789012", "ap-123456789012"};

}  // namespace

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
  struct Compiled {
    const HostPattern* pattern;
    std::string suffix;
    // Compiled on the first host that ends with the suffix: the profile loader has already checked
    // every pattern, and a process that classifies a host or two (a clang-tidy TU) compiles only those.
    std::string_view compiled;  // a database compiled at build time, if any
    mutable std::once_flag once;
    mutable std::unique_ptr<LinearRegex> re;
    const LinearRegex& regex() const {
      std::call_once(once, [&] {
        re = std::make_unique<LinearRegex>(pattern->regex, LinearRegex::Options{.caseless = true});
        if (!compiled.empty()) re->adopt_full(compiled);
      });
      return *re;
    }
  };
  std::shared_ptr<const Profile> profile;
  std::vector<std::unique_ptr<Compiled>> patterns;
  bool all_have_suffix = true;

  const HostPattern* match(const std::string& host) const {
    for (const auto& c : patterns) {
      if (!c->suffix.empty() && !ends_with(host, c->suffix)) continue;
      if (c->regex().full_match(host)) return c->pattern;
    }
    return nullptr;
  }

  bool could_match(const std::string& host) const {
    if (!all_have_suffix) return true;
    for (const auto& c : patterns)
      if (ends_with(host, c->suffix)) return true;
    return false;
  }
};

HostClassifier::HostClassifier(std::shared_ptr<const Profile> profile) : HostClassifier(std::move(profile), {}) {}

HostClassifier::HostClassifier(std::shared_ptr<const Profile> profile, const std::map<std::string, std::string_view>& compiled)
    : impl_(std::make_unique<Impl>()) {
  impl_->profile = std::move(profile);
  for (const auto& h : impl_->profile->hosts) {
    auto c = std::make_unique<Impl::Compiled>();
    c->pattern = &h;
    if (auto it = compiled.find(h.regex); it != compiled.end()) c->compiled = it->second;
    c->suffix = literal_suffix(h.regex);
    impl_->all_have_suffix = impl_->all_have_suffix && !c->suffix.empty();
    impl_->patterns.push_back(std::move(c));
  }
}
HostClassifier::~HostClassifier() = default;

HostMatch HostClassifier::classify(std::string_view input) const {
  HostMatch m;
  ParsedHost p = parse_host(input);
  m.host = p.host;
  m.scheme = p.scheme;
  m.templated = p.templated;
  if (!p.valid || p.fully_placeholder) return m;  // a variable, an expression, nothing
  if (p.ip_literal) {
    m.cls = EndpointClass::other;
    return m;
  }
  if (p.host.find('.') == std::string::npos && p.scheme.empty()) return m;  // a bare word: not a host we can judge
  m.cls = EndpointClass::other;

  const HostPattern* hit = nullptr;
  if (!p.templated) {
    if (impl_->could_match(p.host)) hit = impl_->match(p.host);
  } else {
    // Try fillers for the placeholders: all the same first, then every mix for up to 3 of them.
    std::vector<size_t> stars;
    for (size_t i = 0; i < p.host.size(); ++i)
      if (p.host[i] == '*') stars.push_back(i);
    const size_t k = stars.size(), n = std::size(kFillers);
    size_t combos = 1;
    for (size_t i = 0; i < k && i < 3; ++i) combos *= n;
    for (size_t combo = 0; combo < combos && !hit; ++combo) {
      std::string h;
      size_t last = 0, code = combo;
      for (size_t s = 0; s < k; ++s) {
        h += p.host.substr(last, stars[s] - last);
        h += kFillers[k <= 3 ? code % n : combo % n];
        if (k <= 3) code /= n;
        last = stars[s] + 1;
      }
      h += p.host.substr(last);
      if (impl_->could_match(h)) hit = impl_->match(h);
    }
  }
  if (!hit) return m;
  m.cls = hit->endpoint_class == "s3" ? EndpointClass::s3 : hit->endpoint_class == "cloudfront" ? EndpointClass::cloudfront
                                                                                                   : EndpointClass::other;
  m.tag = hit->tag;
  m.impact = hit->impact;
  // Plain HTTP never sees a certificate: a CA change cannot break it.
  if (m.scheme == "http" && m.impact == "affected") m.impact = "not-affected";
  return m;
}

}  // namespace atscan
