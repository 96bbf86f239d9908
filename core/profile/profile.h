#pragma once
// A CA migration described as data (rules/profiles/<name>.yaml plus PEM files): which anchors the
// new chains need, which certificates are legacy, the served chains to verify, and host patterns.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace atscan {

struct ProfileCert {
  std::string name;   // "Amazon Root CA 1"
  // anchor | legacy-anchor | cross-sign | intermediate | legacy-root | legacy-intermediate | other-root | lookalike
  std::string role;
  std::string pem;    // the certificate
  std::string file;   // as written in the YAML (relative to it)
  std::string note;   // optional: "removed by Mozilla 2026-04-15"
  // Where the issuer publishes it (https://www.amazontrust.com/repository/AmazonRootCA1.pem): a build
  // step that downloads one of these URLs produces this certificate.
  std::vector<std::string> urls;
  bool operator==(const ProfileCert&) const = default;
};

// The roles a profile certificate may have (docs/profiles.md).
bool is_known_profile_role(const std::string& role);

struct HostPattern {
  std::string regex;          // ECMAScript, matched case-insensitively against the bare host
  std::string tag;            // S3-CORE, CF-DEFAULT, …
  std::string endpoint_class; // s3 | cloudfront | other
  std::string impact;         // affected | not-affected | verify-separately
  bool operator==(const HostPattern&) const = default;
};

// A class of served paths: issuing intermediates a rotation may switch among, and what the server
// sends above each of them. Each target is verified as the end of the chain (the leaf never decides
// which anchor is reached).
struct ServedPathClass {
  std::string name;                  // "RSA 2048 via Amazon Root CA 1"
  bool current = false;              // the service's default certificates use this class today
  std::vector<std::string> targets;  // PEM text of each issuing intermediate
  std::vector<std::string> served;   // PEM text of what the server sends above the intermediate
  std::int64_t check_time = 0;       // 0: the run's clock, kept inside the intermediate's validity
  std::string note;
  bool operator==(const ServedPathClass&) const = default;
};

// A stored leaf chain: an extra check of the profile (verified once against its anchors at
// `check_time`, inside the leaf's validity). When a profile has no `paths`, its chains are the paths.
struct ServedChain {
  std::string name;                 // "S3/CloudFront RSA via M02"
  std::vector<std::string> pems;    // leaf file first, then the files of what the server sends (PEM text)
  std::int64_t check_time = 0;      // unix seconds for verification; 0 = the run's "now" (core/util/clock.h)
  bool operator==(const ServedChain&) const = default;
};

struct Profile {
  std::string id;
  std::string title;
  std::string description;
  std::vector<ProfileCert> certs;
  std::vector<ServedPathClass> paths;
  std::vector<ServedChain> chains;
  std::vector<HostPattern> hosts;
  std::filesystem::path source;  // the YAML it came from
  // Every certificate file read, as written in the YAML (relative to it), in reading order: with the
  // YAML itself, all a profile depends on.
  std::vector<std::string> inputs;
  bool operator==(const Profile&) const = default;

  // Loads a profile YAML (PEM paths relative to it). Throws std::runtime_error naming file:line
  // for syntax errors, unknown keys, missing fields, bad roles/regexes and unreadable PEM files.
  static std::shared_ptr<const Profile> load(const std::filesystem::path& yaml);
  // `name` ("aws-ats") under rules_dir/profiles/.
  static std::shared_ptr<const Profile> load_named(const std::filesystem::path& rules_dir, const std::string& name);
};

}  // namespace atscan
