#pragma once
// Helpers for the YAML front-ends: tolerant loading, node positions, script origins.

#include <optional>
#include <string>
#include <vector>

#include "scanners/config/command_facts.h"
#include "scanners/config/yaml_tree.h"
#include "scanners/scanner.h"

namespace atscan::config {

// Every document of a YAML stream, or nullopt with a note "skipped: malformed YAML at line N: …" (also
// for a stream the parser sticks in, more than 10,000 documents, or aliases that expand too far).
std::optional<YamlStream> load_yaml(const SourceFile& file, std::vector<ScanNote>& notes);

Location node_location(const SourceFile& file, const YamlNode& node);

// Where a scalar's text starts, for scripts inside it (`run: |` block scalars included).
TextOrigin scalar_origin(const SourceFile& file, const YamlNode& node);

// Scalar text, or "" for anything else.
std::string scalar(const YamlNode& node);

}  // namespace atscan::config
