#include "scanners/treesitter/match_facts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "core/trust/pins.h"
#include "scanners/treesitter/callback_constants.h"

namespace atscan::ts {
namespace {

// Internal marker carried in UseFact::message between matching and dedupe.
constexpr const char* kKeepsSystemTrust = "\x01keeps-system-trust";
constexpr const char* kServerSide = "\x01server-side";

std::vector<TSNode> captured(const TSQueryMatch& m, const QueryFile& q, const std::string& name) {
  std::vector<TSNode> out;
  for (uint16_t i = 0; i < m.capture_count; ++i)
    if (q.capture_names[m.captures[i].index] == name) out.push_back(m.captures[i].node);
  return out;
}

std::string setting(const PatternInfo& info, const std::string& key, const std::string& fallback = "") {
  auto it = info.settings.find(key);
  return it == info.settings.end() ? fallback : it->second;
}

}  // namespace

Location location_of(TSNode node, const std::string& file) {
  TSPoint s = ts_node_start_point(node), e = ts_node_end_point(node);
  return Location{file, static_cast<int>(s.row) + 1, static_cast<int>(s.column) + 1, static_cast<int>(e.row) + 1,
                  static_cast<int>(e.column) + 1};
}

namespace {
// A node's code as its tokens, comments and layout left out: "{ go(); }" for "{ // why\n  go();\n}".
void code_tokens(TSNode n, std::string_view source, std::string& out) {
  if (std::string_view(ts_node_type(n)).find("comment") != std::string_view::npos) return;
  const uint32_t count = ts_node_child_count(n);
  if (count == 0) {
    const uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
    if (b >= e || e > source.size()) return;
    if (!out.empty()) out += ' ';
    out += source.substr(b, e - b);
    return;
  }
  for (uint32_t i = 0; i < count; ++i) code_tokens(ts_node_child(n, i), source, out);
}

std::optional<TSNode> capture_node(const TSQueryMatch& m, uint32_t index) {
  for (uint16_t i = 0; i < m.capture_count; ++i)
    if (m.captures[i].index == index) return m.captures[i].node;
  return std::nullopt;
}
}  // namespace

namespace {
std::string_view node_text(TSNode node, std::string_view source) {
  const uint32_t b = ts_node_start_byte(node), e = ts_node_end_byte(node);
  if (e > source.size() || b > e) return {};
  return source.substr(b, e - b);
}
}  // namespace

bool predicates_hold(const TSQueryMatch& m, const PatternInfo& info, const ValueResolver& values, const Marks* marks, Predicates which) {
  using Op = TextPredicate::Op;
  const std::string_view source = values.source();
  for (const auto& p : info.predicates) {
    const bool mark_test = p.kind == Op::marked || p.kind == Op::not_marked;
    if ((which == Predicates::text && mark_test) || (which == Predicates::marks && !mark_test)) continue;
    if (p.kind == Op::same_code) {
      auto a = capture_node(m, p.capture);
      auto b = p.other_capture >= 0 ? capture_node(m, static_cast<uint32_t>(p.other_capture)) : std::nullopt;
      if (!a || !b) return false;
      std::string ta, tb;
      code_tokens(*a, source, ta);
      code_tokens(*b, source, tb);
      if (ta != tb) return false;
      continue;
    }
    if (mark_test) {
      for (uint16_t i = 0; i < m.capture_count; ++i) {
        if (m.captures[i].index != p.capture) continue;
        const bool marked = marks && marks->holds(m.captures[i].node, p.values[0], source);
        if (marked != (p.kind == Op::marked)) return false;
      }
      continue;
    }
    std::string_view other;
    if (p.other_capture >= 0)
      for (uint16_t i = 0; i < m.capture_count; ++i)
        if (static_cast<int>(m.captures[i].index) == p.other_capture) other = node_text(m.captures[i].node, source);
    for (uint16_t i = 0; i < m.capture_count; ++i) {
      if (m.captures[i].index != p.capture) continue;
      const std::string_view t = node_text(m.captures[i].node, source);
      bool ok = true;
      switch (p.kind) {
        case Op::eq:
        case Op::not_eq_: {
          const bool eq = p.other_capture >= 0 ? t == other : (!p.values.empty() && t == p.values[0]);
          ok = (p.kind == Op::eq) == eq;
          break;
        }
        case Op::match:
        case Op::not_match:
          ok = (p.kind == Op::match) == p.regex->search(t);
          break;
        case Op::any_of:
        case Op::not_any_of: {
          const bool any = std::find(p.values.begin(), p.values.end(), t) != p.values.end();
          ok = (p.kind == Op::any_of) == any;
          break;
        }
        default: break;
      }
      if (!ok) return false;
    }
  }
  return true;
}

bool add_match_facts(const TSQueryMatch& m, const MatchContext& ctx, FileFacts& out, std::string& error) {
  const QueryFile& q = *ctx.query;
  const PatternInfo& info = q.patterns[m.pattern_index];
  const ValueResolver& values = *ctx.values;
  const std::string kind = setting(info, "kind");
  auto first = [&](const std::string& name) -> std::optional<TSNode> {
    auto v = captured(m, q, name);
    if (v.empty()) return std::nullopt;
    return v.front();
  };
  auto target = first("target");
  if (!target) target = first("value");
  if (!target) target = first("endpoint");
  if (!target && m.capture_count > 0) target = m.captures[0].node;
  if (!target) {
    error = "pattern " + std::to_string(m.pattern_index) + " has no captures";
    return false;
  }
  std::string object = first("object") ? values.text(*first("object")) : setting(info, "object");

  if (kind == "endpoint") {
    EndpointFact e;
    e.object = object;
    e.api = setting(info, "api");
    e.location = location_of(*target, *ctx.file);
    if (auto fixed = info.settings.find("value"); fixed != info.settings.end()) {
      e.value = fixed->second;
      e.implied = true;
    } else if (auto node = first("endpoint")) {
      e.value = values.resolve(*node).value_or(values.text(*node));
      if (ctx.flows) e.value_flow = ctx.flows->value(*node);
    }
    out.endpoints.push_back(std::move(e));
    return true;
  }
  if (kind == "keeps_system_trust") {
    // The object also loads the system roots (load_default_certs, set_default_verify_paths,
    // SystemCertPool): what is loaded into it is added, not substituted. Resolved in dedupe_facts.
    out.uses.push_back({object, object, location_of(*target, *ctx.file), kKeepsSystemTrust});
    return true;
  }
  if (kind == "server_side") {
    // The object is the server end of TLS (a context from a server method, a connection that accepts):
    // the CAs loaded into it verify clients. Resolved in dedupe_facts.
    out.uses.push_back({object, object, location_of(*target, *ctx.file), kServerSide});
    return true;
  }
  if (kind == "use") {
    auto from = first("from"), to = first("to");
    if (!from || !to) {
      error = "a use pattern needs @from and @to";
      return false;
    }
    out.uses.push_back({values.text(*from), values.text(*to), location_of(*target, *ctx.file), setting(info, "message")});
    return true;
  }

  auto tk = parse_trust_kind(kind);
  if (!tk) {
    error = "pattern " + std::to_string(m.pattern_index) + ": unknown kind '" + kind + "'";
    return false;
  }
  TrustFact t;
  t.rule_id = setting(info, "rule");
  if (t.rule_id.empty()) {
    error = "pattern " + std::to_string(m.pattern_index) + ": missing (#set! rule \"ats-…\")";
    return false;
  }
  t.kind = *tk;
  t.api = setting(info, "api");
  t.object = object;
  t.location = location_of(*target, *ctx.file);
  t.leaf_only_pins = setting(info, "leaf_only") == "true";
  t.confidence = setting(info, "confidence", "high");
  t.governs_aws = setting(info, "governs") == "aws";
  if (auto d = setting(info, "verify_depth"); !d.empty()) t.verify_depth = std::stoi(d);

  for (TSNode pin : captured(m, q, "pin")) {
    if (auto v = values.resolve(pin)) {
      t.values.push_back(*v);
    } else if (auto list = values.definition_of(pin); list && ts_node_named_child_count(*list) > 0 && !values.resolve(*list)) {
      // A name bound to a list: its literal elements that read as pins are the pins.
      for (uint32_t i = 0; i < ts_node_named_child_count(*list); ++i)
        if (auto v = values.resolve(ts_node_named_child(*list, i)); v && parse_pin(*v)) t.values.push_back(*v);
    }
    if (auto def = values.definition_of(pin)) t.value_origins.push_back(location_of(*def, *ctx.file));
  }
  // A pattern that reads its pins from a name (`(#set! pins "required")`) yields nothing when none read.
  if (setting(info, "pins") == "required" && t.values.empty()) return true;
  if (auto node = first("value")) {
    if (ctx.flows) t.value_flow = ctx.flows->value(*node);
    auto v = values.resolve(*node);
    if (auto def = values.definition_of(*node)) t.value_origins.push_back(location_of(*def, *ctx.file));
    if (v) {
      t.value = *v;
      const bool pem = v->find("-----BEGIN CERTIFICATE-----") != std::string::npos;
      if (pem && (t.kind == TrustKind::bundle_path || t.kind == TrustKind::unresolved)) t.kind = TrustKind::embedded_pem;
    } else {
      t.value = values.text(*node);
      if (t.kind == TrustKind::bundle_path || t.kind == TrustKind::keystore || t.kind == TrustKind::embedded_pem) t.kind = TrustKind::unresolved;
    }
  }
  if (t.kind == TrustKind::pin_set && t.values.empty() && !t.value.empty()) t.values.push_back(t.value);
  // A callback body (@body): the names and digests it compares with constants decide its verdict.
  if (t.kind == TrustKind::custom_verify_callback)
    if (auto body = first("body")) t.callback_constants = callback_constants(*body, values);
  out.trust.push_back(std::move(t));
  return true;
}

namespace {
// The innermost function holding `at` (flow records), so that `ctx` in one function is not `ctx` in another.
std::string function_at(const FileFacts& facts, const Location& at) {
  const flow::Function* best = nullptr;
  for (const auto& f : facts.flows.functions) {
    const auto& r = f.range;
    if (std::make_pair(r.line, r.column) <= std::make_pair(at.line, at.column) &&
        std::make_pair(r.end_line, r.end_column) >= std::make_pair(at.line, at.column) &&
        (!best || std::make_pair(r.end_line - r.line, r.end_column - r.column) <
                      std::make_pair(best->range.end_line - best->range.line, best->range.end_column - best->range.column)))
      best = &f;
  }
  return best ? best->name : "";
}
}  // namespace

void dedupe_facts(FileFacts& facts) {
  std::set<std::string> keeps_system;  // function + '\n' + object
  std::set<std::string> server_side;   // function + '\n' + object
  std::erase_if(facts.uses, [&](const UseFact& u) {
    if (u.message == kKeepsSystemTrust) keeps_system.insert(function_at(facts, u.location) + "\n" + u.from_object);
    else if (u.message == kServerSide) server_side.insert(function_at(facts, u.location) + "\n" + u.from_object);
    else return false;
    return true;
  });
  // A context whose connection (ssl = SSL_new(ctx)) accepts in the same function is a server context.
  for (const auto& u : facts.uses) {
    const std::string fn = function_at(facts, u.location);
    if (server_side.count(fn + "\n" + u.to_object)) server_side.insert(fn + "\n" + u.from_object);
  }
  // Client-certificate verification on a server context is not the trust of an outgoing connection.
  if (!server_side.empty())
    std::erase_if(facts.trust, [&](const TrustFact& t) {
      return !t.object.empty() &&
             (server_side.count(function_at(facts, t.location) + "\n" + t.object) || server_side.count("\n" + t.object));
    });
  // A literal certificate (api "literal") stays a finding of its own even when a trust call in the file
  // consumes it through a name: the literal is what gets replaced, and a literal reached through
  // macros or other files is reported the same way.
  std::map<std::tuple<std::string, TrustKind, Location>, size_t> best;
  std::vector<TrustFact> kept;
  for (auto& t : facts.trust) {
    auto key = std::make_tuple(t.rule_id, t.kind, t.location);
    auto it = best.find(key);
    if (it == best.end()) {
      best.emplace(key, kept.size());
      kept.push_back(std::move(t));
    } else if (kept[it->second].object.empty() && !t.object.empty()) {
      kept[it->second] = std::move(t);
    }
  }
  facts.trust = std::move(kept);
  for (auto& t : facts.trust) {
    // an object kept at file scope (a module-level context) keeps the system roots in every function
    if (t.object.empty() || (!keeps_system.count(function_at(facts, t.location) + "\n" + t.object) && !keeps_system.count("\n" + t.object)))
      continue;
    if (t.kind == TrustKind::bundle_path || t.kind == TrustKind::unresolved || t.kind == TrustKind::embedded_pem ||
        t.kind == TrustKind::embedded_der || t.kind == TrustKind::system_trust_replaced)
      t.kind = TrustKind::bundle_added;
  }
  std::map<Location, size_t> ebest;
  std::vector<EndpointFact> ekept;
  for (auto& e : facts.endpoints) {
    auto it = ebest.find(e.location);
    if (it == ebest.end()) {
      ebest.emplace(e.location, ekept.size());
      ekept.push_back(std::move(e));
    } else if (ekept[it->second].object.empty() && !e.object.empty()) {
      ekept[it->second] = std::move(e);
    }
  }
  facts.endpoints = std::move(ekept);
}

}  // namespace atscan::ts
