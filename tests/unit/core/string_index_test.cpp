#include "core/util/string_index.h"

#include <gtest/gtest.h>

#include <string>

namespace atscan {
namespace {

TEST(StringIndex, NumbersKeysInTheOrderTheyCameAndFindsThemAgain) {
  StringIndex index;
  bool added = false;
  EXPECT_EQ(index.insert("b", &added), 0);
  EXPECT_TRUE(added);
  EXPECT_EQ(index.insert("a", &added), 1);
  EXPECT_TRUE(added);
  EXPECT_EQ(index.insert("b", &added), 0);
  EXPECT_FALSE(added);
  EXPECT_EQ(index.find("a"), 1);
  EXPECT_EQ(index.find("c"), -1);
  EXPECT_FALSE(index.contains("c"));
  EXPECT_EQ(index.key(1), "a");
  EXPECT_EQ(index.size(), 2u);
}

TEST(StringIndex, AnEmptyIndexFindsNothing) {
  const StringIndex index;
  EXPECT_EQ(index.find(""), -1);
  EXPECT_EQ(index.find("x"), -1);
}

// Growing the table moves no key: the solver keeps pointers to them.
TEST(StringIndex, KeysStayPutAndStayFoundWhileTheTableGrows) {
  StringIndex index;
  const std::string* first = &index.key(index.insert("file\x1f" "fn\x1f" "name"));
  for (int i = 0; i < 50000; ++i) index.insert("k" + std::to_string(i));
  EXPECT_EQ(first, &index.key(0));
  EXPECT_EQ(*first, "file\x1f" "fn\x1f" "name");
  for (int i = 0; i < 50000; i += 997) EXPECT_EQ(index.find("k" + std::to_string(i)), i + 1);
  EXPECT_EQ(index.find("k50000"), -1);
  EXPECT_EQ(index.size(), 50001u);
}

TEST(StringIndex, ReservingKeepsWhatIsThere) {
  StringIndex index;
  index.insert("x");
  index.insert("");
  index.reserve(10000);
  EXPECT_EQ(index.find("x"), 0);
  EXPECT_EQ(index.find(""), 1);
  EXPECT_EQ(index.insert("y"), 2);
}

}  // namespace
}  // namespace atscan
