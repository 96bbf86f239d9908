#pragma once
// Multi-literal prefilter: a file that contains none of the catalog's trigger literals or patterns
// is never parsed. Literals match in any case (a trigger "verify" also admits "VERIFY" and "Verify"),
// patterns as written;
// the literals are one vectorscan database compiled at once, the patterns another compiled when a file
// first lacks every literal (or earlier, by compile_patterns()); both are shared by all threads, each
// thread scans with its own scratch space.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atscan {

class Prefilter {
 public:
  // Throws std::runtime_error with vectorscan's message if the database cannot be built.
  // `patterns` are case-sensitive regular expressions (vectorscan syntax) matched beside the literals.
  explicit Prefilter(const std::vector<std::string>& literals, const std::vector<std::string>& patterns = {});
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  // Compiles the pattern database now instead of when a file first lacks every literal: a caller with
  // a core to spare (the scan, while it walks) keeps the workers from waiting for it. Thread-safe.
  void compile_patterns() const;
  // True when `content` contains at least one literal (or the literal list is empty). Thread-safe.
  bool matches(std::string_view content) const;
  // The literals `content` contains (lower case, sorted; patterns are not reported). Thread-safe.
  std::vector<std::string> matched_literals(std::string_view content) const;
  // Whether every database built so far came from the build (prebuilt_databases.h) instead of being
  // compiled in this process.
  bool prebuilt() const;

  // The databases a prefilter of these literals and patterns compiles, compiled for this machine and
  // serialized, each with its key (database_key): what the build keeps for the shipped catalog.
  static std::vector<std::pair<std::string, std::string>> serialized_databases(const std::vector<std::string>& literals,
                                                                               const std::vector<std::string>& patterns);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
