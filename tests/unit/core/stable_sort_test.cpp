// stable_sort_vector replaces std::stable_sort (whose libstdc++ 12 code warns under -Werror): it must
// give the same order, equal elements in their original order, and accept move-only elements.
#include "core/util/stable_sort.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace atscan {
namespace {

TEST(StableSortVector, EqualKeysKeepTheirOriginalOrder) {
  std::vector<std::pair<int, std::string>> v{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {0, "e"}, {2, "f"}};
  stable_sort_vector(v, [](const auto& x, const auto& y) { return x.first < y.first; });
  const std::vector<std::pair<int, std::string>> want{{0, "e"}, {1, "b"}, {1, "d"}, {2, "a"}, {2, "c"}, {2, "f"}};
  EXPECT_EQ(v, want);
}

TEST(StableSortVector, GivesTheOrderOfAStableInsertionSortOnManyTies) {
  std::mt19937 rng(7);  // fixed seed: the same input every run
  std::vector<std::pair<int, int>> v;
  for (int i = 0; i < 2000; ++i) v.emplace_back(static_cast<int>(rng() % 13), i);
  std::vector<std::pair<int, int>> want = v;
  for (size_t i = 1; i < want.size(); ++i)  // insertion sort: stable by construction
    for (size_t j = i; j > 0 && want[j].first < want[j - 1].first; --j) std::swap(want[j], want[j - 1]);
  stable_sort_vector(v, [](const auto& x, const auto& y) { return x.first < y.first; });
  EXPECT_EQ(v, want);
}

TEST(StableSortVector, MovesElementsThatCannotBeCopied) {
  std::vector<std::unique_ptr<int>> v;
  for (int x : {3, 1, 2}) v.push_back(std::make_unique<int>(x));
  stable_sort_vector(v, [](const auto& a, const auto& b) { return *a < *b; });
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(*v[0], 1);
  EXPECT_EQ(*v[1], 2);
  EXPECT_EQ(*v[2], 3);
}

}  // namespace
}  // namespace atscan
