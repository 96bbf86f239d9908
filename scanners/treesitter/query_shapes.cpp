#include "scanners/treesitter/query_shapes.h"

#include <algorithm>
#include <cctype>

namespace atscan::ts {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The characters of a capture name after '@' (tree-sitter's stream_scan_identifier).
bool name_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == '?' || c == '!';
}

// The index just past the string that opens at t[i] ('"'), or npos when it does not close.
size_t string_end(std::string_view t, size_t i) {
  for (size_t j = i + 1; j < t.size(); ++j) {
    if (t[j] == '\\') ++j;
    else if (t[j] == '"') return j + 1;
  }
  return std::string_view::npos;
}

// The index just past the ')' that closes the group opening at t[i], or npos.
size_t group_end(std::string_view t, size_t i) {
  int depth = 0;
  for (size_t j = i; j < t.size(); ++j) {
    if (t[j] == '"') {
      j = string_end(t, j);
      if (j == std::string_view::npos) return j;
      --j;
    } else if (t[j] == ';') {
      while (j < t.size() && t[j] != '\n') ++j;
    } else if (t[j] == '(') {
      ++depth;
    } else if (t[j] == ')' && --depth == 0) {
      return j + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::vector<PatternShape>> split_patterns(std::string_view t) {
  std::vector<PatternShape> out;
  PatternShape cur;
  bool open = false;     // a pattern has begun and may still take suffixes (captures, quantifiers)
  bool gap = false;      // whitespace (or a removed comment or predicate) before the next token
  int depth = 0;
  auto emit = [&](std::string_view s) {
    // One space between tokens, none inside brackets' ends: "( a )" and "(a)" are one shape.
    const bool inside = cur.shape.empty() || cur.shape.back() == '(' || cur.shape.back() == '[' || s[0] == ')' || s[0] == ']';
    if (gap && !inside) cur.shape += ' ';
    gap = false;
    cur.shape += s;
  };
  auto begin = [&] {
    if (open) out.push_back(std::move(cur));
    cur = PatternShape{};
    open = true;
    gap = false;
  };
  for (size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (space(c)) {
      gap = true;
      ++i;
    } else if (c == ';') {
      while (i < t.size() && t[i] != '\n') ++i;
      gap = true;
    } else if (c == '"') {
      const size_t end = string_end(t, i);
      if (end == std::string_view::npos) return std::nullopt;
      if (depth == 0) begin();
      emit(t.substr(i, end - i));
      i = end;
    } else if (c == '(' || c == '[') {
      size_t k = i + 1;
      while (k < t.size() && space(t[k])) ++k;
      if (c == '(' && k < t.size() && t[k] == '#') {  // a predicate: kept apart from the shape
        if (depth == 0) return std::nullopt;
        const size_t end = group_end(t, i);
        if (end == std::string_view::npos) return std::nullopt;
        if (!cur.predicates.empty()) cur.predicates += ' ';
        cur.predicates += t.substr(i, end - i);
        gap = true;
        i = end;
        continue;
      }
      if (depth == 0) begin();
      emit(std::string_view(&c, 1));
      ++depth;
      ++i;
    } else if (c == ')' || c == ']') {
      if (depth == 0) return std::nullopt;
      --depth;
      emit(std::string_view(&c, 1));
      ++i;
    } else if (c == '@') {
      size_t end = i + 1;
      while (end < t.size() && name_char(t[end])) ++end;
      if (end == i + 1 || !open) return std::nullopt;
      const std::string name(t.substr(i + 1, end - i - 1));
      auto at = std::find(cur.captures.begin(), cur.captures.end(), name);
      if (at == cur.captures.end()) at = cur.captures.insert(cur.captures.end(), name);
      emit("@c" + std::to_string(at - cur.captures.begin()));
      i = end;
    } else if (depth == 0) {
      // Between top-level patterns only quantifiers may follow one (a bare node name or wildcard as
      // a whole pattern is not read here).
      if (!open || (c != '*' && c != '+' && c != '?')) return std::nullopt;
      emit(std::string_view(&c, 1));
      ++i;
    } else {  // a node or field name, a quantifier, an anchor, a negated field
      // At least one byte: a byte that ends no token (a NUL in a damaged file) is a token of its own.
      constexpr std::string_view kEnds = "()[]\"@;";
      size_t end = i + 1;
      while (end < t.size() && !space(t[end]) && kEnds.find(t[end]) == std::string_view::npos) ++end;
      emit(t.substr(i, end - i));
      i = end;
    }
  }
  if (depth != 0) return std::nullopt;
  if (open) out.push_back(std::move(cur));
  return out;
}

std::optional<QueryTextProblem> query_text_problem(std::string_view t) {
  if (const auto nul = t.find('\0'); nul != std::string_view::npos) return QueryTextProblem{nul, "query holds a NUL byte"};
  // Outside strings and comments, with captures and blanks passed over: a quantifier, then '+'.
  size_t quantifier = std::string_view::npos;  // offset of a '?' or '*' the next token may follow
  for (size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (space(c)) {
      ++i;
    } else if (c == ';') {
      while (i < t.size() && t[i] != '\n') ++i;
    } else if (c == '@') {
      ++i;
      while (i < t.size() && name_char(t[i])) ++i;
    } else if (c == '+' && quantifier != std::string_view::npos) {
      return QueryTextProblem{i, "query puts '+' after a '?' or '*' quantifier"};
    } else if (c == '"') {
      const size_t end = string_end(t, i);
      const std::string_view quoted = t.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
      // "\0" is a NUL once tree-sitter reads the escape (an escaped backslash before a 0 is not).
      for (size_t k = 1; k + 1 < quoted.size(); ++k)
        if (quoted[k] == '\\') {
          if (quoted[k + 1] == '0') return QueryTextProblem{i + k, "query holds a NUL byte"};
          ++k;
        }
      i = end == std::string_view::npos ? t.size() : end;
      quantifier = std::string_view::npos;
    } else {
      quantifier = c == '?' || c == '*' ? i : std::string_view::npos;
      ++i;
    }
  }
  return std::nullopt;
}

std::string predicate_carrier(const PatternShape& p) {
  std::string s = "(";
  for (const auto& name : p.captures) s += "(_) @" + name + " ";
  if (p.captures.empty()) s += "(_) ";
  s += p.predicates;
  s += ")\n";
  return s;
}

}  // namespace atscan::ts
