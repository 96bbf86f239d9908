#include "scanners/pipeline/file_result.h"

#include "core/model/facts_codec.h"

namespace atscan {

void write_file_result(CborWriter& w, const FileResult& r) {
  w.begin_map();
  w.text("facts");
  write_facts(w, r.facts);
  if (!r.notes.empty()) {
    w.text("notes");
    write_notes(w, r.notes);
  }
  if (r.skipped) {
    w.text("skipped");
    w.boolean(true);
  }
  if (r.parsed) {
    w.text("parsed");
    w.boolean(true);
  }
  w.end();
}

nlohmann::json file_result_to_json(const FileResult& r) {
  CborWriter w;
  write_file_result(w, r);
  return nlohmann::json::from_cbor(w.bytes());
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
