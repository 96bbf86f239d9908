#pragma once
// Pin values in every form clients write them, reduced to a digest plus what it is a digest of.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atscan {

enum class PinTarget {
  spki,         // explicitly a public-key pin (curl sha256//, OkHttp sha256/ sha1/, HPKP, Android)
  certificate,  // explicitly a certificate fingerprint
  either,       // a bare value: base64 is usually SPKI, hex usually a certificate hash; both are tried
};

struct Pin {
  std::string original;  // as written
  std::string form;      // "curl", "OkHttp", "HPKP", "Android", "base64", "hex"
  std::string digest;    // raw bytes: 32 (SHA-256) or 20 (SHA-1)
  PinTarget target = PinTarget::either;
  bool prefer_certificate = false;  // hex fingerprints name certificates first
};

struct PinParseResult {
  std::vector<Pin> pins;
  std::vector<std::string> errors;     // values that are not pins
  std::vector<std::string> malformed;  // written as pins (a pin prefix, an Android <pin>) but not a digest of that kind
  std::string expiration;           // from an Android pin-set `expiration="…"`, if present
};

// Each input may hold one pin or a list (curl "a;b", an HPKP header, an Android <pin-set>).
// `declared`: every input is known to be a pin, so one that does not read is malformed rather than an error.
PinParseResult parse_pins(const std::vector<std::string>& inputs, bool declared = false);
std::optional<Pin> parse_pin(std::string_view token);
// Whether the token announces itself as a pin (sha256//, sha256/, sha1/, pin-sha256=, pin-sha1=).
bool has_pin_prefix(std::string_view token);

}  // namespace atscan
