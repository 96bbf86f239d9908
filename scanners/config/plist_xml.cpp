// XML property lists through pugixml; values keep their line for findings.
#include <pugixml.hpp>

#include "scanners/config/config_text.h"
#include "scanners/config/plist_value.h"

namespace atscan::config {
namespace {

PlistValue convert(const pugi::xml_node& n, std::string_view text, int depth) {
  if (depth > 64) throw PlistError("XML plist nests deeper than 64 levels");
  PlistValue v;
  v.line = line_col(text, static_cast<size_t>(n.offset_debug())).line;
  const std::string tag = n.name();
  if (tag == "dict") {
    v.type = PlistValue::Type::dict;
    std::string key;
    int key_line = 0;
    for (auto c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      if (std::string(c.name()) == "key") {
        key = c.text().get();
        key_line = line_col(text, static_cast<size_t>(c.offset_debug())).line;
        continue;
      }
      PlistValue child = convert(c, text, depth + 1);
      child.line = key_line;
      v.dict.push_back({key, std::move(child)});
    }
  } else if (tag == "array") {
    v.type = PlistValue::Type::array;
    for (auto c : n.children())
      if (c.type() == pugi::node_element) v.array.push_back(convert(c, text, depth + 1));
  } else if (tag == "string") {
    v.type = PlistValue::Type::string;
    v.text = n.text().get();
  } else if (tag == "true" || tag == "false") {
    v.type = PlistValue::Type::boolean;
    v.boolean = tag == "true";
  } else if (tag == "integer") {
    v.type = PlistValue::Type::integer;
    v.integer = n.text().as_llong();
  } else if (tag == "real") {
    v.type = PlistValue::Type::real;
  } else if (tag == "data") {
    v.type = PlistValue::Type::data;
    v.text = trim(n.text().get());
  } else if (tag == "date") {
    v.type = PlistValue::Type::date;
    v.text = n.text().get();
  }
  return v;
}

}  // namespace

const PlistValue* PlistValue::find(std::string_view key) const {
  for (const auto& [k, v] : dict)
    if (k == key) return &v;
  return nullptr;
}

PlistValue read_xml_plist(std::string_view text) {
  pugi::xml_document doc;
  auto res = doc.load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!res) {
    auto lc = line_col(text, static_cast<size_t>(res.offset));
    throw PlistError("malformed XML at line " + std::to_string(lc.line) + ": " + res.description());
  }
  auto plist = doc.child("plist");
  if (!plist) throw PlistError("no <plist> element");
  auto top = plist.first_child();
  while (top && top.type() != pugi::node_element) top = top.next_sibling();
  if (!top) return {};
  return convert(top, text, 0);
}

}  // namespace atscan::config
