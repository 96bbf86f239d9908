// Nothing is reported in a file that sets a verify mode other than SSL_VERIFY_NONE: then the handshake
// itself refuses a bad chain and the result is only informative. Functions of the same file that ask for
// the result (directly or through one another) count as checks where they are called.
#include "scanners/treesitter/peer_cert_check.h"

#include <cstring>
#include <functional>
#include <set>
#include <vector>

#include "atscan/rule_ids.h"
#include "core/paths/result_check.h"
#include "scanners/treesitter/match_facts.h"

namespace atscan::ts {
namespace {

using paths::Cond;
using paths::Stmt;

std::string_view text_of(TSNode n, std::string_view src) {
  const uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  return e <= src.size() && b <= e ? src.substr(b, e - b) : std::string_view();
}

bool is(TSNode n, const char* type) { return !ts_node_is_null(n) && std::strcmp(ts_node_type(n), type) == 0; }

TSNode field(TSNode n, const char* name) { return ts_node_child_by_field_name(n, name, static_cast<uint32_t>(std::strlen(name))); }

bool same(TSNode a, TSNode b) { return ts_node_start_byte(a) == ts_node_start_byte(b) && ts_node_end_byte(a) == ts_node_end_byte(b); }

bool inside(TSNode outer, TSNode inner) {
  return ts_node_start_byte(outer) <= ts_node_start_byte(inner) && ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

template <typename F>
void each_node(TSNode n, F&& f) {
  if (!f(n)) return;  // f returns false to skip the subtree
  const uint32_t count = ts_node_named_child_count(n);
  for (uint32_t i = 0; i < count; ++i) each_node(ts_node_named_child(n, i), f);
}

std::string callee(TSNode call, std::string_view src) {
  TSNode f = field(call, "function");
  if (is(f, "identifier") || is(f, "qualified_identifier")) return std::string(text_of(f, src));
  return {};
}

class Translator {
 public:
  Translator(std::string_view src, const std::set<std::string>& checks, TSNode start, std::string subject)
      : src_(src), checks_(checks), start_(start), subject_(std::move(subject)) {}

  Stmt statement(TSNode n) {
    const std::string_view t = ts_node_type(n);
    Stmt s;
    if (t == "compound_statement") {
      s.kind = Stmt::Kind::block;
      for (uint32_t i = 0; i < ts_node_named_child_count(n); ++i) {
        TSNode c = ts_node_named_child(n, i);
        if (!is(c, "comment")) s.kids.push_back(statement(c));
      }
      return s;
    }
    if (t == "expression_statement") {
      TSNode e = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : TSNode{};
      if (ts_node_is_null(e)) return s;
      if (is(e, "call_expression") && paths::is_path_end_call(callee(e, src_))) s.kind = Stmt::Kind::stop;
      else if (is(e, "throw_expression")) s.kind = Stmt::Kind::stop;
      else s.cond = expr(e);
      return s;
    }
    if (t == "declaration") {
      s.cond = declaration(n);
      return s;
    }
    if (t == "return_statement") {
      s.kind = Stmt::Kind::exit;
      if (ts_node_named_child_count(n)) s.cond = expr(ts_node_named_child(n, 0));
      return s;
    }
    if (t == "throw_statement") {
      s.kind = Stmt::Kind::stop;
      return s;
    }
    if (t == "if_statement") {
      s.kind = Stmt::Kind::branch;
      s.cond = condition(field(n, "condition"));
      s.kids.push_back(statement(field(n, "consequence")));
      TSNode alt = field(n, "alternative");
      if (!ts_node_is_null(alt)) {
        if (is(alt, "else_clause") && ts_node_named_child_count(alt)) alt = ts_node_named_child(alt, 0);
        s.kids.push_back(statement(alt));
      }
      return s;
    }
    if (t == "labeled_statement") {
      const uint32_t k = ts_node_named_child_count(n);
      return k >= 2 ? statement(ts_node_named_child(n, k - 1)) : s;
    }
    if (t == "goto_statement" || t == "break_statement" || t == "continue_statement" || t == "ERROR") {
      s.kind = Stmt::Kind::unknown;
      return s;
    }
    // Loops, switch, try, preprocessor blocks, …: not followed. Harmless when nothing in them matters.
    if (relevant(n)) s.kind = Stmt::Kind::unknown;
    return s;
  }

 private:
  // Whether the walk would need to see inside: the subject's call, a check, a way out of the function.
  bool relevant(TSNode n) const {
    bool found = false;
    each_node(n, [&](TSNode c) {
      if (found) return false;
      if (same(c, start_) || is(c, "return_statement") || is(c, "goto_statement") || is(c, "throw_statement") ||
          is(c, "throw_expression"))
        found = true;
      else if (is(c, "call_expression")) {
        const std::string name = callee(c, src_);
        found = checks_.count(name) > 0 || paths::is_path_end_call(name);
      }
      return !found;
    });
    return found;
  }

  bool holds_start(TSNode n) const { return inside(n, start_); }

  bool holds_check(TSNode n) const {
    bool found = false;
    each_node(n, [&](TSNode c) {
      if (found) return false;
      if (is(c, "call_expression") && checks_.count(callee(c, src_))) found = true;
      return !found;
    });
    return found;
  }

  bool null_like(TSNode n) const {
    if (is(n, "null") || is(n, "nullptr")) return true;
    const std::string_view t = text_of(n, src_);
    return t == "NULL" || t == "nullptr" || t == "0";
  }

  Cond condition(TSNode n) {
    if (ts_node_is_null(n)) return {};
    if (is(n, "condition_clause")) {
      TSNode v = field(n, "value");
      if (ts_node_is_null(v) && ts_node_named_child_count(n)) v = ts_node_named_child(n, ts_node_named_child_count(n) - 1);
      if (is(v, "declaration")) return declaration(v);
      return ts_node_is_null(v) ? Cond{} : expr(v);
    }
    return expr(n);
  }

  Cond declaration(TSNode n) {
    // The value that matters: the one holding the subject's call, else one holding a check.
    Cond out;
    for (uint32_t i = 0; i < ts_node_named_child_count(n); ++i) {
      TSNode d = ts_node_named_child(n, i);
      TSNode v = is(d, "init_declarator") ? field(d, "value") : TSNode{};
      if (ts_node_is_null(v)) continue;
      if (holds_start(v)) return expr(v);
      if (holds_check(v)) out.kind = Cond::Kind::check;
    }
    return out;
  }

  Cond expr(TSNode n) {
    if (same(n, start_)) return {Cond::Kind::start, {}};
    const std::string_view t = ts_node_type(n);
    if (t == "parenthesized_expression" && ts_node_named_child_count(n) == 1) return expr(ts_node_named_child(n, 0));
    if (t == "cast_expression") {
      TSNode v = field(n, "value");
      if (!ts_node_is_null(v)) return expr(v);
    }
    if (t == "assignment_expression") {
      TSNode right = field(n, "right");
      TSNode op = field(n, "operator");
      if (!ts_node_is_null(right) && (ts_node_is_null(op) || text_of(op, src_) == "=")) return expr(right);
    }
    if (t == "identifier" && !subject_.empty() && text_of(n, src_) == subject_) return {Cond::Kind::subject, {}};
    if (t == "unary_expression" && text_of(field(n, "operator"), src_) == "!") return {Cond::Kind::negate, {expr(field(n, "argument"))}};
    if (t == "binary_expression") {
      const std::string_view op = text_of(field(n, "operator"), src_);
      TSNode l = field(n, "left"), r = field(n, "right");
      if (op == "&&") return {Cond::Kind::both, {expr(l), expr(r)}};
      if (op == "||") return {Cond::Kind::either, {expr(l), expr(r)}};
      if (op == "==" || op == "!=") {
        TSNode other = null_like(r) ? l : null_like(l) ? r : TSNode{};
        if (!ts_node_is_null(other)) {
          Cond c = expr(other);
          if (c.kind == Cond::Kind::start || c.kind == Cond::Kind::subject || c.kind == Cond::Kind::negate)
            return op == "!=" ? c : Cond{Cond::Kind::negate, {c}};
        }
      }
    }
    if (holds_start(n)) return {Cond::Kind::start, {}};  // taken inside a larger expression: effect only
    if (holds_check(n)) return {Cond::Kind::check, {}};
    return {};
  }

  std::string_view src_;
  const std::set<std::string>& checks_;
  TSNode start_;
  std::string subject_;
};

// The variable the certificate is stored in: `X509 *c = call`, `c = call`, through parentheses and casts.
std::string subject_name(TSNode call, std::string_view src) {
  TSNode n = call;
  TSNode p = ts_node_parent(n);
  while (is(p, "parenthesized_expression") || is(p, "cast_expression")) {
    n = p;
    p = ts_node_parent(p);
  }
  if (is(p, "init_declarator") && same(field(p, "value"), n)) {
    TSNode d = field(p, "declarator");
    while (is(d, "pointer_declarator") || is(d, "reference_declarator")) d = field(d, "declarator");
    if (is(d, "identifier")) return std::string(text_of(d, src));
  }
  if (is(p, "assignment_expression") && same(field(p, "right"), n)) {
    TSNode l = field(p, "left");
    if (is(l, "identifier")) return std::string(text_of(l, src));
  }
  return {};
}

std::string function_name(TSNode def, std::string_view src) {
  TSNode d = field(def, "declarator");
  while (!ts_node_is_null(d) && !is(d, "function_declarator")) d = field(d, "declarator");
  if (ts_node_is_null(d)) return {};
  TSNode name = field(d, "declarator");
  return is(name, "identifier") || is(name, "qualified_identifier") || is(name, "field_identifier") ? std::string(text_of(name, src)) : std::string();
}

}  // namespace

void add_unchecked_peer_certificates(TSNode root, std::string_view src, const std::string& file, FileFacts& out) {
  if (!paths::may_take_peer_certificate(src)) return;  // no such call: the walk below would find none
  // One pass over the file: the functions, whether any peer certificate is taken, whether a verify mode is set.
  struct Function {
    TSNode def, body;
    std::string name;
    std::set<std::string> calls;
    std::vector<TSNode> peer_calls;
  };
  std::vector<Function> functions;
  bool verify_mode_set = false, any_peer_call = false;
  each_node(root, [&](TSNode n) {
    if (is(n, "function_definition")) {
      TSNode body = field(n, "body");
      if (!is(body, "compound_statement")) return true;
      Function f{n, body, function_name(n, src), {}, {}};
      each_node(body, [&](TSNode c) {
        if (is(c, "lambda_expression")) return false;  // its own function
        if (!is(c, "call_expression")) return true;
        const std::string name = callee(c, src);
        if (name.empty()) return true;
        f.calls.insert(name);
        if (paths::is_peer_certificate_call(name)) {
          f.peer_calls.push_back(c);
          any_peer_call = true;
        }
        return true;
      });
      functions.push_back(std::move(f));
    } else if (is(n, "call_expression") && paths::is_verify_mode_setter(callee(n, src))) {
      TSNode args = field(n, "arguments");
      if (ts_node_named_child_count(args) >= 2 && !paths::is_verify_none(text_of(ts_node_named_child(args, 1), src)))
        verify_mode_set = true;
    }
    return true;
  });
  if (!any_peer_call || verify_mode_set) return;

  // Checks: the result functions, then this file's functions that call one, to a fixpoint.
  std::set<std::string> checks;
  for (const auto& f : functions)
    for (const auto& c : f.calls)
      if (paths::is_verify_result_call(c)) checks.insert(c);
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& f : functions) {
      if (f.name.empty() || checks.count(f.name)) continue;
      for (const auto& c : f.calls)
        if (checks.count(c)) {
          grew = checks.insert(f.name).second || grew;
          break;
        }
    }
  }

  for (const auto& f : functions)
    for (TSNode call : f.peer_calls) {
      Translator tr(src, checks, call, subject_name(call, src));
      if (paths::check_paths(tr.statement(f.body)) != paths::Outcome::unchecked) continue;
      TrustFact t;
      t.rule_id = rule_ids::kVerificationDisabled;
      t.kind = TrustKind::verify_disabled;
      t.api = callee(call, src) + " without SSL_get_verify_result on every path, and no SSL_VERIFY_PEER";
      t.location = location_of(call, file);
      t.confidence = "low";
      out.trust.push_back(std::move(t));
    }
}

}  // namespace atscan::ts
