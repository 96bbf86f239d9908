#pragma once
// Digests through OpenSSL EVP.
#include <string>
#include <string_view>

namespace atscan {

std::string sha256_hex(std::string_view data);
std::string sha256_raw(std::string_view data);

}  // namespace atscan
