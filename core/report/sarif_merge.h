#pragma once
// Merges SARIF logs from sharded runs (`atscan scan --shard i/n`) into one log with one run:
// rules united by id (sorted, ruleIndex renumbered), results concatenated and sorted by
// (uri, line, column, ruleId), execution notifications concatenated.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/report/json_output.h"

namespace atscan {

// The message names the offending input: "<name>: not SARIF 2.1.0 (…)".
class SarifMergeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SarifInput {
  std::string name;  // shown in errors (the file name)
  std::string text;  // the SARIF document
};

struct SarifMergeOptions {
  // Runs whose base URIs (originalUriBaseIds) differ are refused: their relative URIs point into
  // different trees. With a rebase root (an absolute folder), every %SRCROOT%-relative URI is made
  // relative to it (or an absolute file: URI when outside it) and it becomes the merged %SRCROOT%.
  std::string rebase_root;
};

// Every run of every input must come from the same tool (driver name). Throws SarifMergeError.
Json merge_sarif_logs(const std::vector<SarifInput>& inputs, const SarifMergeOptions& options = {});

}  // namespace atscan
