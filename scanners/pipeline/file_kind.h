#pragma once
// Content checks made before any front-end sees a file.
#include <string_view>

namespace atscan {

bool looks_binary(std::string_view content);  // a NUL byte in the first 8 KiB
bool is_valid_utf8(std::string_view content);

}  // namespace atscan
