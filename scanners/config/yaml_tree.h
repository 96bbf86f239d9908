#pragma once
// A YAML stream as a small tree of our own, built in one pass over yaml-cpp's parser events.
//
// yaml-cpp's own nodes (YAML::LoadAll) cost two thirds of the YAML front-ends' time, and LoadAll needs a
// first pass of its own to be safe (a malformed stream can make it yield empty documents forever):
// building from the events does both in one pass and keeps each node to a kind, a position, its text
// and its children. The names (IsMap, Scalar, Mark, operator[], first/second when iterating a map) are
// yaml-cpp's, with its meaning, so a front-end reads as it did on YAML::Node:
//   - a lookup of a key that is not there gives an undefined node (false), as on a const YAML::Node;
//   - `null`, `~` and empty values are null nodes (not scalars; Scalar() is "");
//   - an alias is the node its anchor names (shared, not copied), so walks that follow aliases must be
//     bounded (load_yaml in yaml_nodes.h checks the whole stream once).
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atscan::config {

struct YamlData {
  enum class Kind : std::uint8_t { null, scalar, sequence, map };
  Kind kind = Kind::null;
  YAML::Mark mark;
  std::string text;                     // a scalar's value
  std::vector<const YamlData*> kids;    // a sequence's items; a map's key, value, key, value, …
};

class YamlNode {
 public:
  YamlNode() = default;  // undefined
  explicit YamlNode(const YamlData* d) : data_(d) {}

  explicit operator bool() const { return data_ != nullptr; }
  bool IsMap() const { return data_ && data_->kind == YamlData::Kind::map; }
  bool IsSequence() const { return data_ && data_->kind == YamlData::Kind::sequence; }
  bool IsScalar() const { return data_ && data_->kind == YamlData::Kind::scalar; }
  bool IsNull() const { return data_ && data_->kind == YamlData::Kind::null; }
  const std::string& Scalar() const;
  YAML::Mark Mark() const { return data_ ? data_->mark : YAML::Mark::null_mark(); }
  // The value of a map's first scalar key equal to `key`; undefined for a missing key or a non-map.
  YamlNode operator[](std::string_view key) const;
  // Items of a sequence, pairs of a map, 0 otherwise.
  std::size_t size() const;

  // What iterating gives: for a sequence, the item itself; for a map, `first` (key) and `second` (value).
  struct Item;
  class iterator;
  iterator begin() const;
  iterator end() const;

 private:
  const YamlData* data_ = nullptr;
};

struct YamlNode::Item : YamlNode {
  YamlNode first, second;
};

class YamlNode::iterator {
 public:
  using value_type = Item;
  using difference_type = std::ptrdiff_t;
  using reference = const Item&;
  using pointer = const Item*;
  using iterator_category = std::forward_iterator_tag;

  iterator() = default;
  iterator(const YamlData* d, std::size_t at) : data_(d), at_(at) { load(); }
  reference operator*() const { return item_; }
  pointer operator->() const { return &item_; }
  iterator& operator++() {
    at_ += step();
    load();
    return *this;
  }
  bool operator==(const iterator& o) const { return data_ == o.data_ && at_ == o.at_; }

 private:
  std::size_t step() const { return data_ && data_->kind == YamlData::Kind::map ? 2 : 1; }
  void load();
  const YamlData* data_ = nullptr;
  std::size_t at_ = 0;
  Item item_;
};

// Every document of one stream, and the nodes they are made of (a YamlNode points into them).
class YamlStream {
 public:
  YamlStream() : nodes_(std::make_unique<std::deque<YamlData>>()) {}
  const std::vector<YamlNode>& documents() const { return documents_; }

  // Builds the stream; throws YAML::Exception (with its mark) where yaml-cpp's parser does, and
  // YamlStreamError when the stream cannot be loaded safely (see load_yaml).
  static YamlStream parse(std::string_view text, int max_documents);

 private:
  friend class YamlBuilder;
  std::unique_ptr<std::deque<YamlData>> nodes_;  // a deque: items keep their address as it grows
  std::vector<YamlNode> documents_;
};

// A stream that parses but cannot be loaded: `what()` is the note's text ("skipped: …").
struct YamlStreamError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace atscan::config
