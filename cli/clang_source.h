#pragma once
// `atscan scan` and the Clang engine: a compilation database given (-p/--compile-commands) or found
// (compile_commands.json at the scan root or in build/ under it) sends the C/C++ translation units it
// lists through Clang; everything else, and every C/C++ file when there is no database, goes to the
// tree-sitter fallback. The engine is a module loaded on first need, so atscan links no LLVM.
#include <string>

#include "scanners/pipeline/external_source.h"

namespace atscan::cli {

// `compile_commands`: the option's value ("" = look for one). Throws UsageError for a path that does
// not exist, or when it was given to an atscan built without the Clang engine.
ExternalFactSource clang_fact_source(const std::string& compile_commands);

}  // namespace atscan::cli
