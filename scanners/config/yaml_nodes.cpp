#include "scanners/config/yaml_nodes.h"

#include "scanners/config/config_text.h"

namespace atscan::config {

std::optional<std::vector<YAML::Node>> load_yaml(const SourceFile& file, std::vector<ScanNote>& notes) {
  try {
    return YAML::LoadAll(std::string(file.content));
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
