#pragma once
// The instants at which a date decision of this process could change: every certificate read notes
// the start and end of its validity, every dated pin set the days its verdict or its message turns.
// A whole-scan memo (scanners/pipeline/scan_memo.h) made at `now` stays true until the first one
// after `now`: no certificate expires and no pin set changes its verdict before then.
#include <cstdint>
#include <limits>

namespace atscan {

inline constexpr std::int64_t kNoTimeBoundary = std::numeric_limits<std::int64_t>::max();

// Thread-safe; boundaries are kept for the life of the process (a later run may have another now).
void note_time_boundary(std::int64_t t);

// The first noted boundary strictly after `now`, or kNoTimeBoundary. A process that has noted more
// boundaries than it keeps (a long fuzzing run parses millions of certificates) forgets them and
// answers now + 1 from then on: a memo then holds only for its own clock, never past a boundary.
std::int64_t next_time_boundary(std::int64_t now);

}  // namespace atscan
