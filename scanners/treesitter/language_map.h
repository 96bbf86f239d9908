#pragma once
// File name → tree-sitter language name ("" when none).
#include <string>
#include <string_view>

namespace atscan::ts {

std::string language_for_path(std::string_view rel_path);

}  // namespace atscan::ts
