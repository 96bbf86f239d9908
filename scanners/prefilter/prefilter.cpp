// Vectorscan (Hyperscan API) block-mode database of all literals, CASELESS | SINGLEMATCH: the first
// hit of any literal ends the scan, so a file with a trigger on line 1 costs almost nothing.
#include "scanners/prefilter/prefilter.h"

#include <hs/hs.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <set>
#include <stdexcept>

namespace atscan {
namespace {

// Every byte as \xHH: literals such as "ca:", "sha256/" or "-----BEGIN" carry no regex meaning.
std::string escape_literal(std::string_view lit) {
  std::string out;
  out.reserve(lit.size() * 4);
  char buf[5];
  for (unsigned char c : lit) {
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
  }
  return out;
}

std::atomic<unsigned long long> next_database_id{1};

// One scratch per thread, grown on first use with each database (hs_alloc_scratch reuses it).
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  unsigned long long sized_for = 0;
  ~ThreadScratch() {
    if (scratch) hs_free_scratch(scratch);
  }
};

int on_match(unsigned int, unsigned long long, unsigned long long, unsigned int, void* hit) {
  *static_cast<bool*>(hit) = true;
  return 1;  // stop scanning
}

}  // namespace

namespace {

// Two databases: the literals, compiled at once, and the patterns, compiled the first time a file
// has none of the literals. Patterns cost most of the compile time (bounded repeats), and in a run
// over a few source files every file usually has a literal, so it never needs them.
struct Database {
  hs_database_t* db = nullptr;
  unsigned long long id = 0;
  ~Database() {
    if (db) hs_free_database(db);
  }
};

[[noreturn]] void fail(hs_compile_error_t* err) {
  std::string msg = "prefilter: cannot compile the trigger literals";
  if (err) {
    msg += ": ";
    msg += err->message;
    hs_free_compile_error(err);
  }
  throw std::runtime_error(msg);
}

void compile(const std::vector<std::string>& patterns, const std::vector<unsigned int>& flags, Database& out) {
  std::vector<const char*> exprs;
  std::vector<unsigned int> ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].c_str());
    ids.push_back(static_cast<unsigned int>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned int>(exprs.size()), HS_MODE_BLOCK, nullptr, &out.db,
                       &err) != HS_SUCCESS)
    fail(err);
  out.id = next_database_id++;
}

// Runs `on` over `content` in overlapping blocks (hs_scan takes an unsigned int length); true when
// `on` stopped the scan.
bool scan_blocks(const Database& d, std::string_view content, size_t longest, ThreadScratch& ts, match_event_handler on, void* context) {
  if (ts.sized_for != d.id) {
    if (hs_alloc_scratch(d.db, &ts.scratch) != HS_SUCCESS) throw std::runtime_error("prefilter: cannot allocate scratch space");
    ts.sized_for = d.id;
  }
  const size_t block = std::numeric_limits<unsigned int>::max() / 2;
  const size_t overlap = longest > 0 ? longest - 1 : 0;
  for (size_t off = 0;;) {
    const size_t len = std::min(block, content.size() - off);
    const hs_error_t rc = hs_scan(d.db, content.data() + off, static_cast<unsigned int>(len), 0, ts.scratch, on, context);
    if (rc == HS_SCAN_TERMINATED) return true;
    if (rc != HS_SUCCESS) throw std::runtime_error("prefilter: scan failed (vectorscan error " + std::to_string(rc) + ")");
    if (off + len >= content.size()) return false;
    off += len - overlap;
  }
}

// Whether `db` matches anywhere in `content`.
bool scan(const Database& d, std::string_view content, size_t longest, ThreadScratch& ts) {
  bool hit = false;
  return scan_blocks(d, content, longest, ts, on_match, &hit);
}

int on_each_match(unsigned int id, unsigned long long, unsigned long long, unsigned int, void* ids) {
  static_cast<std::set<unsigned int>*>(ids)->insert(id);
  return 0;  // go on: every literal is wanted
}

}  // namespace

struct Prefilter::Impl {
  bool empty = true;
  Database literals;
  std::vector<std::string> literal_texts;  // by vectorscan id
  size_t longest_literal = 0;
  std::vector<std::string> patterns;
  std::once_flag patterns_once;
  Database pattern_db;
};

Prefilter::Prefilter(const std::vector<std::string>& literals, const std::vector<std::string>& regexes) : impl_(std::make_unique<Impl>()) {
  // Case-insensitive duplicates ("verify", "Verify") are one pattern; empty literals would match everything.
  std::set<std::string> unique;
  for (const auto& l : literals) {
    if (l.empty()) continue;
    std::string lower = l;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    unique.insert(std::move(lower));
  }
  for (const auto& r : std::set<std::string>(regexes.begin(), regexes.end())) {
    if (r.empty()) continue;
    // Checked now (parsing only), so a broken pattern fails here, not in the first scan that needs it.
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(r.c_str(), HS_FLAG_SINGLEMATCH, &info, &err) != HS_SUCCESS) fail(err);
    std::free(info);
    impl_->patterns.push_back(r);
  }
  if (unique.empty() && impl_->patterns.empty()) return;
  impl_->empty = false;
  if (unique.empty()) return;
  std::vector<std::string> escaped;
  std::vector<unsigned int> flags;
  for (const auto& l : unique) {
    impl_->literal_texts.push_back(l);
    escaped.push_back(escape_literal(l));
    flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
    impl_->longest_literal = std::max(impl_->longest_literal, l.size());
  }
  compile(escaped, flags, impl_->literals);
}

Prefilter::~Prefilter() = default;

void Prefilter::compile_patterns() const {
  if (impl_->patterns.empty()) return;
  std::call_once(impl_->patterns_once, [&] {
    compile(impl_->patterns, std::vector<unsigned int>(impl_->patterns.size(), HS_FLAG_SINGLEMATCH), impl_->pattern_db);
  });
}

bool Prefilter::matches(std::string_view content) const {
  if (impl_->empty) return true;
  if (content.empty()) return false;
  thread_local ThreadScratch literal_scratch, pattern_scratch;
  if (impl_->literals.db && scan(impl_->literals, content, impl_->longest_literal, literal_scratch)) return true;
  if (impl_->patterns.empty()) return false;
  compile_patterns();
  if (!impl_->pattern_db.db) return false;
  return scan(impl_->pattern_db, content, 4096, pattern_scratch);  // a pattern match spans at most this much across blocks
}

std::vector<std::string> Prefilter::matched_literals(std::string_view content) const {
  if (!impl_->literals.db || content.empty()) return {};
  thread_local ThreadScratch scratch;
  std::set<unsigned int> ids;
  scan_blocks(impl_->literals, content, impl_->longest_literal, scratch, on_each_match, &ids);
  std::vector<std::string> out;
  for (unsigned int id : ids) out.push_back(impl_->literal_texts[id]);
  return out;  // ids follow the sorted set of literals, so this is sorted too
}

}  // namespace atscan
