#pragma once
// The result cache: one file's front-end output (file_result.h) stored under a key that hashes the
// run key (atscan build, catalog and queries, codec version, options that change front-end output),
// what was asked (full scan or flow records only), the file's path and its content. An unchanged tree
// re-scans from it without parsing; the flow solve and the judge always run over the whole scan.
//
// Entries live in DIR/v<codec>/<2 hex>/<62 hex>: a header line with the SHA-256 and length of the body,
// then the body (CBOR). An entry whose header, length, digest, encoding or path does not match is
// ignored (the caller recomputes and gets a note); nothing read from the cache is trusted unchecked.
// Writes go to a new temporary file beside the entry (mkstemp: O_EXCL), then rename(): a reader never
// sees half an entry, and nothing is written through a symlink.
// store() encodes at once but queues the write (up to kMaxQueuedBytes, beyond that it writes in
// place): start_writing() hands the queue to a thread of its own, so the file system work of a cold
// run overlaps the single-threaded judge instead of the parallel scan; flush() waits for it.
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

#include "scanners/pipeline/file_result.h"

namespace atscan {

class ResultCache {
 public:
  static constexpr size_t kMaxQueuedBytes = 64u << 20;

  // `max_queued_bytes`: how much store() may hold for the writer before it writes in place.
  ResultCache(std::filesystem::path dir, std::string run_key, size_t max_queued_bytes = kMaxQueuedBytes);
  ~ResultCache();  // flush()
  ResultCache(const ResultCache&) = delete;
  ResultCache& operator=(const ResultCache&) = delete;

  // Creates the folder (mode 0700 when new). Returns the reason when it cannot be used.
  std::optional<std::string> open();

  std::string key(std::string_view kind, std::string_view path, std::string_view content) const;

  enum class Lookup { hit, miss, corrupt };
  // On corrupt, `why` says what was wrong with the entry.
  Lookup load(const std::string& key, std::string_view path, FileResult& out, std::string& why) const;
  void store(const std::string& key, std::string_view path, const FileResult& r);
  // Starts writing what store() queued, and what it queues from now on, on a thread of its own.
  void start_writing();
  // Writes everything queued and stops the writer: stored() and write_failures() are final after it.
  // A later store() queues again.
  void flush();

  // The framed entry under `key` without decoding it (the whole-scan memo keeps its own body);
  // only store() counts stored results.
  Lookup load_entry(const std::string& key, std::string& body, std::string& why) const;
  // Whether an entry is stored under `key` (not whether it is intact: load_entry says that).
  bool has_entry(const std::string& key) const;
  bool store_entry(const std::string& key, std::string_view body);

  // The file-independent part of every key (cache_run_key below).
  const std::string& run_key() const { return run_key_; }

  const std::filesystem::path& dir() const { return dir_; }
  int stored() const { return stored_; }
  int write_failures() const { return write_failures_; }
  std::string first_write_error() const;

 private:
  std::filesystem::path entry_path(const std::string& key) const;
  void fail(const std::string& why);
  void write_queued();  // the writer thread
  static std::string frame(std::string_view body);  // the header line, then the body
  bool write_framed(const std::string& key, const std::string& data);

  std::filesystem::path dir_;
  std::string run_key_;
  std::atomic<int> stored_{0}, write_failures_{0};
  std::array<std::atomic<bool>, 256> made_{};  // entry folders made this run, by the key's first byte
  mutable std::atomic<bool> error_set_{false};
  std::string first_error_;
  std::mutex queue_mutex_;
  std::condition_variable queue_cv_;
  std::deque<std::pair<std::string, std::string>> queue_;  // key, framed entry
  size_t queued_bytes_ = 0, max_queued_bytes_;
  bool writing_ = false, stopping_ = false;
  std::thread writer_;
};

// $XDG_CACHE_HOME/atscan when XDG_CACHE_HOME is an absolute path, else $HOME/.cache/atscan; nullopt
// when neither is set.
std::optional<std::filesystem::path> default_cache_dir();

// The part of every key that does not depend on the file: this atscan executable (version, size and
// modification time, so a rebuilt binary never reads its predecessor's entries), the codec version,
// every file under the catalog folder (rules, queries, profiles) and `options` (whatever else changes
// what the front-ends yield).
// Without `this_binary` the executable is left out (sharded scans of one release on several machines
// share results; their atscan version is compared instead).
std::string cache_run_key(const std::filesystem::path& rules_dir, std::string_view options, bool this_binary = true);

}  // namespace atscan
