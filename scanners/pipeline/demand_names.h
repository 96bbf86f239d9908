#pragma once
// The names that parsed files define and other files may use (demand parsing, scan.cpp): which of them
// a file the first pass did not parse mentions, and which it uses. The prefilter finds mentions fast,
// in any case and inside longer words ("test_methods" in "test_methods_with_output", "EXAMPLES" in
// "examples"); the flow solver links names exactly, so only a whole identifier in its own case is a use.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/prefilter/prefilter.h"

namespace atscan {

// Whether `text` holds `name` as a whole identifier: the same bytes, not joined to a letter, digit,
// '_', '$' or a non-ASCII byte on either side.
bool uses_identifier(std::string_view text, std::string_view name);

class DemandNames {
 public:
  explicit DemandNames(const std::vector<std::string>& names);

  struct Uses {
    std::vector<std::string> mentioned;  // lower case, sorted: the names the text holds in any form
    std::vector<std::string> used;       // lower case, sorted: those it holds as a whole identifier as written
  };
  // Thread-safe.
  Uses in(std::string_view text) const;

 private:
  Prefilter filter_;
  std::map<std::string, std::vector<std::string>, std::less<>> by_lower_;  // mention -> the names as written
};

}  // namespace atscan
