// Two block-mode databases per pattern: as written (search) and wrapped in \A(?:…)\z (full match).
// SINGLEMATCH: the first hit ends the scan. One scratch per thread and database.
// The constructor only checks the pattern (hs_expression_info, no database); each database is compiled
// on its first use: most callers need one of the two, and validation-only callers (catalog and profile
// loading) need none. Compiling was a tenth of a small scan's CPU.
#include "core/util/linear_regex.h"

#include <hs/hs.h>

#include <atomic>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/util/block_scan.h"
#include "core/util/prebuilt_databases.h"

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

void throw_compile_error(hs_compile_error_t* err) {
  std::string msg = err ? err->message : "unknown error";
  if (err) hs_free_compile_error(err);
  throw std::invalid_argument(msg);
}

}  // namespace

struct LinearRegex::Db {
  std::string expr;
  unsigned flags = 0;
  mutable std::once_flag once;
  mutable hs_database_t* db = nullptr;
  mutable unsigned long long id = 0;
  std::string serialized;  // adopt_full(): tried before compiling
  Db(std::string e, unsigned f) : expr(std::move(e)), flags(f) {}
  ~Db() {
    if (db) hs_free_database(db);
  }

  const hs_database_t* database() const {
    std::call_once(once, [&] {
      id = next_id++;
      if (!serialized.empty() && deserialize(serialized)) return;
      // The build's bytes for this expression (prebuilt_databases.h), when the rules shipped it.
      if (const std::string_view prebuilt = find_prebuilt_database(database_key({expr}, {flags})); !prebuilt.empty() && deserialize(prebuilt))
        return;
      hs_compile_error_t* err = nullptr;
      if (hs_compile(expr.c_str(), flags, HS_MODE_BLOCK, compile_platform(), &db, &err) != HS_SUCCESS) throw_compile_error(err);
    });
    return db;
  }

  // A database from another process of this build: kept only if it loads and scans here.
  bool deserialize(std::string_view bytes) const {
    db = load_database(bytes);
    return db != nullptr;
  }

  bool scan(std::string_view text) const {
    // hs_scan takes an unsigned int length; nothing scanned is anywhere near that (files are capped).
    if (text.size() > std::numeric_limits<unsigned int>::max()) return false;
    const hs_database_t* d = database();
    thread_local Scratches scratches;
    hs_scratch_t*& s = scratches.by_db[id];
    // A scratch is allocated once per thread and database (re-checking it on every scan cost more
    // than many scans).
    if (!s && hs_alloc_scratch(d, &s) != HS_SUCCESS) throw std::runtime_error("regex: cannot allocate scratch space");
    bool hit = false;
    hs_error_t rc = block_scan(d, text.data(), static_cast<unsigned int>(text.size()), s, stop_on_match, &hit);
    if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) throw std::runtime_error("regex: scan failed (vectorscan error " + std::to_string(rc) + ")");
    return hit;
  }
};

LinearRegex::LinearRegex(const std::string& pattern, Options options) : pattern_(pattern) {
  unsigned flags = HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY;
  if (options.caseless) flags |= HS_FLAG_CASELESS;
  // Checks the pattern as written; the wrapped form compiles whenever this one does.
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_expression_info(pattern.c_str(), flags, &info, &err) != HS_SUCCESS) throw_compile_error(err);
  std::free(info);
  search_ = std::make_unique<Db>(pattern, flags);
  full_ = std::make_unique<Db>("\\A(?:" + pattern + ")\\z", flags);
}

LinearRegex::~LinearRegex() = default;

bool LinearRegex::search(std::string_view text) const { return search_->scan(text); }
bool LinearRegex::full_match(std::string_view text) const { return full_->scan(text); }

namespace {
// Compiled for no particular CPU features, so the bytes load on any machine this build runs on (and
// under valgrind, which lacks AVX-512); host names and query captures are too short for the
// difference to show.
std::string serialize_generic(const std::string& expr, unsigned flags) {
  hs_platform_info_t generic{};
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile(expr.c_str(), flags, HS_MODE_BLOCK, &generic, &db, &err) != HS_SUCCESS) throw_compile_error(err);
  char* bytes = nullptr;
  size_t size = 0;
  const hs_error_t rc = hs_serialize_database(db, &bytes, &size);
  hs_free_database(db);
  if (rc != HS_SUCCESS) throw std::runtime_error("regex: cannot serialize a database");
  std::string out(bytes, size);
  std::free(bytes);
  return out;
}
}  // namespace

std::string LinearRegex::serialize_full() const { return serialize_generic(full_->expr, full_->flags); }

std::vector<std::pair<std::string, std::string>> LinearRegex::serialized_databases() const {
  return {{database_key({search_->expr}, {search_->flags}), serialize_generic(search_->expr, search_->flags)},
          {database_key({full_->expr}, {full_->flags}), serialize_generic(full_->expr, full_->flags)}};
}

void LinearRegex::adopt_full(std::string_view serialized) { full_->serialized.assign(serialized); }

}  // namespace atscan
