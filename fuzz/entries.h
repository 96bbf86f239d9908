#pragma once
// The fuzzed entry points, by target name. Each libFuzzer binary (fuzz_<name>) calls one of them,
// and the unit tests replay every saved input under tests/fuzz/regressions/<name>/ through the same
// function, so a crash found once stays fixed.
#include <map>
#include <string>
#include <string_view>

namespace atscan::fuzz {

using Entry = void (*)(std::string_view data);

// Every target: certs pins hosts plist android yaml config shell treesitter judge pipeline memo queries.
const std::map<std::string, Entry>& entries();

// Loads what every entry shares (catalog, profile, oracle, compiled queries); the first entry call
// does it otherwise.
void prepare();

}  // namespace atscan::fuzz
