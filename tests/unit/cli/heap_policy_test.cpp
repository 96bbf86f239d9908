// Which machines get the atscan heap committed whole (huge pages for every worker): the default worker
// count is one per online CPU, and each worker then holds a few more MiB at the peak.
#include "cli/heap_policy.h"

#include <gtest/gtest.h>

namespace atscan::cli {
namespace {

TEST(HeapPolicy, SegmentsAreCommittedWholeUpToEightCpusOnly) {
  EXPECT_TRUE(commit_segments_whole(1));
  EXPECT_TRUE(commit_segments_whole(2));  // the benchmark machine
  EXPECT_TRUE(commit_segments_whole(8));
  EXPECT_FALSE(commit_segments_whole(9));
  EXPECT_FALSE(commit_segments_whole(16));
  EXPECT_FALSE(commit_segments_whole(128));
  // sysconf failing (-1): the CPU count is unknown, and so is it to the scan, which then runs one worker.
  EXPECT_TRUE(commit_segments_whole(-1));
}

}  // namespace
}  // namespace atscan::cli
