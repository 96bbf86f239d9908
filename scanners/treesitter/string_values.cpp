#include "scanners/treesitter/string_values.h"

#include <cstdlib>
#include <cstring>

namespace atscan::ts {
namespace {

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) out.push_back(static_cast<char>(cp));
  else if (cp < 0x800) { out.push_back(static_cast<char>(0xC0 | (cp >> 6))); out.push_back(static_cast<char>(0x80 | (cp & 0x3F))); }
  else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 == s.size()) { out.push_back(c); continue; }
    char e = s[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case '0': out.push_back('\0'); break;
      case '\n': break;  // line continuation inside a literal
      case 'x': case 'u': {
        size_t len = e == 'x' ? 2 : 4;
        if (e == 'u' && i + 1 < s.size() && s[i + 1] == '{') {  // \u{…}
          auto close = s.find('}', i);
          if (close == std::string_view::npos) { out += "\\u"; break; }
          append_utf8(out, std::strtoul(std::string(s.substr(i + 2, close - i - 2)).c_str(), nullptr, 16));
          i = close;
          break;
        }
        std::string hex(s.substr(i + 1, len));
        if (hex.size() != len) { out.push_back('\\'); out.push_back(e); break; }
        unsigned long cp = std::strtoul(hex.c_str(), nullptr, 16);
        if (e == 'x') out.push_back(static_cast<char>(cp)); else append_utf8(out, cp);
        i += len;
        break;
      }
      default: out.push_back(e);
    }
  }
  return out;
}

