#include "scanners/treesitter/marks.h"

#include <cctype>
#include <vector>

namespace atscan::ts {
namespace {

std::string_view text_of(TSNode n, std::string_view source) {
  const uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (b > e || e > source.size()) return {};
  return source.substr(b, e - b);
}

bool is_name(std::string_view t) {
  if (t.empty() || std::isdigit(static_cast<unsigned char>(t[0]))) return false;
  for (char c : t)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$')) return false;
  return true;
}

}  // namespace

bool Marks::add(const std::string& mark, TSNode node, std::string_view source) {
  bool fresh = nodes_[mark].insert({ts_node_start_byte(node), ts_node_end_byte(node)}).second;
  if (auto t = text_of(node, source); is_name(t)) fresh = names_[mark].insert(std::string(t)).second || fresh;
  return fresh;
}

bool Marks::holds(TSNode node, const std::string& mark, std::string_view source) const {
  if (file_.count(mark)) return true;
  auto ranges = nodes_.find(mark);
  if (ranges == nodes_.end()) return false;
  auto names = names_.find(mark);
  // Iterative walk: deep expressions must not exhaust the stack.
  std::vector<TSNode> todo{node};
  while (!todo.empty()) {
    TSNode n = todo.back();
    todo.pop_back();
    if (ranges->second.count({ts_node_start_byte(n), ts_node_end_byte(n)})) return true;
    const uint32_t count = ts_node_named_child_count(n);
    if (count == 0) {
      if (names != names_.end() && names->second.count(std::string(text_of(n, source)))) return true;
      continue;
    }
    for (uint32_t i = 0; i < count; ++i) todo.push_back(ts_node_named_child(n, i));
  }
  return false;
}

}  // namespace atscan::ts
