#pragma once
// A rule's documentation page (docs/rules/<id>.md), for formats that embed help (SARIF).
#include <optional>
#include <string>

#include "core/catalog/catalog.h"

namespace atscan {

struct RuleDocs {
  std::string markdown;  // the whole page
  std::string summary;   // first paragraph after the heading, as markdown
};

// Reads Rule::docs relative to the repository that holds the catalog (the parent of the rules
// directory). nullopt when the rule names no page or the file does not exist.
std::optional<RuleDocs> load_rule_docs(const Catalog& catalog, const Rule& rule);

// `markdown` without emphasis and code markers (** __ ` ), for plain-text fields.
std::string markdown_to_plain(std::string markdown);

}  // namespace atscan
