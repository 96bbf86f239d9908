#pragma once
// Whether a path is test code (reported one level lower by default).
#include <string_view>

namespace atscan {

bool is_test_path(std::string_view rel_path);

}  // namespace atscan
