#include "core/model/facts_codec.h"

#include <string>
#include <string_view>

namespace atscan {
namespace {

using json = nlohmann::json;

// Values may hold raw bytes (DER in a C string): text that is not UTF-8 travels as {"hex": …} so the
// JSON form stays valid JSON and the bytes come back exactly.
bool valid_utf8(std::string_view s) {
  // Strict (no overlong forms, no surrogates, nothing above U+10FFFF): what the JSON writer accepts.
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

std::string hex(std::string_view s) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() * 2);
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

json str(const std::string& s) {
  if (valid_utf8(s)) return s;
  return json{{"hex", hex(s)}};
}
// The same, written to a CBOR stream.
void str(CborWriter& w, std::string_view s) {
  if (valid_utf8(s)) {
    w.text(s);
    return;
  }
  w.begin_map();
  w.text("hex");
  w.text(hex(s));
  w.end();
}

std::string get_str(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (!j.is_object() || !j.contains("hex")) throw FactsCodecError("expected a string");
  const std::string hex = j.at("hex").get<std::string>();
  if (hex.size() % 2) throw FactsCodecError("odd hex string");
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    throw FactsCodecError("bad hex digit");
  };
  std::string out;
  out.reserve(hex.size() / 2);
  for (size_t i = 0; i < hex.size(); i += 2) out += static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1]));
  return out;
}

// Optional members: written only when not at their default.
void put(CborWriter& w, const char* key, const std::string& s) {
  if (s.empty()) return;
  w.text(key);
  str(w, s);
}
void put(CborWriter& w, const char* key, int v) {
  if (v == 0) return;
  w.text(key);
  w.integer(v);
}
void put(CborWriter& w, const char* key, bool v) {
  if (!v) return;
  w.text(key);
  w.boolean(true);
}
std::string take_str(const json& j, const char* key) { return j.contains(key) ? get_str(j.at(key)) : std::string(); }
int take_int(const json& j, const char* key) { return j.contains(key) ? integer_from_json<int>(j.at(key)) : 0; }
bool take_bool(const json& j, const char* key) { return j.contains(key) && j.at(key).get<bool>(); }

// An enum as its number, unless it is the default (which is not always the first member).
template <typename E>
void put_enum(CborWriter& w, const char* key, E v, E fallback) {
  if (v == fallback) return;
  w.text(key);
  w.integer(static_cast<int>(v));
}

// A location is [line, column, end line, end column] and, when it lies in another file than the one
// the facts belong to, the file as a fifth element.
void loc(CborWriter& w, const Location& l, const std::string& file) {
  w.begin_array();
  w.integer(l.line);
  w.integer(l.column);
  w.integer(l.end_line);
  w.integer(l.end_column);
  if (l.file != file) str(w, l.file);
  w.end();
}
Location get_loc(const json& a, const std::string& file) {
  if (!a.is_array() || (a.size() != 4 && a.size() != 5)) throw FactsCodecError("a location is an array of 4 or 5");
  Location l;
  l.line = integer_from_json<int>(a[0]);
  l.column = integer_from_json<int>(a[1]);
  l.end_line = integer_from_json<int>(a[2]);
  l.end_column = integer_from_json<int>(a[3]);
  l.file = a.size() == 5 ? get_str(a[4]) : file;
  return l;
}
void put_loc(CborWriter& w, const char* key, const Location& l, const std::string& file) {
  if (l == Location{file}) return;
  w.text(key);
  loc(w, l, file);
}
Location take_loc(const json& j, const char* key, const std::string& file) {
  return j.contains(key) ? get_loc(j.at(key), file) : Location{file};
}

void put(CborWriter& w, const char* key, const std::vector<std::string>& v) {
  if (v.empty()) return;
  w.text(key);
  w.begin_array();
  for (const auto& e : v) str(w, e);
  w.end();
}
std::vector<std::string> get_strs(const json& a) {
  std::vector<std::string> v;
  for (const auto& e : a) v.push_back(get_str(e));
  return v;
}

template <typename E>
E enum_at(int i, int last, const char* what) {
  if (i < 0 || i > last) throw FactsCodecError(std::string("unknown ") + what + " " + std::to_string(i));
  return static_cast<E>(i);
}

