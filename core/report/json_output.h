#pragma once
// JSON for the reporters: insertion-ordered objects (the documented field order is the output order)
// and invalid UTF-8 from scanned files replaced instead of thrown.
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace atscan {

using Json = nlohmann::ordered_json;

// indent < 0: one line; otherwise pretty-printed with that many spaces. No trailing newline.
std::string dump_json(const Json& value, int indent = -1);

}  // namespace atscan
