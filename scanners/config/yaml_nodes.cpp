#include "scanners/config/yaml_nodes.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>

#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// Aliases share nodes, so a few lines (`b: [*a, *a, …]` eight levels deep) expand to millions of
// nodes for every walk that follows them. The walks in the YAML front-ends follow aliases; this budget
// of nodes visited, aliases expanded, bounds all of them at once, and the depth cap bounds their recursion.
constexpr size_t kMaxExpandedNodes = 200000;
constexpr int kMaxDepth = 200;

// Whether the tree under `n` (aliases expanded) stays within the budget; `left` counts down.
bool within_budget(const YAML::Node& n, size_t& left, int depth) {
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

// yaml-cpp's LoadAll never ends on some malformed streams: a ',' where a block node starts is a
// token no rule consumes, so every call yields another empty document at the same place, and memory
// grows until the process dies. A first pass with a handler that builds nothing finds that (a document
// that starts where the previous one started) and caps the document count; only then are nodes built.
class DocumentCounter : public YAML::EventHandler {
 public:
  int last_start = -1;
  bool stuck = false;
  void OnDocumentStart(const YAML::Mark& mark) override {
    stuck = mark.pos == last_start;
    last_start = mark.pos;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

constexpr int kMaxDocuments = 10000;

// Empty when the stream can be loaded; otherwise why not (YAML::Exception for syntax errors passes).
std::string unloadable(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentCounter counter;
  for (int docs = 0; parser.HandleNextDocument(counter);) {
    if (counter.stuck) {
      const auto line = std::count(text.begin(), text.begin() + std::min<size_t>(static_cast<size_t>(std::max(counter.last_start, 0)), text.size()), '\n');
      return "skipped: malformed YAML at line " + std::to_string(line + 1) + ": a token no YAML rule accepts (a ',' outside a flow collection?)";
    }
    if (++docs > kMaxDocuments) return "skipped: more than " + std::to_string(kMaxDocuments) + " YAML documents in one file";
  }
  return "";
}

}  // namespace

std::optional<std::vector<YAML::Node>> load_yaml(const SourceFile& file, std::vector<ScanNote>& notes) {
  try {
    const std::string text(file.content);
    if (auto why = unloadable(text); !why.empty()) {
      notes.push_back({file.path, why, "warning"});
      return std::nullopt;
    }
    std::vector<YAML::Node> docs = YAML::LoadAll(text);
    size_t left = kMaxExpandedNodes;
    for (const auto& d : docs) {
      if (!within_budget(d, left, 0)) {
        notes.push_back({file.path, "skipped: YAML too large or too deep once aliases are expanded (more than " +
                                        std::to_string(kMaxExpandedNodes) + " nodes or " + std::to_string(kMaxDepth) + " levels)",
                         "warning"});
        return std::nullopt;
      }
    }
    return docs;
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

Location node_location(const SourceFile& file, const YAML::Node& node) {
  const auto m = node.Mark();
  if (m.line < 0) return at(file, 0, 0);
  return at(file, m.line + 1, m.column + 1);
}

TextOrigin scalar_origin(const SourceFile& file, const YAML::Node& node) {
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

std::string scalar(const YAML::Node& node) {
  return node && node.IsScalar() ? node.Scalar() : std::string();
}

}  // namespace atscan::config
