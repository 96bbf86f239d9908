#include "scanners/treesitter/callback_constants.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>

namespace atscan::ts {
namespace {

bool is_string_node(const char* type) {
  return std::strcmp(type, "string_literal") == 0 || std::strcmp(type, "interpreted_string_literal") == 0 ||
         std::strcmp(type, "raw_string_literal") == 0 || std::strcmp(type, "string") == 0 ||
         std::strcmp(type, "line_string_literal") == 0;
}

bool is_call(const char* type) {
  return std::strcmp(type, "method_invocation") == 0 || std::strcmp(type, "call_expression") == 0 ||
         std::strcmp(type, "invocation_expression") == 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The called method's name: `a.b().contains(x)` → "contains", `strings.HasPrefix(x, y)` → "HasPrefix".
std::string callee_name(TSNode call, const ValueResolver& values) {
  TSNode name = ts_node_child_by_field_name(call, "name", 4);
  if (!ts_node_is_null(name)) return values.text(name);
  TSNode fn = ts_node_child_by_field_name(call, "function", 8);
  if (ts_node_is_null(fn)) return {};
  for (const char* field : {"field", "property", "name"}) {
    TSNode f = ts_node_child_by_field_name(fn, field, static_cast<uint32_t>(std::strlen(field)));
    if (!ts_node_is_null(f)) return values.text(f);
  }
  std::string t = values.text(fn);
  auto dot = t.find_last_of('.');
  return dot == std::string::npos ? t : t.substr(dot + 1);
}

bool compares(const std::string& method) {
  static const char* kNames[] = {"contains", "equals", "equalsIgnoreCase", "startsWith", "endsWith", "matches", "indexOf",
                                 "Contains", "HasPrefix", "HasSuffix", "EqualFold", "Equal", "Equals", "StartsWith", "EndsWith",
                                 "includes", "startsWith", "Index", "compareTo", "contentEquals", "regionMatches"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return method == n; });
}

bool is_equality(TSNode bin, const ValueResolver& values) {
  TSNode op = ts_node_child_by_field_name(bin, "operator", 8);
  std::string o = ts_node_is_null(op) ? std::string() : values.text(op);
  if (o.empty())  // grammars without an operator field: the unnamed child between the operands
    for (uint32_t i = 0; i < ts_node_child_count(bin); ++i)
      if (TSNode c = ts_node_child(bin, i); !ts_node_is_named(c)) o = values.text(c);
  return o == "==" || o == "!=" || o == "===" || o == "!==";
}

// A SHA-1 or SHA-256 fingerprint in hex, with or without separators.
bool is_hex_digest(const std::string& v) {
  std::string h;
  for (char c : v) {
    if (c == ':' || c == ' ' || c == '-') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    h += c;
  }
  return h.size() == 40 || h.size() == 64;
}

struct Walker {
  TSNode body;
  const ValueResolver& values;
  std::vector<CallbackConstant> out;

  // The comparison `literal` is an operand of (a call such as contains/equals, or ==), up to the body.
  std::optional<TSNode> comparison_of(TSNode literal) const {
    for (TSNode n = ts_node_parent(literal); !ts_node_is_null(n) && !ts_node_eq(n, body); n = ts_node_parent(n)) {
      const char* type = ts_node_type(n);
      if (is_call(type)) return compares(callee_name(n, values)) ? std::optional<TSNode>(n) : std::nullopt;
      if (std::strcmp(type, "binary_expression") == 0) return is_equality(n, values) ? std::optional<TSNode>(n) : std::nullopt;
      if (std::strstr(type, "statement") || std::strcmp(type, "block") == 0) return std::nullopt;
    }
    return std::nullopt;
  }

  void add(TSNode literal, const std::string& value) {
    auto cmp = comparison_of(literal);
    if (!cmp) return;
    CallbackConstant c;
    c.value = value;
    if (is_hex_digest(value)) {
      c.field = "fingerprint";
    } else {
      // What the other side reads: the comparison's text without the constant itself.
      std::string context = values.text(*cmp);
      const std::string self = values.text(literal);
      if (auto at = context.find(self); at != std::string::npos) context.erase(at, self.size());
      context = lower(context);
      if (context.find("issuer") != std::string::npos) c.field = "issuer";
      else if (context.find("subject") != std::string::npos) c.field = "subject";
      else return;
    }
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  }

  // Recursion once per nesting level: bounded, so a body of thousands of nested parentheses cannot
  // exhaust the stack (constants that deep are not looked for).
  static constexpr int kMaxDepth = 200;

  void visit(TSNode n, int depth = 0) {
    if (depth > kMaxDepth) return;
    const char* type = ts_node_type(n);
    if (is_string_node(type)) {
      if (auto v = values.resolve(n)) add(n, *v);
      return;
    }
    if (std::strcmp(type, "identifier") == 0) {  // a named constant given to the comparison
      TSNode parent = ts_node_parent(n);
      const char* pt = ts_node_is_null(parent) ? "" : ts_node_type(parent);
      if (std::strcmp(pt, "argument_list") == 0 || std::strcmp(pt, "arguments") == 0 || std::strcmp(pt, "binary_expression") == 0)
        if (auto v = values.resolve(n)) add(n, *v);
      return;
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(n); ++i) visit(ts_node_named_child(n, i), depth + 1);
  }
};

}  // namespace

std::vector<CallbackConstant> callback_constants(TSNode body, const ValueResolver& values) {
  Walker w{body, values, {}};
  w.visit(body);
  return std::move(w.out);
}

}  // namespace atscan::ts
