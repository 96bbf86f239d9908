#pragma once
// A property list as a tree, from XML (pugixml) or binary bplist00 (our own reader).
// Readers throw PlistError with a reason; nothing else escapes.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace atscan::config {

class PlistError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PlistEntry;

struct PlistValue {
  enum class Type { null, boolean, integer, real, string, data, date, array, dict, uid };
  Type type = Type::null;
  bool boolean = false;
  long long integer = 0;
  std::string text;  // string, data bytes, date text
  std::vector<PlistValue> array;
  std::vector<PlistEntry> dict;
  int line = 0;      // XML: line of the value (dict entries: of their <key>); binary: 0

  const PlistValue* find(std::string_view key) const;  // dict entry, or nullptr
};

struct PlistEntry {
  std::string key;
  PlistValue value;
};

bool is_binary_plist(std::string_view bytes);
PlistValue read_binary_plist(std::string_view bytes);
PlistValue read_xml_plist(std::string_view text);

}  // namespace atscan::config
