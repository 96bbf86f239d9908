#include "scanners/treesitter/match_facts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/judge/endpoint_names.h"
#include "core/trust/pins.h"
#include "core/util/stable_sort.h"
#include "scanners/treesitter/callback_constants.h"

namespace atscan::ts {
namespace {

// Internal marker carried in UseFact::message between matching and dedupe.
constexpr const char* kKeepsSystemTrust = "\x01keeps-system-trust";
constexpr const char* kServerSide = "\x01server-side";
// A use that installs its @from as the anchors of its @to (mbedtls_ssl_conf_ca_chain): the trust loaded
// into @from is reported here, where it becomes the configuration's trust.
// A call that switches a client's built-in root list off (Feather useDefaultRootCA(false)): the roots the
// code adds to that client are then its only trust. The message carries the call's api after the marker.
constexpr std::string_view kDropsDefaults = "\x01drops-defaults\x01";
constexpr std::string_view kInstallsTrust = "\x01installs-trust\x01";

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

Location location_of(TSNode node, const FilePath& file) {
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

namespace {
// The statement that holds `n`: its ancestor whose parent is a block, the file or a preprocessor conditional.
TSNode statement_of(TSNode n) {
  static const std::set<std::string_view> kBlocks = {
      "translation_unit", "compound_statement", "preproc_ifdef", "preproc_if", "preproc_else", "preproc_elif", "declaration_list",
      "field_declaration_list", "program", "module", "block", "class_body", "source_file", "statement_block"};
  for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); n = p, p = ts_node_parent(p))
    if (kBlocks.count(ts_node_type(p))) return n;
  return n;
}

bool starts_with_word(std::string_view s, std::string_view w) {
  return s.starts_with(w) && (s.size() == w.size() || !std::isalnum(static_cast<unsigned char>(s[w.size()])));
}

// Whether a comment line says the setting is for S3 or CloudFront: the service after a preposition
// ("for TLS authentication with S3", "root CA for Amazon S3") or one of their host names, in a line
// that negates nothing ("not an S3 break", "no S3 endpoint" describe something else).
bool says_for_service(std::string_view line) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c))) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!cur.empty()) words.push_back(std::move(cur)), cur.clear();
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  static const std::set<std::string_view> kNegations = {"not", "no", "never", "nor", "without", "isn", "doesn", "don", "won"};
  for (const auto& w : words)
    if (kNegations.count(w)) return false;
  if (line.find(".amazonaws.com") != std::string_view::npos || line.find(".cloudfront.net") != std::string_view::npos) return true;
  static const std::set<std::string_view> kPrepositions = {"for", "with", "to", "from", "by", "via", "on"};
  static const std::set<std::string_view> kFillers = {"the", "a", "an", "amazon", "aws", "amazon's"};
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "s3" && words[i] != "cloudfront") continue;
    size_t j = i;
    while (j > 0 && kFillers.count(words[j - 1])) --j;
    if (j > 0 && kPrepositions.count(words[j - 1])) return true;
  }
  return false;
}

