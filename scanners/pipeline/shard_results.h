#pragma once
// Front-end results that travel with a shard's report to `atscan merge`: each file's result
// (file_result.h) with the SHA-256 of the content it was computed from. The merge re-walks the tree
// and takes a file's result from the shards only when its content is unchanged; the flow solve and the
// judge then run once over every file, as in one scan.
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scanners/pipeline/file_result.h"

namespace atscan {

struct RecordedResult {
  std::string kind;            // "scan" (every front-end) | "flows" (flow records only, read on demand)
  std::string path;            // relative to the scan root
  std::string content_sha256;  // hex
  FileResult result;
};

class PreloadedResults {
 public:
  void add(RecordedResult r);
  const FileResult* find(std::string_view kind, const std::string& path, const std::string& content_sha256) const;
  size_t size() const { return by_key_.size(); }

 private:
  std::map<std::tuple<std::string, std::string, std::string>, FileResult> by_key_;
};

// Compact JSON text: [[kind, path, sha256, result], …]. Reading throws FactsCodecError when malformed.
std::string recorded_to_text(const std::vector<RecordedResult>& results);
void recorded_from_text(std::string_view text, PreloadedResults& into);

}  // namespace atscan
