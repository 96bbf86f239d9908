#pragma once
// Flow records from a tree-sitter syntax tree (core/flow/flow_records.h): one generic walker with a
// table of node shapes per grammar family (C/C++, Python, Go, JavaScript/TypeScript, Java). It knows
// no API and no policy; it only says where names are defined, assigned, passed, returned, imported,
// read from files or the environment.
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

#include "core/flow/flow_records.h"

namespace atscan::ts {

// Whether the extractor knows this grammar's shapes.
bool has_flow_support(const std::string& language);

class FlowExtractor {
 public:
  FlowExtractor(std::string language, std::string_view source, std::string file);

  // Records for the whole tree. False when the tree nests deeper than the walk follows (the records
  // of the deeper parts are missing).
  bool extract(TSNode root, flow::FileFlows& out) const;

  // One expression as a flow value; names stay as written, the solver scopes them.
  flow::Value value(TSNode node, int depth = 0) const;

 private:
  struct Walk;
  std::string text(TSNode n) const;
  Location where(TSNode n) const;

  std::string language_;
  std::string_view source_;
  FilePath file_;  // interned once: every location of the file copies a pointer
};

// A #define body as an expression: adjacent string literals (across line continuations), a name, a
// name followed by literals, parentheses and casts around them. `at` is where the body starts.
flow::Value macro_body_value(std::string_view body, const Location& at);

}  // namespace atscan::ts
