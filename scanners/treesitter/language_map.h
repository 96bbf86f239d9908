#pragma once
// File name → tree-sitter language name ("" when none).
#include <string>
#include <string_view>

namespace atscan::ts {

std::string language_for_path(std::string_view rel_path);
// The same, and for source templates: `config.h.in` / `demo_config.h.templ` are the language of the inner
// name; a template with no inner extension (`demo_config.templ`, `.tmpl`, `.template`) whose lines hold C
// preprocessor directives (#define, #include, #ifndef) is a C/C++ header.
std::string language_for(std::string_view rel_path, std::string_view content);
// The grammar a file is parsed with: language_for, except that a header (`.h`, or a header template)
// whose content shows no C++ (header_dialect.h) is parsed as C. Which front-end wants a file is decided
// by language_for: C and C++ are handled alike there.
std::string parse_language(std::string_view rel_path, std::string_view content);

}  // namespace atscan::ts