void value(CborWriter& w, const flow::Value& v, const std::string& file) {
  w.begin_map();
  put_enum(w, "k", v.kind, flow::ValueKind::unknown);
  put(w, "t", v.text);
  if (!v.parts.empty()) {
    w.text("p");
    w.begin_array();
    for (const auto& part : v.parts) value(w, part, file);
    w.end();
  }
  put_loc(w, "l", v.location, file);
  put(w, "lb", v.label);
  w.end();
}
flow::Value get_value(const json& j, const std::string& file) {
  flow::Value v;
  v.kind = j.contains("k") ? enum_at<flow::ValueKind>(integer_from_json<int>(j.at("k")), static_cast<int>(flow::ValueKind::unknown), "value kind")
                           : flow::ValueKind::unknown;
  v.text = take_str(j, "t");
  if (j.contains("p"))
    for (const auto& p : j.at("p")) v.parts.push_back(get_value(p, file));
  v.location = take_loc(j, "l", file);
  v.label = take_str(j, "lb");
  return v;
}
void put_value(CborWriter& w, const char* key, const flow::Value& v, const std::string& file) {
  if (v == flow::Value{}) return;
  w.text(key);
  value(w, v, file);
}
flow::Value take_value(const json& j, const char* key, const std::string& file) {
  return j.contains(key) ? get_value(j.at(key), file) : flow::Value{};
}

// A list of locations under `key`, when there is one.
void put_locs(CborWriter& w, const char* key, const std::vector<Location>& v, const std::string& file) {
  if (v.empty()) return;
  w.text(key);
  w.begin_array();
  for (const auto& l : v) loc(w, l, file);
  w.end();
}

void trust(CborWriter& w, const TrustFact& t, const std::string& file) {
  w.begin_map();
  put(w, "rule", t.rule_id);
  w.text("kind");
  w.text(to_string(t.kind));
  put(w, "api", t.api);
  put(w, "object", t.object);
  put(w, "value", t.value);
  put(w, "values", t.values);
  put(w, "depth", t.verify_depth);
  put(w, "leaf_only", t.leaf_only_pins);
  put(w, "declared_pins", t.declared_pins);
  put(w, "refused", t.refused);
  put(w, "expiration", t.expiration);
  if (!t.callback_constants.empty()) {
    w.text("callback");
    w.begin_array();
    for (const auto& c : t.callback_constants) {
      w.begin_array();
      str(w, c.field);
      str(w, c.value);
      w.end();
    }
    w.end();
  }
  put_loc(w, "at", t.location, file);
  put_locs(w, "origins", t.value_origins, file);
  put_locs(w, "value_at", t.value_locations, file);
  if (t.confidence != "high") {
    w.text("confidence");
    str(w, t.confidence);
  }
  put_value(w, "flow", t.value_flow, file);
  put(w, "governs_aws", t.governs_aws);
  put(w, "documented_for", t.documented_for);
  w.end();
}
TrustFact get_trust(const json& j, const std::string& file) {
  TrustFact t;
  t.rule_id = take_str(j, "rule");
  const auto kind = parse_trust_kind(j.at("kind").get<std::string>());
  if (!kind) throw FactsCodecError("unknown trust kind " + j.at("kind").get<std::string>());
  t.kind = *kind;
  t.api = take_str(j, "api");
  t.object = take_str(j, "object");
  t.value = take_str(j, "value");
  if (j.contains("values")) t.values = get_strs(j.at("values"));
  t.verify_depth = take_int(j, "depth");
  t.leaf_only_pins = take_bool(j, "leaf_only");
  t.declared_pins = take_bool(j, "declared_pins");
  t.refused = take_str(j, "refused");
  t.expiration = take_str(j, "expiration");
  if (j.contains("callback"))
    for (const auto& c : j.at("callback")) t.callback_constants.push_back({get_str(c.at(0)), get_str(c.at(1))});
  t.location = take_loc(j, "at", file);
  if (j.contains("origins"))
    for (const auto& o : j.at("origins")) t.value_origins.push_back(get_loc(o, file));
  if (j.contains("value_at"))
    for (const auto& o : j.at("value_at")) t.value_locations.push_back(get_loc(o, file));
  t.confidence = j.contains("confidence") ? get_str(j.at("confidence")) : std::string("high");
  t.value_flow = take_value(j, "flow", file);
  t.governs_aws = take_bool(j, "governs_aws");
  t.documented_for = take_str(j, "documented_for");
  return t;
}

