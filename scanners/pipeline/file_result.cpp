#include "scanners/pipeline/file_result.h"

#include "core/model/facts_codec.h"

namespace atscan {

nlohmann::json file_result_to_json(const FileResult& r) {
  nlohmann::json j = nlohmann::json::object();
  j["facts"] = facts_to_json(r.facts);
  if (!r.notes.empty()) j["notes"] = notes_to_json(r.notes);
  if (r.skipped) j["skipped"] = true;
  if (r.parsed) j["parsed"] = true;
  return j;
}

FileResult file_result_from_json(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("facts")) throw FactsCodecError("a file result is an object with facts");
  FileResult r;
  r.facts = facts_from_json(j.at("facts"));
  if (j.contains("notes")) r.notes = notes_from_json(j.at("notes"));
  try {
    r.skipped = j.contains("skipped") && j.at("skipped").get<bool>();
    r.parsed = j.contains("parsed") && j.at("parsed").get<bool>();
  } catch (const nlohmann::json::exception& e) {
    throw FactsCodecError(std::string("malformed file result: ") + e.what());
  }
  return r;
}

}  // namespace atscan
