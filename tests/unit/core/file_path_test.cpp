#include "core/model/file_path.h"

#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/model/location.h"

namespace atscan {
namespace {

TEST(FilePath, EqualTextsShareOneCopy) {
  std::string a = "lib/vtls/openssl.c";
  FilePath p(a);
  FilePath q(std::string_view("lib/vtls/openssl.c"));
  EXPECT_EQ(p, q);
  EXPECT_EQ(p.data(), q.data());  // one text, two pointers to it
  EXPECT_EQ(p, "lib/vtls/openssl.c");
  EXPECT_EQ(p.str(), a);
  a[0] = 'X';  // the path is a copy: changing the source changes nothing
  EXPECT_EQ(p, "lib/vtls/openssl.c");
  EXPECT_NE(p, FilePath("lib/vtls/openssl.h"));
}

TEST(FilePath, EmptyByDefault) {
  FilePath p;
  EXPECT_TRUE(p.empty());
  EXPECT_EQ(p, "");
  EXPECT_EQ(p, FilePath(""));
  EXPECT_STREQ(p.c_str(), "");
}

TEST(FilePath, OrdersByTextNotByWhenFirstSeen) {
  // Made in reverse order: the pool's addresses would sort them the other way.
  FilePath z("order/z.c"), m("order/m.c"), a("order/a.c");
  std::vector<FilePath> v{z, a, m};
  std::sort(v.begin(), v.end());
  EXPECT_EQ(v[0], "order/a.c");
  EXPECT_EQ(v[1], "order/m.c");
  EXPECT_EQ(v[2], "order/z.c");
  EXPECT_TRUE(FilePath("order/a.c") < FilePath("order/b"));
  EXPECT_TRUE(FilePath("") < FilePath("order/a.c"));
}

TEST(FilePath, LocationsCompareByPathThenPlace) {
  std::set<Location> s{{"b.c", 1, 1, 1, 2}, {"a.c", 9, 1, 9, 2}, {"a.c", 2, 1, 2, 2}};
  std::vector<std::string> order;
  for (const auto& l : s) order.push_back(l.file.str() + ":" + std::to_string(l.line));
  EXPECT_EQ(order, (std::vector<std::string>{"a.c:2", "a.c:9", "b.c:1"}));
  Location x{"a.c", 2, 1, 2, 2};
  EXPECT_EQ(x, (Location{std::string("a.c"), 2, 1, 2, 2}));
}

TEST(FilePath, ReadsLikeAString) {
  FilePath p("src/app/main.py");
  const std::string& s = p;
  std::string_view v = p;
  EXPECT_EQ(s, "src/app/main.py");
  EXPECT_EQ(v, "src/app/main.py");
  EXPECT_EQ(p + ":3", "src/app/main.py:3");
  EXPECT_EQ("at " + p, "at src/app/main.py");
  EXPECT_EQ(p.substr(p.rfind('/') + 1), "main.py");
  EXPECT_TRUE(p.ends_with(".py"));
  EXPECT_TRUE(p.starts_with("src/"));
}

// Workers make paths of the files they scan at once: every thread must get the same text for a name.
TEST(FilePath, ThreadsGetTheSameText) {
  constexpr int kThreads = 4, kNames = 499;  // prime: each thread's stride visits every name
  std::vector<std::vector<const char*>> seen(kThreads, std::vector<const char*>(kNames, nullptr));
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kNames; ++i) {
        // Each thread walks the names in its own order, each twice in a row (the thread's last-path shortcut).
        const int k = (i * (2 * t + 1)) % kNames;
        FilePath p("threads/" + std::to_string(k) + ".c");
        FilePath again("threads/" + std::to_string(k) + ".c");
        if (p.data() != again.data()) ++mismatches[t];
        seen[t][k] = p.data();
      }
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0);
  for (int t = 1; t < kThreads; ++t) EXPECT_EQ(seen[t], seen[0]);
  for (int k = 0; k < kNames; ++k) EXPECT_EQ(std::string(seen[0][k]), "threads/" + std::to_string(k) + ".c");
}

}  // namespace
}  // namespace atscan
