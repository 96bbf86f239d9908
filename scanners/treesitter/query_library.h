#pragma once
// Rules as tree-sitter queries: rules/queries/<language>/*.scm, compiled once per run and shared by
// all threads (TSQuery is immutable). Each pattern's `#set!` directives say what fact it yields;
// text predicates (#eq?, #match?, #any-of? and their not- forms) and #marked? / #not-marked?
// (marks.h) are evaluated by match_facts.h.
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <tree_sitter/api.h>

#include "core/util/linear_regex.h"

namespace atscan::ts {

struct TextPredicate {
  enum class Op { eq, not_eq_, match, not_match, any_of, not_any_of, same_code, marked, not_marked };
  std::string op;                   // eq? not-eq? match? not-match? any-of? not-any-of? same-code? (marked? not-marked?)
  Op kind = Op::eq;                 // op, decoded once
  uint32_t capture = 0;
  std::vector<std::string> values;  // literal arguments
  int other_capture = -1;           // eq? against another capture
  std::shared_ptr<LinearRegex> regex;
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

// Several query files compiled as one query, so a scanned file is walked by one cursor instead of one
// per file (the walk, not the matching, was most of the query time). Capture ids and pattern indexes
// are the combined query's own; origin maps each pattern to the fact file it came from.
// Patterns of the same shape (query_shapes.h) are compiled once: `query->query` runs the shapes, and
// `members[r]` lists the patterns that shape r stands for, each with the map from the shape's capture
// ids to its own. `query->patterns` and `query->capture_names` are those of the patterns as written,
// so a match handed on by each_match() reads like a match of the query as written.
struct CombinedQuery {
  static constexpr int kConstant = -1;  // a pattern of _constants.scm
  static constexpr int kMark = -2;      // a pattern of _marks.scm (`all` only)
  std::optional<QueryFile> query;       // none when there is nothing to run
  std::vector<int> origin;              // pattern index → index in LanguageQueries::files, or kConstant
  struct Member {
    uint16_t pattern;                   // index into query->patterns and origin
    std::vector<uint32_t> capture_of;   // the shape's capture id → this pattern's capture id
  };
  std::vector<std::vector<Member>> members;  // by compiled pattern; empty: compiled as written

  // Calls f(match) for each pattern as written that the compiled match `m` stands for. `scratch`
  // holds the renamed captures of the match handed on (valid during the call only).
  template <typename F>
  void each_match(const TSQueryMatch& m, std::vector<TSQueryCapture>& scratch, F&& f) const {
    if (members.empty()) {
      f(m);
      return;
    }
    for (const Member& member : members[m.pattern_index]) {
      scratch.assign(m.captures, m.captures + m.capture_count);
      for (auto& c : scratch) c.index = member.capture_of[c.index];
      f(TSQueryMatch{m.id, member.pattern, m.capture_count, scratch.data()});
    }
  }
};

// Which queries a scan runs on a file before the whole language's query is compiled (query_gates.h).
// `whole`: every query file at once (the first file of the language waits for all of it).
// `first_file`: in a scan that expects few files to parse (QueryLibrary::few_files), the query files the
// first file can match, then the whole query once a later file needs one that part leaves out; a
// part of more than two thirds of the pattern nodes is not worth a second compile, so the whole query
// is compiled instead. A one-file scan, such as a pre-commit
// run after an edit, compiles a fraction: Swift 0.63 → 0.23 s, C++ 0.21 → 0.15 s (bench/results/one-file.md).
// `each_file`: every file the part it can match (tests: its facts must be those of the whole query).
// The facts are the same whichever runs. ATSCAN_QUERY_PARTS=whole (or each) in the environment
// chooses for a run.
enum class QueryParts { whole, first_file, each_file };

// The fact files one scanned text can match, compiled as one query (kept by LanguageQueries).
struct QueryPart {
  std::vector<char> files;  // by fact file: 1 = in this part
  std::once_flag once;
  std::atomic<bool> started{false};  // a background compile was asked
  std::atomic<bool> compiled{false};
  CombinedQuery query;
  std::string error;  // when it did not compile
  double seconds = 0;
};

struct LanguageQueries {
  std::string language;
  const TSLanguage* grammar = nullptr;
  std::vector<std::string> files;        // the fact query files (paths), in the order their facts are added
  CombinedQuery all;                     // _constants.scm, every fact file and _marks.scm (QueryLibrary::find)
  // By fact file: the literals one of which a text must hold for that file's patterns to match in it
  // (query_gates.h); nullopt: every text may match it.
  std::vector<std::optional<std::vector<std::string>>> gates;
  // By fact file: whether a pattern of it asks for marks (#marked?, #not-marked?; 1 when not read). A
  // part includes _marks.scm only then: marks serve those predicates and nothing else.
  std::vector<char> asks_marks;
  // Pattern nodes by fact file, of _constants.scm, and of _marks.scm: what a part would cost against
  // the whole query (compile time grows with the nodes).
  std::vector<size_t> weights;
  size_t fixed_weight = 0, marks_weight = 0;
  bool part_asks_marks(const std::vector<char>& in_part) const;
  // The fact files `text` can match (1 = can).
  std::vector<char> files_for(std::string_view text) const;
  // The part that covers `need` (every file it marks), compiling it when `compile` and none is
  // compiled or under way yet; nullptr when there is none (the whole query is wanted instead).
  QueryPart* part_for(const std::vector<char>& need, QueryParts parts, bool compile) const;
  // Compiles `part` once (other callers wait for it); its error, if any, is kept in it.
  void compile_part(QueryPart& part) const;
  double parts_seconds() const;
  // _constants.scm and endpoints.scm, for files outside the trust prefilter: compiled on first use (a
  // run over a few files that all pass the prefilter never needs it, and compiling is most of startup).
  const CombinedQuery& endpoints() const;
  // _marks.scm alone (@mark with (#set! mark "…"), see marks.h), for a match of endpoints() that asks
  // for marks; nullptr without the file. Compiled on first use: `all` holds these patterns already,
  // and a C++ compile of them alone costs 40-70 ms that most runs never need.
  const QueryFile* marks() const;
  ~LanguageQueries();

