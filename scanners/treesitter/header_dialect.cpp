#include "scanners/treesitter/header_dialect.h"

#include <algorithm>
#include <array>
#include <utility>

namespace atscan::ts {
namespace {

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool cpp_keyword(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kWords{
      "alignof",  "catch",   "class",    "const_cast", "constexpr", "decltype",        "delete",      "dynamic_cast",
      "explicit", "export",  "friend",   "mutable",    "namespace", "new",             "noexcept",    "nullptr",
      "operator", "private", "protected", "public",    "reinterpret_cast", "static_cast", "template",
      "this",     "throw",   "try",      "typeid",     "typename",  "using",           "virtual"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// `#include <name>` with no '.' in the name: a C++ standard header.
bool cpp_include(std::string_view line) {
  size_t i = line.find_first_not_of(" \t#");
  if (i == std::string_view::npos || line.substr(i, 7) != "include") return false;
  i = line.find_first_not_of(" \t", i + 7);
  if (i == std::string_view::npos || line[i] != '<') return false;
  const size_t end = line.find('>', i);
  if (end == std::string_view::npos) return false;
  const std::string_view name = line.substr(i + 1, end - i - 1);
  return !name.empty() && name.find('.') == std::string_view::npos;
}

// The directive's words: "#  ifdef  X" → {"ifdef", "X"} (the first two).
std::pair<std::string_view, std::string_view> directive_words(std::string_view d) {
  auto word = [&](size_t from) {
    const size_t b = d.find_first_not_of(" \t#(!", from);
    if (b == std::string_view::npos) return std::pair<std::string_view, size_t>{{}, d.size()};
    size_t e = b;
    while (e < d.size() && ident_char(d[e])) ++e;
    return std::pair<std::string_view, size_t>{d.substr(b, e - b), e};
  };
  const auto [first, at] = word(0);
  if (first == "if" || first == "elif") {
    auto [second, at2] = word(at);
    if (second == "defined") second = word(at2).first;
    return {first, second};
  }
  return {first, word(at).first};
}

// `#ifdef __cplusplus`, `#if defined(__cplusplus)`, `#if __cplusplus >= 201103L`; not `#ifndef` or `#if !…`.
bool cplusplus_only(std::string_view d) {
  if (d.find('!') != std::string_view::npos) return false;
  const auto [kind, what] = directive_words(d);
  return (kind == "ifdef" || kind == "if") && what == "__cplusplus";
}

// Where the directive that starts at `i` ends: at its newline, past continued lines and past block
// comments that run over several lines (the directive goes on after them).
size_t directive_end(std::string_view s, size_t i) {
  const size_t n = s.size();
  while (i < n && (s[i] != '\n' || (i > 0 && s[i - 1] == '\\'))) {
    if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
      const size_t close = s.find("*/", i + 2);
      i = close == std::string_view::npos ? n : close + 2;
    } else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
      while (i < n && s[i] != '\n') ++i;
    } else {
      ++i;
    }
  }
  return i;
}

// From a line start just after an opening conditional directive to the end of the #else/#elif/#endif
// that ends its first branch (nested conditionals are skipped whole). Lines are read one by one.
size_t after_branch(std::string_view s, size_t i) {
  int depth = 0;
  while (i < s.size()) {
    const size_t first = s.find_first_not_of(" \t\r\f\v\n", i);
    if (first == std::string_view::npos) break;
    if (s[first] != '#') {
      i = s.find('\n', first);
      if (i == std::string_view::npos) break;
      continue;
    }
    const size_t end = directive_end(s, first);
    const std::string_view kind = directive_words(s.substr(first, end - first)).first;
    if (kind == "if" || kind == "ifdef" || kind == "ifndef") ++depth;
    else if (kind == "endif" && depth > 0) --depth;
    else if (depth == 0 && (kind == "else" || kind == "elif" || kind == "endif")) return end;
    i = end;
  }
  return s.size();
}

// Words that C++ never follows with ';', ',' or ')' are plain identifiers there (a struct field named
// `operator` or `new`, a parameter named `class`), as C allows.
bool c_identifier(std::string_view s, size_t begin, size_t end) {
  static constexpr std::array<std::string_view, 14> kNeverLast{"catch", "class",    "explicit", "friend",    "namespace", "new",    "operator",
                                                               "private", "protected", "public",  "template", "try",       "typename", "using"};
  const std::string_view w = s.substr(begin, end - begin);
  if (std::find(kNeverLast.begin(), kNeverLast.end(), w) == kNeverLast.end()) return false;
  while (end < s.size() && (space(s[end]) || s[end] == '\n')) ++end;
  return end < s.size() && (s[end] == ';' || s[end] == ',' || s[end] == ')');
}

}  // namespace

bool looks_like_cpp(std::string_view s) {
  const size_t n = s.size();
  bool line_start = true;  // only blanks so far on this line
  char prev_sig = 0;       // last significant character before the current token (for '.', "->")
  for (size_t i = 0; i < n;) {
    const char c = s[i];
    if (c == '\n') {
      line_start = true;
      ++i;
      continue;
    }
    if (space(c)) {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && s[i + 1] == '/') {
      while (i < n && s[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      const size_t end = s.find("*/", i + 2);
      i = end == std::string_view::npos ? n : end + 2;
      continue;
    }
    if (line_start && c == '#') {
      // A directive: macro bodies are not parsed as code.
      const size_t end = directive_end(s, i);
      const std::string_view directive = s.substr(i, end - i);
      i = end;
      // Code for C++ compilers only (#ifdef __cplusplus … #else/#endif) is what a C header offers C++
      // users: the header itself is C.
      if (cplusplus_only(directive)) {
        i = after_branch(s, i);
        continue;
      }
      if (cpp_include(directive)) return true;
      continue;
    }
    line_start = false;
    if (c == '"' || c == '\'') {
      if (c == '"' && i > 0 && s[i - 1] == 'R') return true;  // R"( … )": a raw string
      for (++i; i < n && s[i] != c && s[i] != '\n'; ++i)
        if (s[i] == '\\') ++i;
      ++i;
      prev_sig = c;
      continue;
    }
    if (c == ':' && i + 1 < n && s[i + 1] == ':') {
      // x::y, ::y, X::~X, X::*: C++. asm("…" ::: "memory") and asm(… :: "r"(x)) are C.
      size_t j = i + 2;
      while (j < n && space(s[j])) ++j;
      if (j < n && (ident_start(s[j]) || s[j] == '~' || s[j] == '*') && (i == 0 || s[i - 1] != ':')) return true;
      i = j;
      prev_sig = ':';
      continue;
    }
    if (ident_start(c)) {
      size_t end = i;
      while (end < n && ident_char(s[end])) ++end;
      if (cpp_keyword(s.substr(i, end - i)) && !c_identifier(s, i, end)) return true;
      if (prev_sig == '.' || prev_sig == '>') {  // x.f( or p->f(
        size_t j = end;
        while (j < n && (space(s[j]) || s[j] == '\n')) ++j;
        if (j < n && s[j] == '(') return true;
      }
      i = end;
      prev_sig = 'a';
      continue;
    }
    // '>' counts as a member access only as the end of "->".
    prev_sig = c == '>' ? (i > 0 && s[i - 1] == '-' ? '>' : 0) : c;
    ++i;
  }
  return false;
}

}  // namespace atscan::ts