// The line of the comment block just above the statement of `target` that names S3 or CloudFront ("root
// CA certificate for TLS authentication with S3", see says_for_service), else "". Blank lines between the
// comment and the statement, and preprocessor conditionals anywhere, are skipped; any other line ends the search.
std::string service_comment_above(TSNode target, std::string_view src) {
  const uint32_t start = ts_node_start_byte(statement_of(target));
  if (start == 0 || start > src.size()) return "";
  size_t end = src.rfind('\n', start - 1);  // the newline that ends the line above
  bool in_comment = false;
  for (int budget = 60; end != std::string_view::npos && budget > 0; --budget) {
    const size_t begin = end == 0 ? 0 : src.rfind('\n', end - 1);
    const size_t from = begin == std::string_view::npos ? 0 : begin + 1;
    std::string_view line = src.substr(from, end - from);
    const auto b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
    line = b == std::string_view::npos ? std::string_view() : line.substr(b, e - b + 1);
    const bool conditional = starts_with_word(line, "#if") || starts_with_word(line, "#ifdef") || starts_with_word(line, "#ifndef") ||
                             starts_with_word(line, "#else") || starts_with_word(line, "#elif");
    const bool comment = line.starts_with("//") || line.starts_with("/*") || line.starts_with("*") || line.ends_with("*/") ||
                         (line.starts_with("#") && !line.starts_with("#!") && !conditional && !starts_with_word(line, "#define") &&
                          !starts_with_word(line, "#include") && !starts_with_word(line, "#endif") && !starts_with_word(line, "#pragma") &&
                          !starts_with_word(line, "#undef"));
    if (comment) {
      in_comment = true;
      if (says_for_service(line) && !endpoint_named_by(line).empty()) {
        std::string_view text = line;  // without the comment's own markers
        text.remove_prefix(std::min(text.size(), text.find_first_not_of("/*#! \t")));
        if (text.ends_with("*/")) text.remove_suffix(2);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        return std::string(text.substr(0, 200));
      }
    } else if (!conditional && (in_comment || !line.empty())) {
      break;
    }
    if (begin == std::string_view::npos) break;
    end = begin;
  }
  return "";
}
}  // namespace

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
  if (kind == "default_trust") {
    // useDefaultRootCA(flag): on keeps the built-in roots (what is added is added), off makes the added
    // roots a replacement, reported again here. A flag that does not resolve to either decides nothing.
    auto flag = first("flag");
    if (!flag) {
      error = "a default_trust pattern needs @flag";
      return false;
    }
    std::string v = values.text(*flag);
    if (auto def = values.definition_of(*flag)) v = values.text(*def);
    const auto b = v.find_first_not_of(" \t\r\n\\"), e = v.find_last_not_of(" \t\r\n\\");
    v = b == std::string::npos ? "" : v.substr(b, e - b + 1);
    const Location at = location_of(*target, *ctx.file);
    if (v == "1" || v == "true" || v == "TRUE") out.uses.push_back({object, object, at, kKeepsSystemTrust});
    else if (v == "0" || v == "false" || v == "FALSE") out.uses.push_back({object, object, at, std::string(kDropsDefaults) + setting(info, "api")});
    return true;
  }
  if (kind == "use") {
    auto from = first("from"), to = first("to");
    if (!from || !to) {
      error = "a use pattern needs @from and @to";
      return false;
    }
    std::string message = setting(info, "message");
    if (setting(info, "installs") == "trust") message = std::string(kInstallsTrust) + message;
    out.uses.push_back({values.text(*from), values.text(*to), location_of(*target, *ctx.file), std::move(message)});
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
      t.value_locations.push_back(location_of(pin, *ctx.file));
    } else if (auto list = values.definition_of(pin); list && ts_node_named_child_count(*list) > 0 && !values.resolve(*list)) {
      // A name bound to a list: its literal elements that read as pins are the pins.
      for (uint32_t i = 0; i < ts_node_named_child_count(*list); ++i) {
        TSNode element = ts_node_named_child(*list, i);
        if (auto pin_value = values.resolve(element); pin_value && parse_pin(*pin_value)) {
          t.values.push_back(*pin_value);
          t.value_locations.push_back(location_of(element, *ctx.file));
        }
      }
    }
    if (auto def = values.definition_of(pin)) t.value_origins.push_back(location_of(*def, *ctx.file));
  }
  // @pins: a list whose literal elements are the pins (comments between them are skipped). One capture
  // of the whole list, not one per element: a pattern quantified over the elements matches a long list
  // in many partial ways.
  for (TSNode list : captured(m, q, "pins"))
    for (uint32_t i = 0; i < ts_node_named_child_count(list); ++i) {
      TSNode element = ts_node_named_child(list, i);
      if (std::string_view(ts_node_type(element)) == "comment") continue;
      if (auto pin_value = values.resolve(element)) {
        t.values.push_back(*pin_value);
        t.value_locations.push_back(location_of(element, *ctx.file));
      }
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
  if (t.value_locations.size() != t.values.size()) t.value_locations.clear();
  // A callback body (@body): the names and digests it compares with constants decide its verdict.
  if (t.kind == TrustKind::custom_verify_callback)
    if (auto body = first("body")) t.callback_constants = callback_constants(*body, values);
  t.documented_for = service_comment_above(*target, values.source());
  out.trust.push_back(std::move(t));
  return true;
}

