#pragma once
// Strings numbered 0, 1, 2… in the order they were first added, found again through an open-addressing
// table. The flow solver looks up millions of keys while it builds its graph; with std::unordered_map
// each lookup chased a bucket, a node and the key's heap text (three cache misses), and those finds were
// most of the graph's build time. Here a probe reads one 8-byte slot holding part of the hash, and the
// text only when that part matches. Keys are stored once, at stable addresses.
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace atscan {

class StringIndex {
 public:
  // Room for `n` keys without growing.
  void reserve(size_t n) {
    size_t want = 16;
    while (want < n * 2) want <<= 1;
    if (want > slots_.size()) rehash(want);
  }

  // The number of `key`, or -1 when it was never added.
  int find(std::string_view key) const {
    if (slots_.empty()) return -1;
    const size_t h = std::hash<std::string_view>{}(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id < 0) return -1;
      if (s.tag == tag && keys_[static_cast<size_t>(s.id)] == key) return s.id;
    }
  }
  bool contains(std::string_view key) const { return find(key) >= 0; }

  // The number of `key`, adding it (with the next number) when it is new; `added` says which.
  int insert(std::string_view key, bool* added = nullptr) {
    if ((keys_.size() + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const size_t h = std::hash<std::string_view>{}(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id < 0) break;
      if (s.tag == tag && keys_[static_cast<size_t>(s.id)] == key) {
        if (added) *added = false;
        return s.id;
      }
    }
    const int id = static_cast<int>(keys_.size());
    keys_.emplace_back(key);
    hashes_.push_back(h);
    slots_[i] = Slot{tag, id};
    if (added) *added = true;
    return id;
  }

  // The key of number `id` (stays at this address for the index's lifetime).
  const std::string& key(int id) const { return keys_[static_cast<size_t>(id)]; }
  size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    std::uint32_t tag = 0;  // the hash's high half: most mismatches end here, without the key's text
    int id = -1;            // -1 = empty
  };
  void rehash(size_t n) {
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (size_t id = 0; id < keys_.size(); ++id) {
      size_t i = hashes_[id] & mask_;
      while (slots_[i].id >= 0) i = (i + 1) & mask_;
      slots_[i] = Slot{static_cast<std::uint32_t>(hashes_[id] >> 32), static_cast<int>(id)};
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::deque<std::string> keys_;
  std::vector<size_t> hashes_;  // by id: growing the table does not hash every key again
};

}  // namespace atscan
