#include "scanners/treesitter/language_map.h"

#include <array>
#include <utility>

#include "scanners/treesitter/header_dialect.h"

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

std::string language_for(std::string_view p, std::string_view content) {
  if (std::string lang = language_for_path(p); !lang.empty()) return lang;
  for (std::string_view suffix : {".in", ".templ", ".tmpl", ".template"}) {
    if (p.size() <= suffix.size() || p.substr(p.size() - suffix.size()) != suffix) continue;
    const std::string_view inner = p.substr(0, p.size() - suffix.size());
    if (std::string lang = language_for_path(inner); !lang.empty()) return lang;
    const auto slash = inner.rfind('/');
    if (suffix == ".in" || inner.substr(slash == std::string_view::npos ? 0 : slash + 1).find('.') != std::string_view::npos) return "";
    // No inner extension: C preprocessor directives at the start of lines make it a header.
    for (std::string_view directive : {"\n#define ", "\n#include ", "\n#ifndef "})
      if (content.find(directive) != std::string_view::npos) return "cpp";
    return "";
  }
  return "";
}

std::string parse_language(std::string_view p, std::string_view content) {
  std::string lang = language_for(p, content);
  if (lang != "cpp") return lang;
  std::string_view name = p;
  for (std::string_view suffix : {".in", ".templ", ".tmpl", ".template"})
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
      name.remove_suffix(suffix.size());
      break;
    }
  const auto slash = name.rfind('/');
  const auto dot = name.rfind('.');
  const std::string_view ext = dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash) ? "" : name.substr(dot);
  for (std::string_view cpp_only : {".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".ino"})
    if (ext == cpp_only) return lang;
  return looks_like_cpp(content) ? lang : "c";
}

}  // namespace atscan::ts
