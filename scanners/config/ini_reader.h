#pragma once
// A tolerant INI reader for tool configs (pip.conf, .gitconfig, ~/.aws/config, .npmrc, .wgetrc):
// [section] or [section "subsection"], key = value or key: value, # and ; comments, indented
// continuation lines appended to the previous value. Lines it cannot read are listed, not fatal.
#include <string>
#include <string_view>
#include <vector>

namespace atscan::config {

struct IniEntry {
  std::string section;     // lower case: "profile dev", "http", "global"
  std::string subsection;  // git's [http "https://host/"]: "https://host/"
  std::string key;         // as written
  std::string value;       // unquoted, trimmed; continuation lines joined with '\n'
  int line = 0;
  int column = 1;
  int end_column = 1;
};

struct IniFile {
  std::vector<IniEntry> entries;
  std::vector<int> unreadable_lines;
};

IniFile read_ini(std::string_view text);

}  // namespace atscan::config
