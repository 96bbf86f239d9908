#pragma once
// Rules as tree-sitter queries: rules/queries/<language>/*.scm, compiled once per run and shared by
// all threads (TSQuery is immutable). Each pattern's `#set!` directives say what fact it yields;
// text predicates (#eq?, #match?, #any-of? and their not- forms) are evaluated by predicates.h.
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <tree_sitter/api.h>

namespace atscan::ts {

struct TextPredicate {
  std::string op;                   // eq? not-eq? match? not-match? any-of? not-any-of?
  uint32_t capture = 0;
  std::vector<std::string> values;  // literal arguments
  int other_capture = -1;           // eq? against another capture
  std::shared_ptr<std::regex> regex;
};

struct PatternInfo {
  std::map<std::string, std::string> settings;  // #set! key value
  std::vector<TextPredicate> predicates;
};

struct QueryFile {
  std::string path;   // rules/queries/<language>/<name>.scm
  TSQuery* query = nullptr;
  std::vector<PatternInfo> patterns;
  std::vector<std::string> capture_names;
};

struct LanguageQueries {
  std::string language;
  const TSLanguage* grammar = nullptr;
  std::vector<QueryFile> files;       // fact queries
  std::optional<QueryFile> constants;    // _constants.scm: @const.name / @const.value
};

class QueryLibrary {
 public:
  // Loads every language folder that has a grammar. Throws std::runtime_error naming file and
  // position for a query that does not compile.
  static std::shared_ptr<const QueryLibrary> load(const std::string& rules_dir);
  ~QueryLibrary();

  const LanguageQueries* find(const std::string& language) const;

  // The library for this process; prepare() sets it, scanners read it.
  static void set_current(std::shared_ptr<const QueryLibrary> lib);
  static std::shared_ptr<const QueryLibrary> current();

 private:
  std::map<std::string, LanguageQueries> languages_;
};

}  // namespace atscan::ts
