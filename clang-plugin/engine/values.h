#pragma once
// Static value resolution over the Clang AST: strings, integers and certificate bytes.
#include <clang/AST/Expr.h>

#include <cstdint>
#include <optional>

#include "clang-plugin/engine/call_site.h"

namespace atscan::clangfe {

class Collector;

// Literals (adjacent ones are already joined by Clang), constants and constexpr variables, macros,
// std::string construction, `+` and `c_str()`/`data()`; local variables through their initialiser.
std::optional<Value> resolve_string(Collector& c, const clang::Expr* e, int depth = 0);
std::optional<std::int64_t> resolve_int(Collector& c, const clang::Expr* e);
// Certificate data: a string or an integer array, followed through variables, `&`, wrapper calls and
// constructions (the first argument that resolves), and aggregate initialisers (curl_blob).
std::optional<Value> resolve_data(Collector& c, const clang::Expr* e, int depth = 0);
// The enumerator a (cast) expression names.
std::string enum_name(const clang::Expr* e);

}  // namespace atscan::clangfe
