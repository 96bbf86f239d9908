#include "core/model/file_path.h"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace atscan {
namespace {

// A function's static: a FilePath made during another file's static initialization still finds it built.
const std::string& empty_text() {
  static const std::string* e = new std::string;  // never destroyed, like the pool
  return *e;
}

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A node-based set: an element's address survives rehashing, and nothing is ever erased.
struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: FilePaths may be read while other statics are torn down
  return *p;
}

}  // namespace

FilePath::FilePath() noexcept : text_(&empty_text()) {}

FilePath::FilePath(std::string_view text) : text_(&empty_text()) {
  if (text.empty()) return;
  // A thread makes most of its paths from the file it is scanning: the last one answers without the lock.
  thread_local const std::string* last = nullptr;
  if (last && *last == text) {
    text_ = last;
    return;
  }
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  auto it = p.texts.find(text);
  if (it == p.texts.end()) it = p.texts.emplace(text).first;
  text_ = &*it;
  last = text_;
}

}  // namespace atscan
