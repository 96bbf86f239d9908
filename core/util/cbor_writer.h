#pragma once
// A streaming CBOR writer (RFC 8949): maps and arrays of indefinite length, text, integers, booleans.
// The result cache writes each file's facts straight to bytes with it; building a JSON document
// first and converting it was most of the cost of storing a result. nlohmann::json::from_cbor reads
// what it writes.
#include <cstdint>
#include <string_view>
#include <vector>

namespace atscan {

class CborWriter {
 public:
  void begin_map() { out_.push_back(0xBF); }
  void begin_array() { out_.push_back(0x9F); }
  void end() { out_.push_back(0xFF); }  // closes the innermost map or array
  void text(std::string_view s) {
    head(3, s.size());
    out_.insert(out_.end(), s.begin(), s.end());
  }
  void integer(std::int64_t v) {
    if (v >= 0) head(0, static_cast<std::uint64_t>(v));
    else head(1, static_cast<std::uint64_t>(-(v + 1)));
  }
  void boolean(bool b) { out_.push_back(b ? 0xF5 : 0xF4); }
  const std::vector<std::uint8_t>& bytes() const { return out_; }

 private:
  // The major type and its argument, in the shortest form.
  void head(std::uint8_t major, std::uint64_t n) {
    const std::uint8_t m = static_cast<std::uint8_t>(major << 5);
    if (n < 24) {
      out_.push_back(static_cast<std::uint8_t>(m | n));
      return;
    }
    const int bytes = n <= 0xFF ? 1 : n <= 0xFFFF ? 2 : n <= 0xFFFFFFFFull ? 4 : 8;
    out_.push_back(static_cast<std::uint8_t>(m | (bytes == 1 ? 24 : bytes == 2 ? 25 : bytes == 4 ? 26 : 27)));
    for (int i = bytes - 1; i >= 0; --i) out_.push_back(static_cast<std::uint8_t>(n >> (8 * i)));
  }
  std::vector<std::uint8_t> out_;
};

}  // namespace atscan
