#include "core/filters/shard.h"

#include <charconv>

namespace atscan {

std::optional<Shard> parse_shard(std::string_view text, std::string& error) {
  auto slash = text.find('/');
  auto number = [](std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
  };
  Shard s;
  if (slash == std::string_view::npos || !number(text.substr(0, slash), s.index) || !number(text.substr(slash + 1), s.count)) {
    error = "--shard: expected I/N (for example 1/4), got '" + std::string(text) + "'";
    return std::nullopt;
  }
  if (s.count < 1 || s.index < 1 || s.index > s.count) {
    error = "--shard: I must be between 1 and N, and N at least 1 (got '" + std::string(text) + "')";
    return std::nullopt;
  }
  return s;
}

std::uint64_t stable_path_hash(std::string_view rel_path) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : rel_path) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

bool in_shard(std::string_view rel_path, const Shard& shard) {
  if (!shard.active()) return true;
  return static_cast<int>(stable_path_hash(rel_path) % static_cast<std::uint64_t>(shard.count)) == shard.index - 1;
}

}  // namespace atscan
