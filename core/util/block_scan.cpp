#include "core/util/block_scan.h"

#include <cstdlib>
#include <cstring>

// The fat runtime's AVX2 variant of hs_scan (exported by Debian's libhs.so.5). Weak: a build of the
// library without it leaves this null, and hs_scan is used.
extern "C" hs_error_t avx2_hs_scan(const hs_database_t* db, const char* data, unsigned int length, unsigned int flags,
                                   hs_scratch_t* scratch, match_event_handler on_match, void* context) __attribute__((weak));

namespace atscan {
namespace {

using ScanFn = hs_error_t (*)(const hs_database_t*, const char*, unsigned int, unsigned int, hs_scratch_t*, match_event_handler, void*);

// The library takes its AVX-512 code where the CPU and the OS support AVX-512F and AVX-512BW.
bool library_picks_avx512() {
#if defined(__x86_64__)
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
#else
  return false;
#endif
}

ScanFn chosen() {
  // ATSCAN_VECTORSCAN=native keeps the library's own choice (to show the bug in tests).
  const char* env = std::getenv("ATSCAN_VECTORSCAN");
  const bool native = env && std::strcmp(env, "native") == 0;
  if (!native && avx2_hs_scan != nullptr && library_picks_avx512()) return avx2_hs_scan;
  return hs_scan;
}

ScanFn scan_fn() {
  static const ScanFn fn = chosen();
  return fn;
}

}  // namespace

hs_error_t block_scan(const hs_database_t* db, const char* data, unsigned int length, hs_scratch_t* scratch,
                      match_event_handler on_match, void* context) {
  return scan_fn()(db, data, length, 0, scratch, on_match, context);
}

const hs_platform_info_t* compile_platform() {
  static const hs_platform_info_t* platform = []() -> const hs_platform_info_t* {
    if (scan_fn() == hs_scan) return nullptr;
    static hs_platform_info_t p{};
    if (hs_populate_platform(&p) != HS_SUCCESS) p = hs_platform_info_t{};
    p.cpu_features &= ~static_cast<unsigned long long>(HS_CPU_FEATURES_AVX512 | HS_CPU_FEATURES_AVX512VBMI);
    return &p;
  }();
  return platform;
}

const char* block_scan_variant() { return scan_fn() == hs_scan ? "hs_scan" : "avx2 (AVX-512 variant avoided)"; }

}  // namespace atscan
