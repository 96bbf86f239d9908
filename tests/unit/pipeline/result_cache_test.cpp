// The result cache queues its writes for a thread of its own (ResultCache::start_writing) and writes
// them all by flush(); a full queue writes in place. What is written loads back unchanged.
#include "scanners/pipeline/result_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/unit/hostile/hostile_support.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;

class ResultCacheTest : public ::testing::Test {
 protected:
  testing::HostileTree tree_;  // a temporary folder, removed with the test
  const fs::path dir_ = tree_.dir() / "cache";

  static FileResult result(const std::string& path) {
    FileResult r;
    r.facts.file = path;
    r.parsed = true;
    r.notes.push_back({path, "a note", "note"});
    return r;
  }
};

size_t files_under(const fs::path& dir) {
  size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

TEST_F(ResultCacheTest, QueuedResultsAreWrittenByFlushAndLoadBack) {
  ResultCache cache(dir_, "run-key");
  ASSERT_FALSE(cache.open());
  std::vector<std::string> keys;
  for (const char* path : {"a.py", "b.c", "c/d.go"}) {
    keys.push_back(cache.key("scan", path, std::string("content of ") + path));
    cache.store(keys.back(), path, result(path));
  }
  EXPECT_EQ(files_under(dir_), 0u);  // queued: nothing written before the writer starts
  EXPECT_EQ(cache.stored(), 0);
  cache.start_writing();
  cache.flush();
  EXPECT_EQ(cache.stored(), 3);
  EXPECT_EQ(files_under(dir_), 3u);
  const char* paths[] = {"a.py", "b.c", "c/d.go"};
  for (size_t i = 0; i < keys.size(); ++i) {
    FileResult back;
    std::string why;
    ASSERT_EQ(cache.load(keys[i], paths[i], back, why), ResultCache::Lookup::hit) << why;
    EXPECT_EQ(back, result(paths[i]));
  }
}

TEST_F(ResultCacheTest, AFullQueueWritesInPlace) {
  ResultCache cache(dir_, "run-key", /*max_queued_bytes=*/0);
  ASSERT_FALSE(cache.open());
  const std::string key = cache.key("scan", "a.py", "x = 1\n");
  cache.store(key, "a.py", result("a.py"));
  EXPECT_EQ(cache.stored(), 1);  // written before any writer ran
  EXPECT_EQ(files_under(dir_), 1u);
}

TEST_F(ResultCacheTest, WhatIsStoredAfterAFlushIsWrittenByTheNextFlushOrTheDestructor) {
  std::string key;
  {
    ResultCache cache(dir_, "run-key");
    ASSERT_FALSE(cache.open());
    cache.flush();
    key = cache.key("flows", "late.py", "y = 2\n");
    cache.store(key, "late.py", result("late.py"));
  }  // the destructor writes it
  ResultCache again(dir_, "run-key");
  ASSERT_FALSE(again.open());
  FileResult back;
  std::string why;
  ASSERT_EQ(again.load(key, "late.py", back, why), ResultCache::Lookup::hit) << why;
  EXPECT_EQ(back, result("late.py"));
}

}  // namespace
}  // namespace atscan
