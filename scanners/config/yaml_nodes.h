#pragma once
// yaml-cpp helpers for the YAML front-ends: tolerant loading, node positions, script origins.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "scanners/config/command_facts.h"
#include "scanners/scanner.h"

namespace atscan::config {

// Every document of a YAML stream, or nullopt with a note "skipped: malformed YAML at line N: …".
std::optional<std::vector<YAML::Node>> load_yaml(const SourceFile& file, std::vector<ScanNote>& notes);

Location node_location(const SourceFile& file, const YAML::Node& node);

// Where a scalar's text starts, for scripts inside it (`run: |` block scalars included).
TextOrigin scalar_origin(const SourceFile& file, const YAML::Node& node);

// Scalar text, or "" for anything else.
std::string scalar(const YAML::Node& node);

}  // namespace atscan::config
