#pragma once
// Which query files a file can match, read from the query text alone (no compile). A pattern can only
// match where its `#eq?` / `#any-of?` on a capture holds, and those predicates compare the captured
// node's own text with the literal (match_facts.cpp), so when every match has that capture the
// literal is in the file. A query file whose every pattern has such a predicate is *gated*: a file
// that holds none of its literals gets no match from it, and leaving the file out of the query run
// on it changes nothing. Compiling only the files a scan needs is what makes a one-file scan cheap:
// tree-sitter takes a third of a second to compile the C++ queries, most of it for files (Arduino,
// Qt, Poco …) that the scanned file never calls.
//
// A capture under `?` or `*`, or in some branches of an alternation but not all, may be missing from a
// match (a predicate on a missing capture holds), so it gates nothing; neither does a literal written with an
// escape (its bytes in the file are not the ones written). Anything this reader does not know makes
// the pattern, and so its file, ungated: the file is always compiled.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/treesitter/query_shapes.h"

namespace atscan::ts {

// The captures (k of @c<k>) that every match of `shape` has; nullopt when the shape is not read.
// `all_branches`: also a capture that every branch of an alternation has.
std::optional<std::vector<size_t>> mandatory_captures(std::string_view shape, bool all_branches = true);

// A run of characters every match of the regular expression `re` holds (the longest such run at its
// top level), or nullopt: a `#match?` on a capture every match has gates its pattern with it.
std::optional<std::string> regex_literal(std::string_view re);

// Literals one of which every match of `re` holds: its longest top-level run, or the runs of the
// branches of a top-level `|` or of a group every match passes through (`^:?(ca_file|ca_path)$`),
// whichever asks for longer text; nullopt when a branch holds none.
std::optional<std::vector<std::string>> regex_literals(std::string_view re);

// Literals one of which a file must hold for `p` to match: the first predicate that gates with a name
// or one regex run on a capture outside alternations, else the first that gates otherwise (branches of a
// regex, a capture in every branch of an alternation); nullopt when none is known.
std::optional<std::vector<std::string>> pattern_gate(const PatternShape& p);

// The literals of a query file (every pattern gated: the union of their literals, sorted); nullopt
// when some pattern is not gated or the text is not read.
std::optional<std::vector<std::string>> file_gate(const std::vector<PatternShape>& patterns);
std::optional<std::vector<std::string>> file_gate(std::string_view query_text);

// Marks (marks.h): a pattern that sets a mark (`#set! mark "X"`) matches only where its own gate is open,
// so mark X can be on a node of a file only when one of its setters' gates is open there. A pattern
// with `#marked? @c "X"` on a capture every match has matches only where X is: X's gate gates it too.
// That is what gates OpenSSL's patterns that test marks only, and lets a part leave out _marks.scm.
struct PatternMarks {
  std::vector<std::string> sets;      // #set! mark "X"
  std::vector<std::string> requires_; // #marked? @c "X" on a capture every match has, in order
  bool asks = false;                  // any #marked? or #not-marked?
};
PatternMarks pattern_marks(const PatternShape& p);

// By mark that one of `setters` (the patterns of _marks.scm) sets: the literals one of which a file
// must hold for it to be set there; nullopt when a setter is not gated. A mark no setter sets is not
// in the map and gates nothing; so must be a mark the scanner adds itself (marks.h, kFileMarks).
using MarkGates = std::map<std::string, std::optional<std::vector<std::string>>>;
MarkGates mark_gates(const std::vector<const PatternShape*>& setters);

// A name or one regex run (pattern_gate's first kind), else the gate of the first mark the pattern
// requires, else a regex's branches or a capture in every branch.
std::optional<std::vector<std::string>> pattern_gate(const PatternShape& p, const MarkGates& marks);
std::optional<std::vector<std::string>> file_gate(const std::vector<PatternShape>& patterns, const MarkGates& marks);

// Whether `text` holds one of `literals`.
bool gate_open(const std::vector<std::string>& literals, std::string_view text);

}  // namespace atscan::ts
