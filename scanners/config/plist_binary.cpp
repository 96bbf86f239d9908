// bplist00 reader: trailer, offset table, and the object kinds Info.plist uses (dict, array,
// ASCII/UTF-16 strings, bools, ints, reals, data, dates). Every read is bounds-checked; cycles and
// deep nesting are refused.
#include <cstdint>
#include <cstring>

#include "scanners/config/plist_value.h"

namespace atscan::config {
namespace {

constexpr int kMaxDepth = 64;
// Arrays and dicts may share children, so a tiny file can expand to billions of values: the copy of
// the tree is capped by objects made and by string bytes copied.
constexpr std::uint64_t kMaxObjects = 1u << 18;
constexpr std::uint64_t kMaxCopiedBytes = 64u << 20;

class BinaryPlist {
 public:
  explicit BinaryPlist(std::string_view b) : b_(b) {
    if (b.size() < 8 + 32) throw PlistError("binary plist is too short (" + std::to_string(b.size()) + " bytes)");
    const size_t t = b.size() - 32;
    offset_size_ = byte(t + 6);
    ref_size_ = byte(t + 7);
    num_objects_ = be(t + 8, 8);
    top_ = be(t + 16, 8);
    table_ = be(t + 24, 8);
    if (offset_size_ < 1 || offset_size_ > 8 || ref_size_ < 1 || ref_size_ > 8)
      throw PlistError("binary plist trailer has invalid integer sizes");
    if (num_objects_ == 0 || top_ >= num_objects_) throw PlistError("binary plist trailer names no valid top object");
    if (table_ < 8 || table_ >= t || num_objects_ > (t - table_) / offset_size_)
      throw PlistError("binary plist offset table lies outside the file");
  }

  PlistValue top() { return object(top_, 0); }

 private:
  std::uint8_t byte(size_t at) const {
    if (at >= b_.size()) throw PlistError("binary plist: read past the end at offset " + std::to_string(at));
    return static_cast<std::uint8_t>(b_[at]);
  }

  std::uint64_t be(size_t at, size_t n) const {
    std::uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v = (v << 8) | byte(at + i);
    return v;
  }

  size_t offset_of(std::uint64_t obj) const {
    if (obj >= num_objects_) throw PlistError("binary plist: object reference " + std::to_string(obj) + " out of range");
    const std::uint64_t off = be(static_cast<size_t>(table_ + obj * offset_size_), offset_size_);
    if (off < 8 || off >= table_) throw PlistError("binary plist: object offset out of range");
    return static_cast<size_t>(off);
  }

  // The count in a marker's low nibble, or the int object that follows when it is 0xF.
  std::uint64_t count(size_t& at, std::uint8_t marker) const {
    std::uint64_t n = marker & 0x0F;
    ++at;
    if (n != 0x0F) return n;
    const std::uint8_t m = byte(at);
    if ((m & 0xF0) != 0x10) throw PlistError("binary plist: bad length marker");
    const size_t size = size_t{1} << (m & 0x0F);
    if (size > 8) throw PlistError("binary plist: length integer too large");
    n = be(at + 1, size);
    at += 1 + size;
    return n;
  }

