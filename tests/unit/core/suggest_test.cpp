#include "core/util/suggest.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

TEST(Suggest, TranspositionIsOneEdit) {
  EXPECT_EQ(edit_distance("scna", "scan"), 1u);
  EXPECT_EQ(closest_match("scna", {"scan", "rules", "cert"}), "scan");
}

TEST(Suggest, MistypedOptionFindsTheNearest) {
  EXPECT_EQ(did_you_mean("--formt", {"--format", "--fail-on", "--output"}), " (did you mean '--format'?)");
}

TEST(Suggest, FarWordsGetNoSuggestion) {
  EXPECT_EQ(closest_match("zzz", {"scan", "rules"}), "");
  EXPECT_EQ(did_you_mean("frobnicate", {"scan"}), "");
}

TEST(Suggest, PrefixSuggestsTheLongerName) { EXPECT_EQ(closest_match("expl", {"scan", "explain"}), "explain"); }

}  // namespace
}  // namespace atscan
