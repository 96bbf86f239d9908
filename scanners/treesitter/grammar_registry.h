#pragma once
// Grammars compiled in from deps/ (cmake/TreeSitter.cmake generates the table: one line per language).
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace atscan::ts {

struct GrammarEntry {
  const char* name;
  const TSLanguage* (*language)();
};

const std::vector<GrammarEntry>& builtin_grammars();

// nullptr when the language is not built in.
const TSLanguage* find_grammar(std::string_view name);

}  // namespace atscan::ts
