// Two block-mode databases per pattern: as written (search) and wrapped in \A(?:…)\z (full match).
// SINGLEMATCH: the first hit ends the scan. One scratch per thread and database.
#include "core/util/linear_regex.h"

#include <hs/hs.h>

#include <atomic>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace atscan {
namespace {

std::atomic<unsigned long long> next_id{1};

struct Scratches {
  std::unordered_map<unsigned long long, hs_scratch_t*> by_db;
  ~Scratches() {
    for (auto& [id, s] : by_db) hs_free_scratch(s);
  }
};

int stop_on_match(unsigned int, unsigned long long, unsigned long long, unsigned int, void* hit) {
  *static_cast<bool*>(hit) = true;
  return 1;
}

}  // namespace

struct LinearRegex::Db {
  hs_database_t* db = nullptr;
  unsigned long long id = 0;
  ~Db() {
    if (db) hs_free_database(db);
  }

  static std::unique_ptr<Db> compile(const std::string& expr, unsigned flags) {
    auto d = std::make_unique<Db>();
    hs_compile_error_t* err = nullptr;
    if (hs_compile(expr.c_str(), flags, HS_MODE_BLOCK, nullptr, &d->db, &err) != HS_SUCCESS) {
      std::string msg = err ? err->message : "unknown error";
      if (err) hs_free_compile_error(err);
      throw std::invalid_argument(msg);
    }
    d->id = next_id++;
    return d;
  }

  bool scan(std::string_view text) const {
    // hs_scan takes an unsigned int length; nothing scanned is anywhere near that (files are capped).
    if (text.size() > std::numeric_limits<unsigned int>::max()) return false;
    thread_local Scratches scratches;
    hs_scratch_t*& s = scratches.by_db[id];
    if (hs_alloc_scratch(db, &s) != HS_SUCCESS) throw std::runtime_error("regex: cannot allocate scratch space");
    bool hit = false;
    hs_error_t rc = hs_scan(db, text.data(), static_cast<unsigned int>(text.size()), 0, s, stop_on_match, &hit);
    if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) throw std::runtime_error("regex: scan failed (vectorscan error " + std::to_string(rc) + ")");
    return hit;
  }
};

LinearRegex::LinearRegex(const std::string& pattern, Options options) : pattern_(pattern) {
  unsigned flags = HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY;
  if (options.caseless) flags |= HS_FLAG_CASELESS;
  search_ = Db::compile(pattern, flags);
  full_ = Db::compile("\\A(?:" + pattern + ")\\z", flags);
}

LinearRegex::~LinearRegex() = default;

bool LinearRegex::search(std::string_view text) const { return search_->scan(text); }
bool LinearRegex::full_match(std::string_view text) const { return full_->scan(text); }

}  // namespace atscan