void endpoint(CborWriter& w, const EndpointFact& e, const std::string& file) {
  w.begin_map();
  put(w, "object", e.object);
  put(w, "value", e.value);
  put(w, "api", e.api);
  put(w, "implied", e.implied);
  put_loc(w, "at", e.location, file);
  put_value(w, "flow", e.value_flow, file);
  w.end();
}
EndpointFact get_endpoint(const json& j, const std::string& file) {
  EndpointFact e;
  e.object = take_str(j, "object");
  e.value = take_str(j, "value");
  e.api = take_str(j, "api");
  e.implied = take_bool(j, "implied");
  e.location = take_loc(j, "at", file);
  e.value_flow = take_value(j, "flow", file);
  return e;
}

void use(CborWriter& w, const UseFact& u, const std::string& file) {
  w.begin_map();
  put(w, "from", u.from_object);
  put(w, "to", u.to_object);
  put_loc(w, "at", u.location, file);
  put(w, "message", u.message);
  w.end();
}
UseFact get_use(const json& j, const std::string& file) {
  UseFact u;
  u.from_object = take_str(j, "from");
  u.to_object = take_str(j, "to");
  u.location = take_loc(j, "at", file);
  u.message = take_str(j, "message");
  return u;
}

// `key`: an array of the records of `v`, each a map that `one` writes the members of.
template <typename T, typename F>
void put_records(CborWriter& w, const char* key, const std::vector<T>& v, F&& one) {
  if (v.empty()) return;
  w.text(key);
  w.begin_array();
  for (const auto& e : v) {
    w.begin_map();
    one(e);
    w.end();
  }
  w.end();
}

void flows(CborWriter& w, const flow::FileFlows& f, const std::string& file) {
  w.begin_map();
  put(w, "language", f.language);
  put_records(w, "functions", f.functions, [&](const flow::Function& fn) {
    put(w, "name", fn.name);
    put(w, "params", fn.params);
    put(w, "types", fn.param_types);
    put_loc(w, "range", fn.range, file);
  });
  put_records(w, "assignments", f.assignments, [&](const flow::Assignment& as) {
    put_enum(w, "kind", as.kind, flow::AssignKind::assign);
    put(w, "fn", as.function);
    put_value(w, "target", as.target, file);
    put_value(w, "value", as.value, file);
    put(w, "type", as.type);
    put_loc(w, "at", as.location, file);
  });
  put_records(w, "calls", f.calls, [&](const flow::Call& c) {
    put(w, "fn", c.function);
    put_value(w, "call", c.call, file);
  });
  put_records(w, "imports", f.imports, [&](const flow::Import& i) {
    put(w, "module", i.module);
    put(w, "name", i.name);
    put(w, "alias", i.alias);
    put(w, "include", i.include);
    put_loc(w, "at", i.location, file);
  });
  put_records(w, "producers", f.producers, [&](const flow::Producer& p) {
    put_enum(w, "kind", p.kind, flow::ProducerKind::download);
    put(w, "source", p.source);
    put(w, "dest", p.dest);
    put_loc(w, "at", p.location, file);
  });
  w.end();
}
flow::FileFlows get_flows(const json& j, const std::string& file) {
  flow::FileFlows f;
  f.language = take_str(j, "language");
  if (j.contains("functions"))
    for (const auto& e : j.at("functions")) {
      flow::Function fn;
      fn.name = take_str(e, "name");
      if (e.contains("params")) fn.params = get_strs(e.at("params"));
      if (e.contains("types")) fn.param_types = get_strs(e.at("types"));
      fn.range = take_loc(e, "range", file);
      f.functions.push_back(std::move(fn));
    }
  if (j.contains("assignments"))
    for (const auto& e : j.at("assignments")) {
      flow::Assignment as;
      as.kind = e.contains("kind") ? enum_at<flow::AssignKind>(integer_from_json<int>(e.at("kind")), static_cast<int>(flow::AssignKind::ret), "assignment kind")
                                   : flow::AssignKind::assign;
      as.function = take_str(e, "fn");
      as.target = take_value(e, "target", file);
      as.value = take_value(e, "value", file);
      as.type = take_str(e, "type");
      as.location = take_loc(e, "at", file);
      f.assignments.push_back(std::move(as));
    }
  if (j.contains("calls"))
    for (const auto& e : j.at("calls")) f.calls.push_back({take_str(e, "fn"), take_value(e, "call", file)});
  if (j.contains("imports"))
    for (const auto& e : j.at("imports")) {
      flow::Import i;
      i.module = take_str(e, "module");
      i.name = take_str(e, "name");
      i.alias = take_str(e, "alias");
      i.include = take_bool(e, "include");
      i.location = take_loc(e, "at", file);
      f.imports.push_back(std::move(i));
    }
  if (j.contains("producers"))
    for (const auto& e : j.at("producers")) {
      flow::Producer p;
      p.kind = e.contains("kind") ? enum_at<flow::ProducerKind>(integer_from_json<int>(e.at("kind")), static_cast<int>(flow::ProducerKind::written), "producer kind")
                                  : flow::ProducerKind::download;
      p.source = take_str(e, "source");
      p.dest = take_str(e, "dest");
      p.location = take_loc(e, "at", file);
      f.producers.push_back(std::move(p));
    }
  return f;
}

}  // namespace

