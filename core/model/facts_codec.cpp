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

json str(const std::string& s) {
  if (valid_utf8(s)) return s;
  static const char* digits = "0123456789abcdef";
  std::string hex;
  hex.reserve(s.size() * 2);
  for (unsigned char c : s) {
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  return json{{"hex", hex}};
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
void put(json& j, const char* key, const std::string& s) {
  if (!s.empty()) j[key] = str(s);
}
void put(json& j, const char* key, int v) {
  if (v != 0) j[key] = v;
}
void put(json& j, const char* key, bool v) {
  if (v) j[key] = true;
}
std::string take_str(const json& j, const char* key) { return j.contains(key) ? get_str(j.at(key)) : std::string(); }
int take_int(const json& j, const char* key) { return j.contains(key) ? integer_from_json<int>(j.at(key)) : 0; }
bool take_bool(const json& j, const char* key) { return j.contains(key) && j.at(key).get<bool>(); }

// A location is [line, column, end line, end column] and, when it lies in another file than the one
// the facts belong to, the file as a fifth element.
json loc(const Location& l, const std::string& file) {
  json a = json::array({l.line, l.column, l.end_line, l.end_column});
  if (l.file != file) a.push_back(str(l.file));
  return a;
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
void put_loc(json& j, const char* key, const Location& l, const std::string& file) {
  if (l != Location{file}) j[key] = loc(l, file);
}
Location take_loc(const json& j, const char* key, const std::string& file) {
  return j.contains(key) ? get_loc(j.at(key), file) : Location{file};
}

json strs(const std::vector<std::string>& v) {
  json a = json::array();
  for (const auto& s : v) a.push_back(str(s));
  return a;
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

json value(const flow::Value& v, const std::string& file) {
  json j = json::object();
  if (v.kind != flow::ValueKind::unknown) j["k"] = static_cast<int>(v.kind);
  put(j, "t", v.text);
  if (!v.parts.empty()) {
    json p = json::array();
    for (const auto& part : v.parts) p.push_back(value(part, file));
    j["p"] = std::move(p);
  }
  put_loc(j, "l", v.location, file);
  put(j, "lb", v.label);
  return j;
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
void put_value(json& j, const char* key, const flow::Value& v, const std::string& file) {
  if (v != flow::Value{}) j[key] = value(v, file);
}
flow::Value take_value(const json& j, const char* key, const std::string& file) {
  return j.contains(key) ? get_value(j.at(key), file) : flow::Value{};
}

json trust(const TrustFact& t, const std::string& file) {
  json j = json::object();
  put(j, "rule", t.rule_id);
  j["kind"] = std::string(to_string(t.kind));
  put(j, "api", t.api);
  put(j, "object", t.object);
  put(j, "value", t.value);
  if (!t.values.empty()) j["values"] = strs(t.values);
  put(j, "depth", t.verify_depth);
  put(j, "leaf_only", t.leaf_only_pins);
  put(j, "declared_pins", t.declared_pins);
  put(j, "refused", t.refused);
  put(j, "expiration", t.expiration);
  if (!t.callback_constants.empty()) {
    json a = json::array();
    for (const auto& c : t.callback_constants) a.push_back(json::array({str(c.field), str(c.value)}));
    j["callback"] = std::move(a);
  }
  put_loc(j, "at", t.location, file);
  if (!t.value_origins.empty()) {
    json a = json::array();
    for (const auto& o : t.value_origins) a.push_back(loc(o, file));
    j["origins"] = std::move(a);
  }
  if (!t.value_locations.empty()) {
    json a = json::array();
    for (const auto& o : t.value_locations) a.push_back(loc(o, file));
    j["value_at"] = std::move(a);
  }
  if (t.confidence != "high") j["confidence"] = str(t.confidence);
  put_value(j, "flow", t.value_flow, file);
  put(j, "governs_aws", t.governs_aws);
  put(j, "documented_for", t.documented_for);
  return j;
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

json endpoint(const EndpointFact& e, const std::string& file) {
  json j = json::object();
  put(j, "object", e.object);
  put(j, "value", e.value);
  put(j, "api", e.api);
  put(j, "implied", e.implied);
  put_loc(j, "at", e.location, file);
  put_value(j, "flow", e.value_flow, file);
  return j;
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

json use(const UseFact& u, const std::string& file) {
  json j = json::object();
  put(j, "from", u.from_object);
  put(j, "to", u.to_object);
  put_loc(j, "at", u.location, file);
  put(j, "message", u.message);
  return j;
}
UseFact get_use(const json& j, const std::string& file) {
  UseFact u;
  u.from_object = take_str(j, "from");
  u.to_object = take_str(j, "to");
  u.location = take_loc(j, "at", file);
  u.message = take_str(j, "message");
  return u;
}

json flows(const flow::FileFlows& f, const std::string& file) {
  json j = json::object();
  put(j, "language", f.language);
  if (!f.functions.empty()) {
    json a = json::array();
    for (const auto& fn : f.functions) {
      json e = json::object();
      put(e, "name", fn.name);
      if (!fn.params.empty()) e["params"] = strs(fn.params);
      if (!fn.param_types.empty()) e["types"] = strs(fn.param_types);
      put_loc(e, "range", fn.range, file);
      a.push_back(std::move(e));
    }
    j["functions"] = std::move(a);
  }
  if (!f.assignments.empty()) {
    json a = json::array();
    for (const auto& as : f.assignments) {
      json e = json::object();
      if (as.kind != flow::AssignKind::assign) e["kind"] = static_cast<int>(as.kind);
      put(e, "fn", as.function);
      put_value(e, "target", as.target, file);
      put_value(e, "value", as.value, file);
      put(e, "type", as.type);
      put_loc(e, "at", as.location, file);
      a.push_back(std::move(e));
    }
    j["assignments"] = std::move(a);
  }
  if (!f.calls.empty()) {
    json a = json::array();
    for (const auto& c : f.calls) {
      json e = json::object();
      put(e, "fn", c.function);
      put_value(e, "call", c.call, file);
      a.push_back(std::move(e));
    }
    j["calls"] = std::move(a);
  }
  if (!f.imports.empty()) {
    json a = json::array();
    for (const auto& i : f.imports) {
      json e = json::object();
      put(e, "module", i.module);
      put(e, "name", i.name);
      put(e, "alias", i.alias);
      put(e, "include", i.include);
      put_loc(e, "at", i.location, file);
      a.push_back(std::move(e));
    }
    j["imports"] = std::move(a);
  }
  if (!f.producers.empty()) {
    json a = json::array();
    for (const auto& p : f.producers) {
      json e = json::object();
      if (p.kind != flow::ProducerKind::download) e["kind"] = static_cast<int>(p.kind);
      put(e, "source", p.source);
      put(e, "dest", p.dest);
      put_loc(e, "at", p.location, file);
      a.push_back(std::move(e));
    }
    j["producers"] = std::move(a);
  }
  return j;
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

json facts_to_json(const FileFacts& facts) {
  const std::string& file = facts.file;
  json j = json::object();
  j["file"] = str(file);
  if (!facts.trust.empty()) {
    json a = json::array();
    for (const auto& t : facts.trust) a.push_back(trust(t, file));
    j["trust"] = std::move(a);
  }
  if (!facts.endpoints.empty()) {
    json a = json::array();
    for (const auto& e : facts.endpoints) a.push_back(endpoint(e, file));
    j["endpoints"] = std::move(a);
  }
  if (!facts.uses.empty()) {
    json a = json::array();
    for (const auto& u : facts.uses) a.push_back(use(u, file));
    j["uses"] = std::move(a);
  }
  if (facts.flows != flow::FileFlows{}) j["flows"] = flows(facts.flows, file);
  put(j, "test_code", facts.is_test_code);
  return j;
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

json notes_to_json(const std::vector<Notification>& notes) {
  json a = json::array();
  for (const auto& n : notes) a.push_back(json::array({str(n.file), str(n.message), str(n.level)}));
  return a;
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