  // What endpoints() and marks() compile from.
  std::filesystem::path constants_path, marks_path;
  std::vector<std::filesystem::path> fact_paths;
  std::vector<int> endpoint_files;  // indexes into fact_paths

 private:
  mutable std::once_flag endpoints_once_, marks_once_;
  mutable CombinedQuery endpoints_;
  mutable std::optional<QueryFile> marks_;
  mutable std::mutex parts_mutex_;
  mutable std::vector<std::unique_ptr<QueryPart>> parts_;
};

// A folder may hold a file `_inherits` naming other language folders (one per line, e.g. typescript
// inherits javascript, cpp inherits c): their queries are compiled against this language's grammar
// too, and a query file of the same name in this folder replaces the inherited one.
// Languages are compiled lazily, on the first file of that language (compiling every grammar's
// queries costs about two seconds; a pre-commit run usually needs one or two languages).
class QueryLibrary {
 public:
  // Lists the language folders; throws std::runtime_error for a folder without a built-in grammar.
  // Libraries are cached per rules folder for the life of the process.
  static std::shared_ptr<const QueryLibrary> load(const std::string& rules_dir);
  ~QueryLibrary();

  // Whether `language` has queries (no compilation).
  bool has(const std::string& language) const;
  // The compiled queries, compiling them on first use; nullptr when the language has no folder or a
  // query does not compile (compile_error() then names file, line and column).
  const LanguageQueries* find(const std::string& language) const;
  std::string compile_error(const std::string& language) const;
  // Whether find(language) returns without compiling or waiting for a compile.
  bool ready(const std::string& language) const;
  // Starts find(language) on a thread of its own, once: a worker that meets a language first goes on
  // with other files instead of compiling (up to a third of a second for C++) while the other
  // workers wait for it. The destructor waits for these threads.
  void compile_in_background(const std::string& language) const;
  // The query to run on a file of `language` whose text is `text` (see QueryParts): the whole query once
  // it is compiled, else the part the text needs, compiling it; nullptr with `error` set when the
  // language has no queries or they do not compile. The facts it yields are those of the whole query.
  const CombinedQuery* query_for(const std::string& language, std::string_view text, std::string& error) const;
  // Whether query_for(language, text) returns without compiling or waiting.
  bool ready_for(const std::string& language, std::string_view text) const;
  // Starts what query_for(language, text) will need on a thread of its own (the whole query or a part).
  void prepare_in_background(const std::string& language, std::string_view text) const;
  // The language's query files and gates, without compiling anything; nullptr when it has no folder.
  const LanguageQueries* describe(const std::string& language) const;
  // The policy for every library of this process (tests); by default ATSCAN_QUERY_PARTS, else first_file.
  static void set_parts(QueryParts parts);
  static QueryParts parts();
  // Whether the running scan expects few files to parse (Scanner::expect_few_files): first_file compiles
  // a part only then, so a tree's scan compiles each language once, whole.
  static void set_few_files(bool few);
  static bool few_files();
  // Compiles every language now; throws std::runtime_error on the first broken query (tests, checks).
  void compile_all() const;
  // The languages with a folder, sorted.
  std::vector<std::string> languages() const;
  // Seconds (thread time) each language's queries took to compile in this process, for the languages
  // compiled so far ("c": 0.035).
  std::map<std::string, double> compile_seconds() const;

  // The library for this process; prepare() sets it, scanners read it.
  static void set_current(std::shared_ptr<const QueryLibrary> lib);
  static std::shared_ptr<const QueryLibrary> current();

 private:
  struct Slot {
    std::string dir;
    std::vector<std::string> inherited_dirs;  // from `_inherits`: folders whose queries apply too
    const TSLanguage* grammar = nullptr;
    std::once_flag described;           // `queries` holds the paths and gates (nothing compiled)
    std::once_flag once;
    std::atomic<bool> compiled{false};  // the once has run: queries or error are set
    std::atomic<bool> started{false};   // compile_in_background was asked
    std::unique_ptr<LanguageQueries> queries;
    std::string error;
    double seconds = 0;  // the compile, once `compiled`
  };
  // The part to run on `text` (QueryParts), or nullptr for the whole query; `create`: a part may be
  // made for it. Describes the language first.
  QueryPart* part_for_text(const Slot& slot, const std::string& language, std::string_view text, bool create) const;
  std::map<std::string, std::unique_ptr<Slot>> languages_;
  mutable std::mutex background_mutex_;
  mutable std::vector<std::thread> background_;
};

}  // namespace atscan::ts
