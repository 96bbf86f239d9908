#include "scanners/pipeline/file_kind.h"

#include <cstdint>
#include <cstring>

namespace atscan {

bool looks_binary(std::string_view content) {
  return content.substr(0, 8192).find('\0') != std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  while (i < n) {
    // Source code is mostly ASCII: 16 bytes at a time while no byte has its high bit set (every
    // file the walk keeps is checked, and byte by byte this was a tenth of a large tree's scan).
    while (i + 16 <= n) {
      std::uint64_t a, b;
      std::memcpy(&a, s.data() + i, 8);
      std::memcpy(&b, s.data() + i + 8, 8);
      if ((a | b) & kHigh) break;
      i += 16;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    if (c == 0xC0 || c == 0xC1 || c > 0xF4) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

}  // namespace atscan
