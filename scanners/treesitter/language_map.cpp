#include "scanners/treesitter/language_map.h"

#include <array>
#include <utility>

namespace atscan::ts {

std::string language_for_path(std::string_view p) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kByExtension{{
      {".py", "python"},     {".pyw", "python"},   {".java", "java"},     {".kt", "kotlin"},   {".kts", "kotlin"},
      {".go", "go"},         {".js", "javascript"}, {".mjs", "javascript"}, {".cjs", "javascript"}, {".jsx", "javascript"},
      {".ts", "typescript"}, {".mts", "typescript"}, {".cts", "typescript"}, {".tsx", "tsx"},   {".cs", "csharp"},
      {".swift", "swift"},   {".rb", "ruby"},      {".c", "c"},           {".h", "cpp"},       {".cc", "cpp"},
      {".cpp", "cpp"},       {".cxx", "cpp"},      {".hpp", "cpp"},       {".hh", "cpp"},      {".hxx", "cpp"},
      {".m", ""},          {".ino", "cpp"},
  }};
  auto slash = p.rfind('/');
  auto name = slash == std::string_view::npos ? p : p.substr(slash + 1);
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  auto ext = name.substr(dot);
  for (const auto& [e, lang] : kByExtension)
    if (e == ext) return std::string(lang);
  return "";
}

}  // namespace atscan::ts
