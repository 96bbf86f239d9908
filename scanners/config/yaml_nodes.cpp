#include "scanners/config/yaml_nodes.h"

#include <yaml-cpp/exceptions.h>

#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// Aliases share nodes, so a few lines (`b: [*a, *a, …]` eight levels deep) expand to millions of
// nodes for every walk that follows them. The walks in the YAML front-ends follow aliases; this budget
// of nodes visited, aliases expanded, bounds all of them at once, and the depth cap bounds their recursion.
constexpr size_t kMaxExpandedNodes = 200000;
constexpr int kMaxDepth = 200;

// Whether the tree under `n` (aliases expanded) stays within the budget; `left` counts down.
bool within_budget(const YamlNode& n, size_t& left, int depth) {
  if (left == 0 || depth > kMaxDepth) return false;
  --left;
  if (n.IsSequence()) {
    for (const auto& c : n)
      if (!within_budget(c, left, depth + 1)) return false;
  } else if (n.IsMap()) {
    for (const auto& kv : n)
      if (!within_budget(kv.first, left, depth + 1) || !within_budget(kv.second, left, depth + 1)) return false;
  }
  return true;
}

// yaml-cpp's parser never ends on some malformed streams: a ',' where a block node starts is a token no
// rule consumes, so every call yields another empty document at the same place. YamlStream::parse
// stops there, and after this many documents.
constexpr int kMaxDocuments = 10000;

}  // namespace

std::optional<YamlStream> load_yaml(const SourceFile& file, std::vector<ScanNote>& notes) {
  try {
    YamlStream docs = YamlStream::parse(file.content, kMaxDocuments);
    size_t left = kMaxExpandedNodes;
    for (const auto& d : docs.documents()) {
      if (!within_budget(d, left, 0)) {
        notes.push_back({file.path, "skipped: YAML too large or too deep once aliases are expanded (more than " +
                                        std::to_string(kMaxExpandedNodes) + " nodes or " + std::to_string(kMaxDepth) + " levels)",
                         "warning"});
        return std::nullopt;
      }
    }
    return docs;
  } catch (const YamlStreamError& e) {
    notes.push_back({file.path, e.what(), "warning"});
  } catch (const YAML::Exception& e) {
    // Helm chart templates and other Go-templated YAML are not YAML until rendered: say so quietly.
    const bool templated = file.content.find("{{") != std::string_view::npos;
    notes.push_back({file.path,
                     std::string(templated ? "skipped: templated YAML (Go/Helm template), not parsable before rendering; at line "
                                           : "skipped: malformed YAML at line ") +
                         std::to_string(e.mark.line + 1) + ": " + e.msg,
                     templated ? "note" : "warning"});
  } catch (const std::exception& e) {
    notes.push_back({file.path, std::string("skipped: malformed YAML: ") + e.what(), "warning"});
  }
  return std::nullopt;
}

Location node_location(const SourceFile& file, const YamlNode& node) {
  const auto m = node.Mark();
  if (m.line < 0) return at(file, 0, 0);
  return at(file, m.line + 1, m.column + 1);
}

TextOrigin scalar_origin(const SourceFile& file, const YamlNode& node) {
  const auto m = node.Mark();
  TextOrigin o;
  if (m.pos < 0 || static_cast<size_t>(m.pos) >= file.content.size()) return o;
  const char c = file.content[static_cast<size_t>(m.pos)];
  o.line = m.line + 1;
  o.column = m.column + 1;
  if (c == '|' || c == '>') {
    // Block scalar: the text starts on the next line, indented.
    o.block = true;
    size_t nl = file.content.find('\n', static_cast<size_t>(m.pos));
    while (nl != std::string_view::npos && nl + 1 < file.content.size()) {
      size_t b = nl + 1;
      size_t first = file.content.find_first_not_of(' ', b);
      if (first == std::string_view::npos) break;
      if (file.content[first] != '\n' && file.content[first] != '\r') {
        o.indent = static_cast<int>(first - b);
        break;
      }
      nl = file.content.find('\n', b);
    }
  } else if (c == '"' || c == '\'') {
    o.column += 1;
  }
  return o;
}

std::string scalar(const YamlNode& node) {
  return node && node.IsScalar() ? node.Scalar() : std::string();
}

}  // namespace atscan::config
