#pragma once
// Static values of expressions: string literals in every supported language (prefixes, raw and
// triple-quoted forms, escapes), adjacent-literal and `+` concatenation, parentheses, and names bound
// to such values in the same file.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

namespace atscan::ts {

// The unescaped content of one literal's source text ("'a\\nb'" → "a\nb"); nullopt if not a literal.
std::optional<std::string> unquote_literal(std::string_view text);

class ValueResolver {
 public:
  ValueResolver(std::string_view source, const std::map<std::string, TSNode>* constants)
      : source_(source), constants_(constants) {}

  // The string value of `node`, when it can be known statically.
  std::optional<std::string> resolve(TSNode node, int depth = 0) const;
  // Where a name's value was defined (for related locations), when `node` is a resolved name.
  std::optional<TSNode> definition_of(TSNode node) const;

  std::string text(TSNode node) const;
  std::string_view source() const { return source_; }

 private:
  std::string_view source_;
  const std::map<std::string, TSNode>* constants_;
};

}  // namespace atscan::ts
