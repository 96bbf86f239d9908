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
#include <utility>

#include "core/util/block_scan.h"
#include "core/util/prebuilt_databases.h"

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
  bool prebuilt = false;  // loaded from the build's bytes, not compiled here
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

hs_database_t* compile_here(const std::vector<std::string>& patterns, const std::vector<unsigned int>& flags) {
  std::vector<const char*> exprs;
  std::vector<unsigned int> ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].c_str());
    ids.push_back(static_cast<unsigned int>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned int>(exprs.size()), HS_MODE_BLOCK, compile_platform(), &db, &err) !=
      HS_SUCCESS)
    fail(err);
  return db;
}

// The build's bytes for these expressions when there are some and they load and scan on this machine
// (a build for another CPU or vectorscan release is refused, and compiled instead).
void compile(const std::vector<std::string>& patterns, const std::vector<unsigned int>& flags, Database& out) {
  out.db = load_database(find_prebuilt_database(database_key(patterns, flags)));
  out.prebuilt = out.db != nullptr;
  if (!out.db) out.db = compile_here(patterns, flags);
  out.id = next_database_id++;
}

// What the two databases are compiled from: the literals in lower case, without duplicates, each byte
// escaped, matched in any case; the patterns sorted, without duplicates, as written.
struct Inputs {
  std::vector<std::string> literal_texts;  // by vectorscan id
  std::vector<std::string> literal_exprs;
  std::vector<unsigned int> literal_flags;
  size_t longest_literal = 0;
  std::vector<std::string> patterns;
  std::vector<unsigned int> pattern_flags;
};

Inputs inputs_of(const std::vector<std::string>& literals, const std::vector<std::string>& regexes) {
  Inputs in;
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
    in.patterns.push_back(r);
    in.pattern_flags.push_back(HS_FLAG_SINGLEMATCH);
  }
  for (const auto& l : unique) {
    in.literal_texts.push_back(l);
    in.literal_exprs.push_back(escape_literal(l));
    in.literal_flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
    in.longest_literal = std::max(in.longest_literal, l.size());
  }
  return in;
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
    const hs_error_t rc = block_scan(d.db, content.data() + off, static_cast<unsigned int>(len), ts.scratch, on, context);
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
  std::vector<unsigned int> pattern_flags;
  std::once_flag patterns_once;
  Database pattern_db;
};

Prefilter::Prefilter(const std::vector<std::string>& literals, const std::vector<std::string>& regexes) : impl_(std::make_unique<Impl>()) {
  Inputs in = inputs_of(literals, regexes);
  impl_->patterns = std::move(in.patterns);
  impl_->pattern_flags = std::move(in.pattern_flags);
  if (in.literal_texts.empty() && impl_->patterns.empty()) return;
  impl_->empty = false;
  if (in.literal_texts.empty()) return;
  impl_->literal_texts = std::move(in.literal_texts);
  impl_->longest_literal = in.longest_literal;
  compile(in.literal_exprs, in.literal_flags, impl_->literals);
}

bool Prefilter::prebuilt() const {
  return (!impl_->literals.db || impl_->literals.prebuilt) && (!impl_->pattern_db.db || impl_->pattern_db.prebuilt);
}

std::vector<std::pair<std::string, std::string>> Prefilter::serialized_databases(const std::vector<std::string>& literals,
                                                                                 const std::vector<std::string>& patterns) {
  const Inputs in = inputs_of(literals, patterns);
  std::vector<std::pair<std::string, std::string>> out;
  auto keep = [&](const std::vector<std::string>& exprs, const std::vector<unsigned int>& flags) {
    if (exprs.empty()) return;
    hs_database_t* db = compile_here(exprs, flags);
    char* bytes = nullptr;
    size_t size = 0;
    const hs_error_t rc = hs_serialize_database(db, &bytes, &size);
    hs_free_database(db);
    if (rc != HS_SUCCESS) throw std::runtime_error("prefilter: cannot serialize a database");
    out.emplace_back(database_key(exprs, flags), std::string(bytes, size));
    std::free(bytes);
  };
  keep(in.literal_exprs, in.literal_flags);
  keep(in.patterns, in.pattern_flags);
  return out;
}

Prefilter::~Prefilter() = default;

void Prefilter::compile_patterns() const {
  if (impl_->patterns.empty()) return;
  std::call_once(impl_->patterns_once, [&] {
    compile(impl_->patterns, impl_->pattern_flags, impl_->pattern_db);
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