json text_to_json(const std::string& s) { return str(s); }
std::string text_from_json(const json& j) { return get_str(j); }

void write_facts(CborWriter& w, const FileFacts& facts) {
  const std::string& file = facts.file;
  w.begin_map();
  w.text("file");
  str(w, file);
  auto list = [&](const char* key, const auto& v, auto&& one) {
    if (v.empty()) return;
    w.text(key);
    w.begin_array();
    for (const auto& e : v) one(w, e, file);
    w.end();
  };
  list("trust", facts.trust, [](CborWriter& out, const TrustFact& t, const std::string& f) { trust(out, t, f); });
  list("endpoints", facts.endpoints, [](CborWriter& out, const EndpointFact& e, const std::string& f) { endpoint(out, e, f); });
  list("uses", facts.uses, [](CborWriter& out, const UseFact& u, const std::string& f) { use(out, u, f); });
  if (facts.flows != flow::FileFlows{}) {
    w.text("flows");
    flows(w, facts.flows, file);
  }
  put(w, "test_code", facts.is_test_code);
  w.end();
}

json facts_to_json(const FileFacts& facts) {
  CborWriter w;
  write_facts(w, facts);
  return json::from_cbor(w.bytes());
}

FileFacts facts_from_json(const json& j) {
  try {
    if (!j.is_object()) throw FactsCodecError("file facts are an object");
    FileFacts f;
    f.file = get_str(j.at("file"));
    if (j.contains("trust"))
      for (const auto& t : j.at("trust")) f.trust.push_back(get_trust(t, f.file));
    if (j.contains("endpoints"))
      for (const auto& e : j.at("endpoints")) f.endpoints.push_back(get_endpoint(e, f.file));
    if (j.contains("uses"))
      for (const auto& u : j.at("uses")) f.uses.push_back(get_use(u, f.file));
    if (j.contains("flows")) f.flows = get_flows(j.at("flows"), f.file);
    f.is_test_code = take_bool(j, "test_code");
    return f;
  } catch (const json::exception& e) {
    throw FactsCodecError(std::string("malformed file facts: ") + e.what());
  }
}

void write_notes(CborWriter& w, const std::vector<Notification>& notes) {
  w.begin_array();
  for (const auto& n : notes) {
    w.begin_array();
    str(w, n.file);
    str(w, n.message);
    str(w, n.level);
    w.end();
  }
  w.end();
}

json notes_to_json(const std::vector<Notification>& notes) {
  CborWriter w;
  write_notes(w, notes);
  return json::from_cbor(w.bytes());
}

std::vector<Notification> notes_from_json(const json& j) {
  try {
    std::vector<Notification> notes;
    for (const auto& n : j) {
      if (!n.is_array() || n.size() != 3) throw FactsCodecError("a note is [file, message, level]");
      notes.push_back({get_str(n[0]), get_str(n[1]), get_str(n[2])});
    }
    return notes;
  } catch (const json::exception& e) {
    throw FactsCodecError(std::string("malformed notes: ") + e.what());
  }
}

}  // namespace atscan
