#include "scanners/pipeline/result_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/model/facts_codec.h"
#include "core/util/digest.h"
#include "core/util/safe_read.h"
#include "core/util/safe_write.h"

#ifndef ATSCAN_VERSION
#define ATSCAN_VERSION "0"
#endif

namespace atscan {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMagic = "ATSCAN-RESULT";
constexpr std::uint64_t kMaxEntryBytes = 256u << 20;

// A folder we made or found, never a link to somewhere else.
bool real_dir(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool make_dir(const fs::path& p, mode_t mode) {
  if (::mkdir(p.c_str(), mode) != 0 && errno != EEXIST) return false;
  return real_dir(p);
}

}  // namespace

ResultCache::ResultCache(fs::path dir, std::string run_key, size_t max_queued_bytes)
    : dir_(std::move(dir)), run_key_(std::move(run_key)), max_queued_bytes_(max_queued_bytes) {}

ResultCache::~ResultCache() { flush(); }

std::optional<std::string> ResultCache::open() {
  std::error_code ec;
  if (dir_.has_parent_path()) fs::create_directories(dir_.parent_path(), ec);
  if (!make_dir(dir_, 0700)) return "cannot use " + dir_.string() + " as the cache folder: " + (errno ? std::strerror(errno) : "not a folder");
  if (!make_dir(dir_ / ("v" + std::to_string(kFactsCodecVersion)), 0700))
    return "cannot create a folder in " + dir_.string() + ": " + std::strerror(errno);
  return std::nullopt;
}

std::string ResultCache::key(std::string_view kind, std::string_view path, std::string_view content) const {
  // Lengths before each part: no two different inputs give the same byte string.
  std::string head = run_key_;
  for (std::string_view part : {kind, path}) {
    head += std::to_string(part.size()) + ':';
    head += part;
  }
  head += std::to_string(content.size()) + ':';
  return sha256_hex(head + sha256_raw(content));
}

fs::path ResultCache::entry_path(const std::string& key) const {
  return dir_ / ("v" + std::to_string(kFactsCodecVersion)) / key.substr(0, 2) / key.substr(2);
}

bool ResultCache::has_entry(const std::string& key) const {
  std::error_code ec;
  return fs::exists(entry_path(key), ec);
}

ResultCache::Lookup ResultCache::load_entry(const std::string& key, std::string& body, std::string& why) const {
  const fs::path p = entry_path(key);
  SafeReadResult read = read_file_safely(p, SafeReadOptions{kMaxEntryBytes, dir_});
  if (read.status == SafeReadStatus::missing) return Lookup::miss;
  if (!read.ok()) {
    why = read.reason.empty() ? "unreadable" : read.reason;
    return Lookup::corrupt;
  }
  const std::string& data = read.data;
  const auto eol = data.find('\n');
  // "ATSCAN-RESULT <codec> <sha256 hex> <length>\n" then the body.
  const std::string expected_prefix = std::string(kMagic) + " " + std::to_string(kFactsCodecVersion) + " ";
  if (eol == std::string::npos || data.compare(0, expected_prefix.size(), expected_prefix) != 0) {
    why = "no valid header";
    return Lookup::corrupt;
  }
  const std::string rest = data.substr(expected_prefix.size(), eol - expected_prefix.size());
  const auto space = rest.find(' ');
  if (space != 64) {
    why = "no valid header";
    return Lookup::corrupt;
  }
  const std::string digest = rest.substr(0, 64), length = rest.substr(65);
  const std::string_view view = std::string_view(data).substr(eol + 1);
  if (length != std::to_string(view.size())) {
    why = "truncated (" + std::to_string(view.size()) + " bytes of " + length + ")";
    return Lookup::corrupt;
  }
  if (sha256_hex(view) != digest) {
    why = "its checksum does not match";
    return Lookup::corrupt;
  }
  body.assign(view);
  return Lookup::hit;
}

ResultCache::Lookup ResultCache::load(const std::string& key, std::string_view path, FileResult& out, std::string& why) const {
  std::string body;
  if (const Lookup l = load_entry(key, body, why); l != Lookup::hit) return l;
  try {
    const nlohmann::json j = nlohmann::json::from_cbor(body);
    if (!j.is_object() || j.value("path", std::string()) != path) {
      why = "it belongs to another file";
      return Lookup::corrupt;
    }
    out = file_result_from_json(j.at("result"));
    if (out.facts.file != path) {
      why = "it belongs to another file";
      return Lookup::corrupt;
    }
  } catch (const std::exception& e) {
    why = std::string("cannot decode it: ") + e.what();
    return Lookup::corrupt;
  }
  return Lookup::hit;
}

void ResultCache::store(const std::string& key, std::string_view path, const FileResult& r) {
  // Written straight to CBOR: {"path": …, "result": …}, as load() reads it.
  CborWriter w;
  w.begin_map();
  w.text("path");
  w.text(path);
  w.text("result");
  write_file_result(w, r);
  w.end();
  const auto& body = w.bytes();
  std::string data = frame(std::string_view(reinterpret_cast<const char*>(body.data()), body.size()));
  {
    std::lock_guard lock(queue_mutex_);
    if (queued_bytes_ + data.size() <= max_queued_bytes_) {
      queued_bytes_ += data.size();
      queue_.emplace_back(key, std::move(data));
      queue_cv_.notify_one();
      return;
    }
  }
  if (write_framed(key, data)) ++stored_;  // the queue is full: write in place
}

void ResultCache::start_writing() {
  std::lock_guard lock(queue_mutex_);
  if (writing_) return;
  writing_ = true;
  stopping_ = false;
  writer_ = std::thread([this] { write_queued(); });
}

void ResultCache::write_queued() {
  std::unique_lock lock(queue_mutex_);
  for (;;) {
    queue_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    auto [key, data] = std::move(queue_.front());
    queue_.pop_front();
    queued_bytes_ -= data.size();
    lock.unlock();
    if (write_framed(key, data)) ++stored_;
    lock.lock();
  }
}

void ResultCache::flush() {
  {
    std::lock_guard lock(queue_mutex_);
    if (!writing_ && queue_.empty()) return;  // nothing queued, no writer to stop
  }
  start_writing();  // a queue nobody started is written now
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_cv_.notify_all();
  if (writer_.joinable()) writer_.join();
  std::lock_guard lock(queue_mutex_);
  writing_ = false;
}

void ResultCache::fail(const std::string& why) {
  ++write_failures_;
  if (!error_set_.exchange(true)) first_error_ = why;
}

std::string ResultCache::frame(std::string_view body) {
  return std::string(kMagic) + " " + std::to_string(kFactsCodecVersion) + " " + sha256_hex(body) + " " + std::to_string(body.size()) +
         "\n" + std::string(body);
}

bool ResultCache::store_entry(const std::string& key, std::string_view body) { return write_framed(key, frame(body)); }

bool ResultCache::write_framed(const std::string& key, const std::string& data) {
  const fs::path target = entry_path(key);
  const fs::path dir = target.parent_path();
  // Each of the 256 folders is made (and checked) once a run, not once an entry.
  const auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
  const int slot = key.size() >= 2 && hex(key[0]) >= 0 && hex(key[1]) >= 0 ? hex(key[0]) * 16 + hex(key[1]) : -1;
  if (slot < 0 || !made_[slot].load(std::memory_order_relaxed)) {
    if (!make_dir(dir, 0700)) return fail("cannot create " + dir.string() + ": " + std::strerror(errno)), false;
    if (slot >= 0) made_[slot].store(true, std::memory_order_relaxed);
  }
  std::string pattern = (dir / ".tmp-XXXXXX").string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = ::mkostemp(buf.data(), O_CLOEXEC);
  if (fd < 0) return fail("cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno)), false;
  const std::string tmp(buf.data());
  const bool written = write_all(fd, data);
  if (::close(fd) != 0 || !written) {
    ::unlink(tmp.c_str());
    return fail("cannot write " + tmp + ": " + std::strerror(errno)), false;
  }
  // rename() replaces whatever is at the target (a link included) and never follows it.
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return fail("cannot write " + target.string() + ": " + std::strerror(errno)), false;
  }
  return true;
}

std::string ResultCache::first_write_error() const { return error_set_ ? first_error_ : std::string(); }

std::optional<fs::path> default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return fs::path(xdg) / "atscan";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "atscan";
  return std::nullopt;
}

std::string cache_run_key(const fs::path& rules_dir, std::string_view options, bool this_binary) {
  std::string key = std::string("atscan ") + ATSCAN_VERSION + "\ncodec " + std::to_string(kFactsCodecVersion) + "\n";
  struct stat st {};
  if (!this_binary)
    key += "exe any\n";
  else if (::stat("/proc/self/exe", &st) == 0)
    key += "exe " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + " " +
           std::to_string(st.st_ino) + "\n";
  else
    key += "exe unknown\n";  // without a way to tell builds apart, the version alone decides
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(rules_dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const SafeReadResult r = read_file_safely(f, SafeReadOptions{64u << 20, {}});
    key += fs::relative(f, rules_dir, ec).generic_string() + " " + sha256_hex(r.data) + "\n";
  }
  key += "options ";
  key += options;
  return sha256_hex(key);
}

}  // namespace atscan