  PlistValue object(std::uint64_t ref, int depth) {
    if (depth > kMaxDepth) throw PlistError("binary plist nests deeper than " + std::to_string(kMaxDepth) + " levels (a cycle?)");
    if (++objects_ > kMaxObjects)
      throw PlistError("binary plist expands to more than " + std::to_string(kMaxObjects) + " values (shared children)");
    size_t at = offset_of(ref);
    const std::uint8_t m = byte(at);
    PlistValue v;
    switch (m >> 4) {
      case 0x0:
        if (m == 0x08 || m == 0x09) {
          v.type = PlistValue::Type::boolean;
          v.boolean = m == 0x09;
        }
        return v;
      case 0x1: {
        const size_t size = size_t{1} << (m & 0x0F);
        if (size > 16) throw PlistError("binary plist: integer too large");
        v.type = PlistValue::Type::integer;
        v.integer = static_cast<long long>(be(at + 1 + (size > 8 ? size - 8 : 0), size > 8 ? 8 : size));
        return v;
      }
      case 0x2: {
        const size_t size = size_t{1} << (m & 0x0F);
        v.type = PlistValue::Type::real;
        if (size == 8) {
          std::uint64_t bits = be(at + 1, 8);
          double d;
          std::memcpy(&d, &bits, 8);
          // Out of range (or NaN) a conversion to integer is undefined behaviour: keep 0 then.
          if (d > -9.2e18 && d < 9.2e18) v.integer = static_cast<long long>(d);
        }
        return v;
      }
      case 0x3: v.type = PlistValue::Type::date; return v;
      case 0x4: {
        const std::uint64_t n = count(at, m);
        check_span(at, n);
        charge(n);
        v.type = PlistValue::Type::data;
        v.text = std::string(b_.substr(at, static_cast<size_t>(n)));
        return v;
      }
      case 0x5: {
        const std::uint64_t n = count(at, m);
        check_span(at, n);
        charge(n);
        v.type = PlistValue::Type::string;
        v.text = std::string(b_.substr(at, static_cast<size_t>(n)));
        return v;
      }
      case 0x6: {
        const std::uint64_t n = count(at, m);
        check_span(at, n * 2);
        charge(n * 2);
        v.type = PlistValue::Type::string;
        v.text = utf16be_to_utf8(at, static_cast<size_t>(n));
        return v;
      }
      case 0x8: v.type = PlistValue::Type::uid; return v;
      case 0xA: {
        const std::uint64_t n = count(at, m);
        check_span(at, n * ref_size_);
        v.type = PlistValue::Type::array;
        for (std::uint64_t i = 0; i < n; ++i) v.array.push_back(object(be(static_cast<size_t>(at + i * ref_size_), ref_size_), depth + 1));
        return v;
      }
      case 0xD: {
        const std::uint64_t n = count(at, m);
        check_span(at, n * 2 * ref_size_);
        v.type = PlistValue::Type::dict;
        for (std::uint64_t i = 0; i < n; ++i) {
          PlistValue key = object(be(static_cast<size_t>(at + i * ref_size_), ref_size_), depth + 1);
          if (key.type != PlistValue::Type::string) throw PlistError("binary plist: dictionary key is not a string");
          PlistValue val = object(be(static_cast<size_t>(at + (n + i) * ref_size_), ref_size_), depth + 1);
          v.dict.push_back({std::move(key.text), std::move(val)});
        }
        return v;
      }
      default: throw PlistError("binary plist: unknown object marker 0x" + hex(m));
    }
  }

  void charge(std::uint64_t bytes) {
    copied_ += bytes;
    if (copied_ > kMaxCopiedBytes)
      throw PlistError("binary plist expands to more than " + std::to_string(kMaxCopiedBytes) + " bytes of strings (shared children)");
  }

  void check_span(size_t at, std::uint64_t n) const {
    if (n > b_.size() || at + n > b_.size()) throw PlistError("binary plist: object runs past the end of the file");
  }

  static std::string hex(std::uint8_t m) {
    const char* d = "0123456789abcdef";
    return {d[m >> 4], d[m & 0xF]};
  }

  std::string utf16be_to_utf8(size_t at, size_t n) const {
    std::string out;
    for (size_t i = 0; i < n; ++i) {
      std::uint32_t c = static_cast<std::uint32_t>(be(at + 2 * i, 2));
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
        std::uint32_t lo = static_cast<std::uint32_t>(be(at + 2 * (i + 1), 2));
        if (lo >= 0xDC00 && lo < 0xE000) {
          c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
          ++i;
        }
      }
      if (c < 0x80) out += static_cast<char>(c);
      else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) { out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F)); }
      else { out += static_cast<char>(0xF0 | (c >> 18)); out += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F)); }
    }
    return out;
  }

  std::string_view b_;
  size_t offset_size_ = 0, ref_size_ = 0;
  std::uint64_t num_objects_ = 0, top_ = 0, table_ = 0;
  std::uint64_t objects_ = 0, copied_ = 0;
};

}  // namespace

bool is_binary_plist(std::string_view bytes) { return bytes.substr(0, 6) == "bplist"; }

PlistValue read_binary_plist(std::string_view bytes) {
  if (bytes.substr(0, 8) != "bplist00") throw PlistError("not a bplist00 file");
  return BinaryPlist(bytes).top();
}

}  // namespace atscan::config
