#include "scanners/pipeline/shard_results.h"

#include "core/model/facts_codec.h"

namespace atscan {

void PreloadedResults::add(RecordedResult r) {
  by_key_.insert_or_assign({std::move(r.kind), std::move(r.path), std::move(r.content_sha256)}, std::move(r.result));
}

const FileResult* PreloadedResults::find(std::string_view kind, const std::string& path, const std::string& content_sha256) const {
  const auto it = by_key_.find({std::string(kind), path, content_sha256});
  return it == by_key_.end() ? nullptr : &it->second;
}

std::string recorded_to_text(const std::vector<RecordedResult>& results) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& r : results) a.push_back(nlohmann::json::array({r.kind, r.path, r.content_sha256, file_result_to_json(r.result)}));
  return a.dump();
}

void recorded_from_text(std::string_view text, PreloadedResults& into) {
  try {
    const nlohmann::json a = nlohmann::json::parse(text);
    if (!a.is_array()) throw FactsCodecError("shard results are an array");
    for (const auto& e : a) {
      if (!e.is_array() || e.size() != 4) throw FactsCodecError("a shard result is [kind, path, sha256, result]");
      RecordedResult r{e[0].get<std::string>(), e[1].get<std::string>(), e[2].get<std::string>(), file_result_from_json(e[3])};
      if (r.kind != "scan" && r.kind != "flows") throw FactsCodecError("unknown result kind '" + r.kind + "'");
      if (r.result.facts.file != r.path) throw FactsCodecError("a result for " + r.path + " names " + r.result.facts.file);
      into.add(std::move(r));
    }
  } catch (const nlohmann::json::exception& e) {
    throw FactsCodecError(std::string("malformed shard results: ") + e.what());
  }
}

}  // namespace atscan
