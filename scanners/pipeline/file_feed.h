#pragma once
// The files the scan's workers take, in the order they come: all at once from a finished walk, or one
// by one while the walk is still listing them (the scan then starts before the walk ends). Entries
// never move once added (a deque), so a worker keeps a reference to its item without the lock.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "scanners/walk/walker.h"

namespace atscan {

struct FeedItem {
  WalkEntry entry;
  // Written by the one worker that took the item; read once every worker is done.
  bool parsed = false;
  enum class State : char { untouched, scanned, skipped } state = State::untouched;
  std::string sha;  // SHA-256 of the bytes read, for a file the whole-scan memo cannot trust by its times
};

class FileFeed {
 public:
  // Files in a batch: one lock and one wake-up for many (a wake-up per file made the walk and the
  // workers take turns).
  void add(std::vector<WalkEntry>& batch) {
    if (batch.empty()) return;
    {
      std::lock_guard lock(mutex_);
      for (auto& e : batch) items_.push_back(FeedItem{std::move(e), false, FeedItem::State::untouched, {}});
    }
    batch.clear();
    ready_.notify_all();
  }
  // No more files: workers waiting for one return.
  void finish() {
    {
      std::lock_guard lock(mutex_);
      finished_ = true;
    }
    ready_.notify_all();
  }
  // Ends the scan early (the run is failing): workers take no further file.
  void cancel() {
    {
      std::lock_guard lock(mutex_);
      cancelled_ = finished_ = true;
    }
    ready_.notify_all();
  }
  // The next file not taken yet, waiting for the walk to list one; nullptr once every file is taken.
  FeedItem* take(size_t& index) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return cancelled_ || next_ < items_.size() || finished_; });
    if (cancelled_ || next_ >= items_.size()) return nullptr;
    index = next_++;
    return &items_[index];
  }
  bool cancelled() {
    std::lock_guard lock(mutex_);
    return cancelled_;
  }
  FeedItem& at(size_t index) {
    std::lock_guard lock(mutex_);
    return items_[index];
  }
  size_t size() {
    std::lock_guard lock(mutex_);
    return items_.size();
  }
  // Only once every worker is done.
  std::deque<FeedItem>& items() { return items_; }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<FeedItem> items_;
  size_t next_ = 0;
  bool finished_ = false, cancelled_ = false;
};

}  // namespace atscan
