#pragma once
// Base64 for certificate work: strict decoding (standard and URL-safe alphabets, whitespace skipped)
// so "bad base64" is reported rather than silently repaired.
#include <optional>
#include <string>
#include <string_view>

namespace atscan {

// Decodes standard or URL-safe base64; ASCII whitespace (including CR/LF) is ignored. Padding is
// optional. Any other character, or a length that cannot be base64, gives nullopt.
std::optional<std::string> base64_decode(std::string_view text);
std::string base64_encode(std::string_view bytes);
// True when every non-whitespace character is in the base64 alphabet (cheap pre-check).
bool looks_base64(std::string_view text);

}  // namespace atscan
