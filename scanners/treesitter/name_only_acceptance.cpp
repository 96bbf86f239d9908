#include "scanners/treesitter/name_only_acceptance.h"

#include <array>
#include <cstring>
#include <vector>

#include "atscan/rule_ids.h"
#include "scanners/treesitter/match_facts.h"

namespace atscan::ts {
namespace {

std::string_view text_of(TSNode n, std::string_view src) {
  const uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  return e <= src.size() && b <= e ? src.substr(b, e - b) : std::string_view();
}

bool is(TSNode n, const char* type) { return !ts_node_is_null(n) && std::strcmp(ts_node_type(n), type) == 0; }

TSNode field(TSNode n, const char* name) { return ts_node_child_by_field_name(n, name, static_cast<uint32_t>(std::strlen(name))); }

bool is_function(TSNode n) {
  return is(n, "method_declaration") || is(n, "local_function_statement") || is(n, "lambda_expression") ||
         is(n, "anonymous_method_expression");
}

bool ends_with(std::string_view s, std::string_view tail) { return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail; }

bool word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// Whether `word` occurs in `text` as a whole identifier (`.Subject`, not `.SubjectKeyIdentifier`).
bool has_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !word_char(text[at - 1]) || word.front() == '.') && (end == text.size() || !word_char(text[end]))) return true;
  }
  return false;
}

// The parameter that carries the policy errors, or "" when `fn` is not a validation callback: a
// parameter of type SslPolicyErrors, or the fourth of four untyped ones of a lambda assigned to a
// `…ValidationCallback`.
std::string errors_parameter(TSNode fn, std::string_view src) {
  TSNode params = field(fn, "parameters");
  if (!is(params, "parameter_list")) return "";
  std::vector<TSNode> ps;
  for (uint32_t i = 0; i < ts_node_named_child_count(params); ++i)
    if (TSNode p = ts_node_named_child(params, i); is(p, "parameter")) ps.push_back(p);
  for (TSNode p : ps) {
    TSNode type = field(p, "type"), name = field(p, "name");
    if (!ts_node_is_null(type) && !ts_node_is_null(name) && ends_with(text_of(type, src), "SslPolicyErrors"))
      return std::string(text_of(name, src));
  }
  if (ps.size() != 4 || is(fn, "method_declaration") || is(fn, "local_function_statement")) return "";
  TSNode parent = ts_node_parent(fn);
  if (!is(parent, "assignment_expression")) return "";
  TSNode left = field(parent, "left");
  if (ts_node_is_null(left) || !ends_with(text_of(left, src), "ValidationCallback")) return "";
  TSNode name = field(ps[3], "name");
  return ts_node_is_null(name) ? "" : std::string(text_of(name, src));
}

// `return true;` alone or first in a block.
TSNode returns_true(TSNode stmt, std::string_view src) {
  if (is(stmt, "block")) {
    TSNode first{};
    for (uint32_t i = 0; i < ts_node_named_child_count(stmt) && ts_node_is_null(first); ++i)
      if (TSNode c = ts_node_named_child(stmt, i); !is(c, "comment")) first = c;
    stmt = first;
  }
  if (!is(stmt, "return_statement") || ts_node_named_child_count(stmt) != 1) return TSNode{};
  TSNode v = ts_node_named_child(stmt, 0);
  return is(v, "boolean_literal") && text_of(v, src) == "true" ? stmt : TSNode{};
}

// A condition that reads a certificate name and nothing that authenticates it.
bool name_only(std::string_view cond, const std::string& errors) {
  static constexpr std::array<std::string_view, 6> names = {".Subject", ".SubjectName", ".Issuer", ".IssuerName", "GetNameInfo", ".FriendlyName"};
  static constexpr std::array<std::string_view, 9> proofs = {"SslPolicyErrors", "Thumbprint", "GetCertHash", "GetPublicKey",
                                                             "GetRawCertData", "RawData", "SerialNumber", "PublicKey", "Verify"};
  bool reads_name = false;
  for (auto n : names) reads_name = reads_name || has_word(cond, n);
  if (!reads_name || has_word(cond, errors)) return false;
  for (auto p : proofs)
    if (cond.find(p) != std::string_view::npos) return false;
  return true;
}

void check_callback(TSNode fn, std::string_view src, const std::string& file, FileFacts& out) {
  const std::string errors = errors_parameter(fn, src);
  TSNode body = field(fn, "body");
  if (errors.empty() || ts_node_is_null(body)) return;
  // The callback's own statements, in source order; nested functions are callbacks of their own.
  std::vector<TSNode> stack{body}, ifs;
  uint32_t errors_read_at = UINT32_MAX;
  while (!stack.empty()) {
    TSNode n = stack.back();
    stack.pop_back();
    if (is(n, "identifier") && text_of(n, src) == errors && ts_node_start_byte(n) < errors_read_at) errors_read_at = ts_node_start_byte(n);
    if (is(n, "if_statement")) ifs.push_back(n);
    for (uint32_t i = ts_node_named_child_count(n); i-- > 0;)
      if (TSNode c = ts_node_named_child(n, i); !is_function(c)) stack.push_back(c);
  }
  for (TSNode s : ifs) {
    if (ts_node_start_byte(s) > errors_read_at) continue;  // the policy errors were looked at first
    TSNode cond = field(s, "condition"), ret = returns_true(field(s, "consequence"), src);
    if (ts_node_is_null(cond) || ts_node_is_null(ret) || !name_only(text_of(cond, src), errors)) continue;
    TrustFact t;
    t.rule_id = rule_ids::kVerificationDisabled;
    t.kind = TrustKind::verify_disabled;
    t.api = "validation callback returns true on a certificate name match, before the policy errors";
    t.location = location_of(ret, file);
    out.trust.push_back(std::move(t));
  }
}

}  // namespace

void add_name_only_acceptances(TSNode root, std::string_view source, const std::string& file, FileFacts& out) {
  std::vector<TSNode> stack{root};
  while (!stack.empty()) {
    TSNode n = stack.back();
    stack.pop_back();
    if (is_function(n)) check_callback(n, source, file, out);
    for (uint32_t i = ts_node_named_child_count(n); i-- > 0;) stack.push_back(ts_node_named_child(n, i));
  }
}

}  // namespace atscan::ts