namespace {
// Adds the pins of `from` that `into` lacks, in source order when both know where their pins are.
void merge_pins(const TrustFact& from, TrustFact& into) {
  const bool located = from.value_locations.size() == from.values.size() && into.value_locations.size() == into.values.size();
  std::vector<std::pair<Location, std::string>> all;
  for (size_t i = 0; i < into.values.size(); ++i) all.emplace_back(located ? into.value_locations[i] : Location{}, into.values[i]);
  for (size_t i = 0; i < from.values.size(); ++i) {
    std::pair<Location, std::string> p{located ? from.value_locations[i] : Location{}, from.values[i]};
    if (std::find(all.begin(), all.end(), p) == all.end()) all.push_back(std::move(p));
  }
  if (located) stable_sort_vector(all, [](const auto& a, const auto& b) { return a.first < b.first; });
  into.values.clear();
  into.value_locations.clear();
  for (auto& [at, v] : all) {
    into.values.push_back(std::move(v));
    if (located) into.value_locations.push_back(at);
  }
}

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

namespace {
// Certificates parsed into a holder (mbedtls_x509_crt_parse(&ca, …)) become trust only where the holder
// is installed (mbedtls_ssl_conf_ca_chain(&conf, &ca, …)): the finding goes there, and the parse becomes
// the related step. Only when one trust fact fills the holder, so that two parses into one chain stay two findings.
void relocate_to_installs(FileFacts& facts) {
  std::map<std::string, std::vector<size_t>> installs;  // function + '\n' + holder → uses
  for (size_t i = 0; i < facts.uses.size(); ++i) {
    UseFact& u = facts.uses[i];
    if (!u.message.starts_with(kInstallsTrust)) continue;
    u.message.erase(0, kInstallsTrust.size());
    installs[function_at(facts, u.location) + "\n" + u.from_object].push_back(i);
  }
  if (installs.empty()) return;
  std::map<std::string, std::vector<size_t>> held;  // same key → trust facts
  for (size_t i = 0; i < facts.trust.size(); ++i) {
    const TrustFact& t = facts.trust[i];
    const bool material = t.kind == TrustKind::embedded_pem || t.kind == TrustKind::embedded_der || t.kind == TrustKind::bundle_path ||
                          t.kind == TrustKind::unresolved;
    if (material && !t.object.empty()) held[function_at(facts, t.location) + "\n" + t.object].push_back(i);
  }
  for (const auto& [key, uses] : installs) {
    auto it = held.find(key);
    if (uses.size() != 1 || it == held.end() || it->second.size() != 1) continue;
    TrustFact& t = facts.trust[it->second.front()];
    UseFact& u = facts.uses[uses.front()];
    std::swap(t.location, u.location);
    u.message = "the certificates are loaded into the chain here";
  }
}
}  // namespace

void dedupe_facts(FileFacts& facts) {
  std::set<std::string> keeps_system;  // function + '\n' + object
  std::set<std::string> server_side;   // function + '\n' + object
  std::vector<UseFact> drops;          // built-in roots switched off
  std::erase_if(facts.uses, [&](const UseFact& u) {
    if (u.message.starts_with(kDropsDefaults)) drops.push_back(u);
    // An object's attribute (self._ctx, this.ctx) lives with the object, not with the method that set it.
    else if (u.message == kKeepsSystemTrust)
      keeps_system.insert((u.from_object.starts_with("self.") || u.from_object.starts_with("this.") ? "" : function_at(facts, u.location)) +
                          "\n" + u.from_object);
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
  relocate_to_installs(facts);
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
      continue;
    }
    // A list pattern can match the same list more than once, each time skipping some elements: the
    // set is every pin any of them read.
    if (t.kind == TrustKind::pin_set) merge_pins(t, kept[it->second]);
    if (kept[it->second].object.empty() && !t.object.empty()) {
      merge_pins(kept[it->second], t);
      kept[it->second] = std::move(t);
    }
  }
  facts.trust = std::move(kept);
  // The roots added to a client whose built-in list is switched off replace its trust: the switch is the
  // decisive line, so the added roots are reported there too (a copy of each fact, with the switch's api).
  for (const auto& d : drops) {
    const std::string fn = function_at(facts, d.location);
    const size_t n = facts.trust.size();
    for (size_t i = 0; i < n; ++i) {
      const TrustFact& t = facts.trust[i];
      const bool added = t.kind == TrustKind::embedded_pem || t.kind == TrustKind::embedded_der || t.kind == TrustKind::bundle_path ||
                         t.kind == TrustKind::unresolved;
      if (!added || t.object != d.from_object || function_at(facts, t.location) != fn) continue;
      TrustFact copy = t;
      copy.location = d.location;
      copy.api = d.message.substr(kDropsDefaults.size());
      facts.trust.push_back(std::move(copy));
    }
  }
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
