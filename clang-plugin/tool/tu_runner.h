#pragma once
// Runs the shared matchers over one translation unit of a compilation database.
#include <clang/Tooling/CompilationDatabase.h>

#include <string>
#include <vector>

#include "clang-plugin/engine/tu_result.h"

namespace atscan::clangfe {

struct TuOutcome {
  std::string file;                    // as listed in the database
  bool ran = false;                    // a compile command existed and the front end started
  int errors = 0;                      // compiler errors (the facts are what parsed)
  std::vector<std::string> messages;   // the first few compiler errors, "file:line: message"
  FileFacts facts;
  std::map<Location, Fix> fixes;       // by trust fact location
};

// `resource_dir`: Clang's builtin headers, added unless the command names one.
TuOutcome run_tu(const clang::tooling::CompilationDatabase& db, const std::string& file, const std::string& root,
                 const std::string& resource_dir);

}  // namespace atscan::clangfe
