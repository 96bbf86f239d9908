#pragma once
// Turns one query match into a fact, following the capture and #set! conventions of
// docs/writing-queries.md: kind/rule/api settings; @target @value @object @pin @endpoint @from @to.
#include <string>
#include <vector>

#include <tree_sitter/api.h>

#include "core/model/facts.h"
#include "scanners/treesitter/flow_extractor.h"
#include "scanners/treesitter/marks.h"
#include "scanners/treesitter/query_library.h"
#include "scanners/treesitter/string_values.h"

namespace atscan::ts {

struct MatchContext {
  const std::string* file = nullptr;  // relative path
  const QueryFile* query = nullptr;
  const ValueResolver* values = nullptr;
  const FlowExtractor* flows = nullptr;  // when the language has flow support: values as flow expressions
};

// `marks` answers #marked? / #not-marked? (none: nothing is marked). `which`: the text predicates can be
// tested while the cursor is on the match (they read only the source), the mark tests once marks are known.
enum class Predicates { all, text, marks };
bool predicates_hold(const TSQueryMatch& m, const PatternInfo& info, const ValueResolver& values, const Marks* marks = nullptr,
                     Predicates which = Predicates::all);

// Adds the fact(s) a match yields to `out`. Returns false (and sets error) for a pattern whose
// settings are invalid, so the query author learns about it.
bool add_match_facts(const TSQueryMatch& m, const MatchContext& ctx, FileFacts& out, std::string& error);

// Drops duplicates produced by overlapping patterns: same rule, kind and location keep the one that
// names an object; literal-only facts whose text another fact already resolved are dropped.
void dedupe_facts(FileFacts& facts);

Location location_of(TSNode node, const FilePath& file);

}  // namespace atscan::ts
