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

// Whether the Clang engine would run for a scan of `root`: --compile-commands given, or a compilation
// database found at its usual places, with the engine built in. When it would not, the scan reads
// nothing outside the tree for C/C++.
bool clang_engine_in_play(const std::string& compile_commands, const std::string& root);

}  // namespace atscan::cli
