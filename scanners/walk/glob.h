#pragma once
// Git's wildmatch semantics for one glob against a '/'-separated path: `*` and `?` never cross '/',
// `[...]` classes (ranges, `!`/`^` negation, POSIX `[:name:]`), `\` escapes, and `**` is special
// only as a whole path segment (`**/x`, `x/**`, `x/**/y`); anywhere else it is a plain `*`.
#include <string_view>

namespace atscan {

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace atscan
