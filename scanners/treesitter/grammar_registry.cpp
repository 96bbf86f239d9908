#include "scanners/treesitter/grammar_registry.h"

namespace atscan::ts {

const TSLanguage* find_grammar(std::string_view name) {
  for (const auto& g : builtin_grammars())
    if (name == g.name) return g.language();
  return nullptr;
}

}  // namespace atscan::ts
