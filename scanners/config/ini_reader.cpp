#include "scanners/config/ini_reader.h"

#include "scanners/config/config_text.h"

namespace atscan::config {

IniFile read_ini(std::string_view text) {
  IniFile out;
  std::string section, subsection;
  int n = 0;
  for (auto line : split_lines(text)) {
    ++n;
    const size_t b = line.find_first_not_of(" \t");
    if (b == std::string_view::npos || line[b] == '#' || line[b] == ';') continue;
    if (line[b] == '[') {
      auto close = line.find(']', b);
      if (close == std::string_view::npos) {
        out.unreadable_lines.push_back(n);
        continue;
      }
      std::string head = trim(line.substr(b + 1, close - b - 1));
      subsection.clear();
      if (auto q = head.find('"'); q != std::string::npos) {
        subsection = unquote(head.substr(q));
        head = trim(head.substr(0, q));
      }
      section = lower(head);
      continue;
    }
    const size_t sep = line.find_first_of("=:", b);
    if (b > 0 && !out.entries.empty() && out.entries.back().line < n && sep == std::string_view::npos) {
      // Indented continuation of the previous value (pip's multi-line trusted-host).
      auto& prev = out.entries.back();
      prev.value += (prev.value.empty() ? "" : "\n") + trim(line);
      continue;
    }
    IniEntry e;
    e.section = section;
    e.subsection = subsection;
    e.line = n;
    e.column = static_cast<int>(b) + 1;
    e.end_column = static_cast<int>(line.size()) + 1;
    if (sep == std::string_view::npos) {
      e.key = trim(line.substr(b));  // git: a bare key means true
      e.value = "true";
    } else {
      e.key = trim(line.substr(b, sep - b));
      std::string v = trim(line.substr(sep + 1));
      // Trailing comments after an unquoted value.
      if (!v.empty() && v[0] != '"' && v[0] != '\'') {
        for (const char* c : {" #", " ;", "\t#", "\t;"})
          if (auto p = v.find(c); p != std::string::npos) v = trim(v.substr(0, p));
      }
      e.value = unquote(v);
    }
    if (e.key.empty()) {
      out.unreadable_lines.push_back(n);
      continue;
    }
    out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace atscan::config
