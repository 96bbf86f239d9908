#pragma once
// Whether a header (`.h`, a `.h.in` template, a header template without an inner name) is C++: parsing
// a plain C header with the C grammar costs the C++ queries' compilation (about 0.3 s, the C++ grammar
// is large) on trees that hold no C++ at all, which is most embedded C. Clang treats `.h` as C too.
#include <string_view>

namespace atscan::ts {

// True when `content` shows C++ outside comments and string literals: a C++ keyword (class, namespace,
// template, new, this, …), `::`, a member call (`x.f(` / `p->f(`, as C++ client APIs are used), a raw
// string, or an `#include <name>` without an extension (<string>, <memory>). Anything unclear counts as
// C++: a wrong "C++" costs only time, a wrong "C" would hide C++-only rules.
bool looks_like_cpp(std::string_view content);

}  // namespace atscan::ts
