#pragma once
// The top-level patterns of query text and their shapes. Many rule patterns differ only in their
// predicates (the same call shape with another function name in #eq?): tree-sitter analyses and walks
// each one apart, so a combined query compiles the shapes once (query_library.cpp) and every pattern
// of a shape reads the same match with its own captures and predicates.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atscan::ts {

struct PatternShape {
  // The pattern without comments and predicates, its captures renamed @c0, @c1 … in order of first
  // use, whitespace runs outside strings as one space: equal for patterns that match the same nodes.
  std::string shape;
  std::vector<std::string> captures;  // the pattern's capture names: captures[k] became @c<k>
  std::string predicates;             // every (#…) group of the pattern, in order, as written
};

// The top-level patterns of `text` in order; nullopt when the text is not what this reader knows
// (unbalanced, a stray token): the caller compiles it as written and tree-sitter reports any error.
std::optional<std::vector<PatternShape>> split_patterns(std::string_view text);

// Why tree-sitter must not be given `text`, with the byte offset: it reads past a node name for a
// quoted name that holds a NUL (a NUL byte, or the escape \0), and it never finishes compiling a '+'
// after a '?' or '*' quantifier (`(x)?+`, `(x)* @c +`). nullopt when neither occurs. Only a damaged
// rules file holds either.
struct QueryTextProblem {
  size_t offset;
  std::string what;
};
std::optional<QueryTextProblem> query_text_problem(std::string_view text);

// A pattern that matches any node for each capture and carries `p`'s predicates, so compiling it
// gives `p`'s predicates with capture ids of the same names. Its analysis costs next to nothing: no
// step has children.
std::string predicate_carrier(const PatternShape& p);

}  // namespace atscan::ts
