#pragma once
// Every block-mode vectorscan scan of atscan goes through here instead of hs_scan.
//
// Debian bookworm's vectorscan 5.4.9 misses matches on CPUs with AVX-512: its AVX-512 "negated
// vermicelli" (the skip over a run of a character class, as in `[^{]*\{` or `.*;`) checks the wrong
// bytes of the last partial 64-byte vector, so a run that ends there is never seen to end
// (VectorCamp/vectorscan#378, fixed upstream in 2026). `^[^{]*\{` did not match a 71-byte text that
// holds a `{`. The library is built as a fat runtime that picks its AVX-512 code on such a CPU, and it
// also exports each variant by name: on an AVX-512 CPU, scans use its AVX2 variant, which has no such
// bug; databases are compiled for it (compile_platform). Elsewhere (no AVX-512, another build of the library) hs_scan.
#include <hs/hs.h>

namespace atscan {

hs_error_t block_scan(const hs_database_t* db, const char* data, unsigned int length, hs_scratch_t* scratch,
                      match_event_handler on_match, void* context);

// The platform every database that block_scan runs is compiled for (hs_compile's `platform`): the
// host's, without AVX-512 when block_scan avoids the AVX-512 variant (whose engines the AVX2 code cannot
// run: a literal set compiled for AVX-512 crashed it). nullptr = the host's own.
const hs_platform_info_t* compile_platform();

// Which implementation block_scan uses: "avx2 (AVX-512 variant avoided)" or "hs_scan" (for --version and tests).
const char* block_scan_variant();

}  // namespace atscan
