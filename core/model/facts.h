#pragma once
// Facts: what front-ends find, with no policy. The judge turns them into findings.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/flow/flow_records.h"
#include "core/model/location.h"

namespace atscan {

// How a client's trust is configured.
enum class TrustKind {
  bundle_path,        // a CA file or directory path that replaces system trust (value = path)
  bundle_added,       // a CA file added to system trust (NODE_EXTRA_CA_CERTS, CURLSSLOPT_NATIVE_CA): safe
  embedded_pem,       // PEM text in code or config (value = the PEM, unescaped)
  embedded_der,       // DER bytes (value = raw bytes)
  keystore,           // a Java keystore / PKCS#12 path (value = path)
  pin_set,            // pins (values = the pins in their original form)
  system_trust_replaced,  // a custom store with no call that keeps the system defaults
  verify_disabled,    // certificate verification turned off
  hostname_check_disabled,
  custom_verify_callback, // a callback replaces or augments verification (pinning or accept-all)
  user_ca_trusted,    // CAs a user or device policy installs are trusted (Android src="user")
  unresolved,         // trust set from a value we cannot resolve statically
};

std::string_view to_string(TrustKind k);
std::optional<TrustKind> parse_trust_kind(std::string_view s);

// A constant a verification callback compares certificates with: the names or digests it accepts.
struct CallbackConstant {
  std::string field;  // "issuer" | "subject" (a name the code reads: contains/equals) | "fingerprint" (hex digest)
  std::string value;
  bool operator==(const CallbackConstant&) const = default;
};

struct TrustFact {
  std::string rule_id;         // the catalog rule the front-end matched (ats-…)
  TrustKind kind = TrustKind::unresolved;
  std::string api;             // e.g. "CURLOPT_CAINFO", "requests verify=", "<pin-set>"
  std::string object;          // the variable/field/config object it applies to ("" = file scope)
  std::string value;           // path, PEM or DER bytes, or the raw expression text
  std::vector<std::string> values;  // pins and the like
  int verify_depth = 0;        // 0 = library default
  bool leaf_only_pins = false; // pins compared with the leaf only (curl PINNEDPUBLICKEY, Envoy)
  bool declared_pins = false;  // every value is a pin (an Android <pin>): one that does not read is malformed, not unknown
  std::string refused;         // why the client refuses the whole configuration that holds these pins ("" = it loads)
  std::string expiration;      // pin sets with a date, YYYY-MM-DD (Android <pin-set expiration>, TrustKit TSKExpirationDate)
  std::vector<CallbackConstant> callback_constants;  // custom_verify_callback: what its body accepts (any of them)
  Location location;
  std::vector<Location> value_origins;  // where the value was defined (macro, constant)
  std::vector<Location> value_locations;  // where each of `values` is written, in order, when the front-end
                                          // knows (a pin per line of a list); empty otherwise
  std::string confidence = "high";
  flow::Value value_flow;      // the value as an expression the flow solver can follow (kind unknown = none)
  bool governs_aws = false;    // the setting is the AWS SDKs' own CA setting (AWS_CA_BUNDLE, ca_bundle in the
                               // AWS config, an SDK client's CA option): it reaches S3 by definition
  std::string documented_for;  // the line of the comment just above the setting that names its service
                               // ("root CA for TLS authentication with S3"), when one does
  bool operator==(const TrustFact&) const = default;
};

// A host or URL, or an SDK construct that implies one (an S3 client).
struct EndpointFact {
  std::string object;    // the client object that uses it ("" = file scope)
  std::string value;     // URL or host; for implied endpoints, a pseudo host such as "s3.amazonaws.com"
  std::string api;       // e.g. "CURLOPT_URL", "boto3.client('s3')"
  bool implied = false;  // from an SDK construct rather than a literal
  Location location;
  flow::Value value_flow;  // the URL/host as an expression the flow solver can follow (kind unknown = none)
  bool operator==(const EndpointFact&) const = default;
};

// A configured object is used with another (a session passed to a client, an agent given to a request).
struct UseFact {
  std::string from_object;  // the configured thing (trust holder)
  std::string to_object;    // the thing that talks to an endpoint
  Location location;
  std::string message;
  bool operator==(const UseFact&) const = default;
};

// Everything one file (or translation unit) yields.
struct FileFacts {
  std::string file;  // relative path
  std::vector<TrustFact> trust;
  std::vector<EndpointFact> endpoints;
  std::vector<UseFact> uses;
  flow::FileFlows flows;  // how values move in this file (core/flow): the solver joins every file's
  bool is_test_code = false;
  bool operator==(const FileFacts&) const = default;
};

}  // namespace atscan
