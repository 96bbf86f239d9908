#pragma once
// Marks: what a file's `_marks.scm` says about its names and nodes, so a fact pattern can ask about a
// value defined elsewhere in the same file. A mark pattern captures `@mark` and names the mark with
// `(#set! mark "trust_all")`; it may itself test `(#marked? @x "trust_all")`, so marks spread along
// bindings (a class that accepts every certificate → `new` of it → the array holding it → the variable
// holding the array) until nothing changes. A fact pattern then tests `(#marked? @arg "trust_all")`:
// the captured node holds a marked node, or a name (identifier) that a mark pattern captured.
// Names are file-scoped, like the constants of `_constants.scm`.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include <tree_sitter/api.h>

namespace atscan::ts {

// The marks the scanner puts on a whole file (add_to_file), not a pattern: no query gate may assume
// that only patterns set them (query_gates.h).
inline constexpr const char* kFileMarks[] = {"go_before_1_18"};

class Marks {
 public:
  // Records `node` under `mark`; its text too when it is a plain name. True when this is new.
  bool add(const std::string& mark, TSNode node, std::string_view source);
  // A mark every node of the file carries: a fact about the file from outside its text (the Go release
  // its go.mod names), so a pattern can test it like any other mark.
  void add_to_file(const std::string& mark) { file_.insert(mark); }
  // Whether `node` or a node inside it carries `mark` (as a marked node or a marked name).
  bool holds(TSNode node, const std::string& mark, std::string_view source) const;
  bool empty() const { return nodes_.empty() && file_.empty(); }

 private:
  std::map<std::string, std::set<std::pair<uint32_t, uint32_t>>> nodes_;  // byte ranges
  std::map<std::string, std::set<std::string>> names_;
  std::set<std::string> file_;
};

}  // namespace atscan::ts