// A macro body is raw text: accept one or more adjacent "…" literals and nothing else.
std::optional<std::string> macro_literal(std::string_view t) {
  std::string out;
  bool any = false;
  size_t i = 0;
  while (true) {
    // blanks and line continuations between the pieces
    while (i < t.size() && (std::strchr(" \t\r\n", t[i]) || (t[i] == '\\' && i + 1 < t.size() && std::strchr("\r\n", t[i + 1])))) ++i;
    if (i == t.size()) break;
    if (t[i] != '"') return std::nullopt;
    size_t j = i + 1;
    while (j < t.size() && t[j] != '"') j += t[j] == '\\' ? 2 : 1;
    if (j >= t.size()) return std::nullopt;
    out += unescape(t.substr(i + 1, j - i - 1));
    any = true;
    i = j + 1;
  }
  if (!any) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> unquote_literal(std::string_view t) {
  // Prefixes: Python r b u f (any case, combined), C# @ and $, C/C++ L u8 u U R.
  size_t p = 0;
  bool raw = false;
  while (p < t.size() && std::strchr("rRbBuUfFL@$8", t[p])) {
    if (t[p] == 'r' || t[p] == 'R' || t[p] == '@') raw = true;
    ++p;
  }
  t.remove_prefix(p);
  if (t.size() < 2) return std::nullopt;
  if (raw && p > 0 && t.front() == '"' && t.back() == '"') {
    // C++ raw string R"delim( … )delim"
    auto open = t.find('(');
    if (open != std::string_view::npos) {
      std::string close = ")" + std::string(t.substr(1, open - 1)) + "\"";
      if (t.size() >= open + close.size() && t.substr(t.size() - close.size()) == close)
        return std::string(t.substr(open + 1, t.size() - close.size() - open - 1));
    }
  }
  for (std::string_view q : {"\"\"\"", "'''"}) {
    if (t.size() >= 6 && t.substr(0, 3) == q && t.substr(t.size() - 3) == q) {
      auto body = t.substr(3, t.size() - 6);
      return raw ? std::string(body) : unescape(body);
    }
  }
  char q = t.front();
  if ((q != '"' && q != '\'' && q != '`') || t.back() != q) return std::nullopt;
  auto body = t.substr(1, t.size() - 2);
  if (q == '`' || raw) return std::string(body);  // Go raw strings, JS templates without ${}
  return unescape(body);
}

std::string ValueResolver::text(TSNode node) const {
  uint32_t b = ts_node_start_byte(node), e = ts_node_end_byte(node);
  if (e > source_.size() || b > e) return {};
  return std::string(source_.substr(b, e - b));
}

std::optional<TSNode> ValueResolver::definition_of(TSNode node) const {
  if (!constants_) return std::nullopt;
  std::string type = ts_node_type(node);
  if (type.find("identifier") == std::string::npos && type != "constant") return std::nullopt;
  auto it = constants_->find(text(node));
  if (it == constants_->end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ValueResolver::resolve(TSNode node, int depth) const {
  // A PEM spelled as "line\n" + "line\n" + … nests one level per line (Java, Go, JS, C#), so the
  // structural budget is generous; a name hop costs more, which still stops binding cycles quickly.
  if (ts_node_is_null(node) || depth > 256) return std::nullopt;
  std::string type = ts_node_type(node);
  const uint32_t named = ts_node_named_child_count(node);

  // Literals whose node spans the quotes.
  if (type == "string" || type == "string_literal" || type == "interpreted_string_literal" || type == "raw_string_literal" ||
      type == "template_string" || type == "verbatim_string_literal" || type == "line_string_literal" ||
      type == "multi_line_string_literal" || type == "multiline_string_literal" || type == "character_literal" || type == "text_block" || type == "heredoc_body") {
    // Interpolation makes a value dynamic.
    for (uint32_t i = 0; i < named; ++i) {
      std::string ct = ts_node_type(ts_node_named_child(node, i));
      if (ct == "interpolation" || ct == "template_substitution" || ct == "interpolated_expression") return std::nullopt;
    }
    if (auto v = unquote_literal(text(node))) return v;
    // Literals whose grammar splits content into children (Kotlin, Swift, Ruby): join content nodes.
    std::string out;
    for (uint32_t i = 0; i < named; ++i) {
      TSNode c = ts_node_named_child(node, i);
      std::string ct = ts_node_type(c);
      if (ct.find("content") != std::string::npos || ct == "string_fragment") out += text(c);
      else if (ct.find("escape") != std::string::npos) out += *unquote_literal("\"" + text(c) + "\"");
    }
    return out;
  }
  if (type == "preproc_arg") return macro_literal(text(node));  // #define NAME "…" "…"
  if (type == "concatenated_string") {  // adjacent literals (Python, C, C++)
    std::string out;
    for (uint32_t i = 0; i < named; ++i) {
      if (std::string_view(ts_node_type(ts_node_named_child(node, i))) == "comment") continue;  // between the pieces
      auto v = resolve(ts_node_named_child(node, i), depth + 1);
      if (!v) return std::nullopt;
      out += *v;
    }
    return out;
  }
  if (type == "parenthesized_expression" && named == 1) return resolve(ts_node_named_child(node, 0), depth + 1);
  if (type == "initializer_list") {  // { 0x30, 0x82, … }: bytes, a DER certificate written as a C array
    std::string bytes;
    for (uint32_t i = 0; i < named; ++i) {
      TSNode k = ts_node_named_child(node, i);
      std::string kt = ts_node_type(k);
      if (kt == "comment") continue;
      if (kt != "number_literal") return std::nullopt;
      bytes.push_back(static_cast<char>(std::strtol(text(k).c_str(), nullptr, 0)));
    }
    if (bytes.size() < 16) return std::nullopt;
    return bytes;
  }
  if (type == "binary_operator" || type == "binary_expression" || type == "additive_expression" || type == "binary") {
    TSNode l = ts_node_child_by_field_name(node, "left", 4), r = ts_node_child_by_field_name(node, "right", 5);
    if (ts_node_is_null(l) || ts_node_is_null(r)) {
      if (named != 2) return std::nullopt;
      l = ts_node_named_child(node, 0);
      r = ts_node_named_child(node, 1);
    }
    std::string all = text(node), lt = text(l), rt = text(r);
    auto op = all.substr(lt.size(), all.size() - lt.size() - rt.size());
    if (op.find('+') == std::string::npos) return std::nullopt;
    auto a = resolve(l, depth + 1), b = resolve(r, depth + 1);
    if (!a || !b) return std::nullopt;
    return *a + *b;
  }
  if (auto def = definition_of(node)) return resolve(*def, depth + 32);
  return std::nullopt;
}

}  // namespace atscan::ts
