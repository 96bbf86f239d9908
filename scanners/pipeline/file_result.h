#pragma once
// What the front-ends yield for one file before the whole-scan flow solve and judge: its facts and
// flow records, its notes, and whether it was parsed or skipped. The result cache and sharded scans
// store it in the JSON form below (facts_codec.h), so a cached or merged run judges the same input.
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/facts.h"
#include "core/model/notification.h"
#include "core/util/cbor_writer.h"

namespace atscan {

struct FileResult {
  FileFacts facts;
  std::vector<Notification> notes;
  bool skipped = false;
  bool parsed = false;  // a front-end read it (the prefilter matched or it bypasses the prefilter)
  bool operator==(const FileResult&) const = default;
};

// As a CBOR map (what the result cache stores), and that map read back as JSON.
void write_file_result(CborWriter& w, const FileResult& r);
nlohmann::json file_result_to_json(const FileResult& r);
// Throws FactsCodecError for anything malformed.
FileResult file_result_from_json(const nlohmann::json& j);

}  // namespace atscan
