#pragma once
// `--shard i/n`: a deterministic split of the walked files by a stable hash of the relative path, so a CI
// matrix of n jobs scans each file exactly once and `atscan merge` joins the SARIF outputs.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atscan {

struct Shard {
  int index = 1;  // 1-based, as CI matrices count (GitLab CI_NODE_INDEX)
  int count = 1;  // 1 = no sharding
  bool active() const { return count > 1; }
};

// "2/4" → {2, 4}. On bad input returns nullopt and sets `error` to a one-line reason.
std::optional<Shard> parse_shard(std::string_view text, std::string& error);

// FNV-1a 64 of the '/'-separated relative path: identical on every platform and run.
std::uint64_t stable_path_hash(std::string_view rel_path);

bool in_shard(std::string_view rel_path, const Shard& shard);

}  // namespace atscan
