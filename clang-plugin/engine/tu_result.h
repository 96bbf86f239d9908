#pragma once
// One translation unit's facts plus what is needed to show findings as Clang diagnostics.
#include <clang/Basic/SourceLocation.h>

#include <map>
#include <optional>
#include <string>

#include "core/model/facts.h"
#include "core/model/finding.h"

namespace atscan::clangfe {

// A safe edit proposed with a fact: as a Clang fix-it and as an atscan Fix.
struct PendingFix {
  clang::SourceLocation at;  // insertion point
  std::string text;
  Fix fix;
};

struct TuResult {
  FileFacts facts;  // the main file only
  std::map<Location, clang::SourceLocation> where;  // every location put in a fact (end fields zero)
  std::map<Location, PendingFix> fixes;             // by the trust fact's location
};

}  // namespace atscan::clangfe
