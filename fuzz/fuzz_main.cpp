// One libFuzzer binary per target: ATSCAN_FUZZ_TARGET names the entry in fuzz/entries.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/entries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const atscan::fuzz::Entry entry = atscan::fuzz::entries().at(ATSCAN_FUZZ_TARGET);
  entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
