#pragma once
// The catalog and profiles of a rules directory, parsed at build time and kept in the Clang modules as
// bytes: a clang-tidy process judges one translation unit, and parsing the YAML of the catalog and the
// profile cost it more than its matchers. Each entry holds the exact bytes of the files it was parsed
// from; it is used only when the files found at run time are those bytes (prebuilt.h).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog/rule.h"
#include "core/profile/profile.h"

namespace atscan::judgedata {

struct InputFile {
  std::string path;   // relative: to the rules directory (catalog), to the profile YAML's folder (profile)
  std::string bytes;
};

struct CatalogData {
  std::vector<InputFile> files;  // rules_dir/*.yaml in the order Catalog::load reads them
  std::vector<Rule> rules;       // Rule::source holds the file name; the run sets the full path
};

struct ProfileData {
  InputFile yaml;                // the YAML (its file name) …
  std::vector<InputFile> pems;   // … and every certificate file it names (Profile::inputs)
  Profile profile;               // Profile::source is set by the run
  // Host regex → its full-match vectorscan database (LinearRegex::serialize_full), compiled at build time.
  std::vector<std::pair<std::string, std::string>> host_databases;
};

struct JudgeData {
  CatalogData catalog;
  std::vector<ProfileData> profiles;
};

std::string serialize(const JudgeData& data);
// Throws std::runtime_error on bytes that serialize() did not write.
JudgeData deserialize(std::string_view bytes);

}  // namespace atscan::judgedata
