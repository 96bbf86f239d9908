#pragma once
// The project configuration file `.atscan.yaml`: found upward from each scanned path and inside the
// scanned folders (like .clang-tidy), or named with --config. Command-line options win over it. Schema:
// docs/atscan-config.schema.json; reference: docs/configuration.md.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/model/severity.h"

namespace atscan {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;  // "FILE:LINE: what"
};

struct RuleSettings {
  std::optional<Severity> severity;  // replaces the level the judge gave
  std::vector<std::string> paths;    // gitignore-style globs relative to the config's folder; "!" excludes
  int line = 0;                      // where the rule's entry is, for messages
};

inline constexpr const char* kConfigFileName = ".atscan.yaml";

struct ProjectConfig {
  std::string file;  // where it came from ("" = defaults only)
  std::string dir;   // absolute folder its relative globs are read from
  std::optional<std::string> profile;        // NAME or FILE (a relative FILE is relative to dir)
  std::optional<std::string> fail_on;        // error | warning | note | never
  std::optional<std::string> max_file_size;  // "4M"
  std::optional<std::string> test_code;      // lower | same-level
  std::optional<std::string> docs_url;
  std::vector<std::string> exclude;          // gitignore-style globs relative to dir
  std::vector<std::string> select, ignore;   // rule ids or globs ending in '*'
  std::map<std::string, RuleSettings> rules; // per rule id
  std::map<std::string, int> pattern_lines;  // select/ignore entry → its line, for messages
};

// Parses `text`; unknown keys and wrong types are ConfigErrors naming `source` and the line.
ProjectConfig parse_project_config(const std::string& text, const std::string& source, const std::string& dir);
// Reads and parses a file (ConfigError when it cannot be read).
ProjectConfig load_project_config(const std::string& path);
// The nearest `.atscan.yaml` in `start` (a file's folder or a folder) or above it; "" if none.
std::string find_project_config(const std::string& start);

// YAML that parse_project_config reads back to the same settings (every key present).
std::string dump_project_config(const ProjectConfig& config);

}  // namespace atscan
