// One libFuzzer binary per target: ATSCAN_FUZZ_TARGET names the entry in fuzz/entries.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/entries.h"

// Loads the catalog, profile, trust oracle and compiled queries before the first input, so that
// their cost is not charged to that input's -timeout (a busy machine made every first input time out).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  atscan::fuzz::prepare();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const atscan::fuzz::Entry entry = atscan::fuzz::entries().at(ATSCAN_FUZZ_TARGET);
  entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
