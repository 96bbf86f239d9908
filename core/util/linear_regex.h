#pragma once
// Regular expressions matched in time linear in the input and with bounded stack: vectorscan (the
// Hyperscan API) underneath. std::regex recurses once per input character and crashes on long text,
// so every pattern applied to scanned text (query predicates, profile host patterns) goes through here.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atscan {

class LinearRegex {
 public:
  struct Options {
    bool caseless = false;
  };
  // Throws std::invalid_argument with vectorscan's message when the pattern does not compile
  // (back-references and look-arounds are not supported).
  explicit LinearRegex(const std::string& pattern, Options options);
  explicit LinearRegex(const std::string& pattern) : LinearRegex(pattern, Options{}) {}
  ~LinearRegex();
  LinearRegex(const LinearRegex&) = delete;
  LinearRegex& operator=(const LinearRegex&) = delete;

  // Whether the pattern matches anywhere in `text` (ECMAScript regex_search).
  bool search(std::string_view text) const;
  // Whether the pattern matches all of `text` (regex_match).
  bool full_match(std::string_view text) const;
  const std::string& pattern() const { return pattern_; }

  // The full-match database as bytes (vectorscan's serialized form, compiled for any x86-64 CPU): a
  // build step keeps these so that a short-lived process need not compile its patterns.
  std::string serialize_full() const;
  // Bytes from serialize_full() of the same pattern and options, used instead of compiling when they load
  // on this machine (same vectorscan version and CPU); otherwise ignored. Call before the first match.
  void adopt_full(std::string_view serialized);
  // Both databases (search and full match), compiled for any x86-64 CPU and serialized, each with its
  // key (database_key): what the build keeps for the regexes of the shipped queries. A regex whose
  // key is found among the build's databases (prebuilt_databases.h) loads them instead of compiling.
  std::vector<std::pair<std::string, std::string>> serialized_databases() const;

 private:
  struct Db;
  std::string pattern_;
  std::unique_ptr<Db> search_;
  std::unique_ptr<Db> full_;
};

}  // namespace atscan
