#include "core/filters/baseline.h"

#include "core/util/safe_read.h"
#include "core/util/safe_write.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

namespace atscan {
namespace {

using nlohmann::json;

std::string required_string(const json& e, const char* key, const std::string& where) {
  auto it = e.find(key);
  if (it == e.end() || !it->is_string())
    throw BaselineError(where + ": missing or non-string \"" + key + "\"");
  return it->get<std::string>();
}

}  // namespace

Baseline make_baseline(const std::vector<Finding>& findings, const std::string& tool) {
  Baseline b;
  b.tool = tool;
  for (const auto& f : findings) {
    if (f.suppression && f.suppression->kind == "inSource") continue;
    b.entries.push_back({f.fingerprint, f.rule_id, f.location.file, f.message});
  }
  std::sort(b.entries.begin(), b.entries.end(), [](const BaselineEntry& x, const BaselineEntry& y) {
    return std::tie(x.file, x.rule_id, x.fingerprint, x.message) < std::tie(y.file, y.rule_id, y.fingerprint, y.message);
  });
  return b;
}

std::string to_json(const Baseline& b) {
  // ordered_json keeps the documented key order, so the file reads and diffs well in review.
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& e : b.entries) {
    nlohmann::ordered_json entry;
    entry["fingerprint"] = e.fingerprint;
    entry["ruleId"] = e.rule_id;
    entry["file"] = e.file;
    entry["message"] = e.message;
    findings.push_back(std::move(entry));
  }
  nlohmann::ordered_json doc;
  doc["version"] = b.version;
  doc["tool"] = b.tool;
  doc["findings"] = std::move(findings);
  return doc.dump(2) + "\n";
}

Baseline parse_baseline(std::string_view text, const std::string& source) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    throw BaselineError("baseline " + source + " is not valid JSON (" + e.what() +
                        "); regenerate it with `atscan baseline create -o " + source + "`");
  }
  if (!doc.is_object()) throw BaselineError("baseline " + source + ": expected a JSON object with \"version\" and \"findings\"");
  auto v = doc.find("version");
  if (v == doc.end() || !v->is_number_integer())
    throw BaselineError("baseline " + source + ": missing integer \"version\"; not an atscan baseline?");
  const int version = v->get<int>();
  if (version > kBaselineVersion)
    throw BaselineError("baseline " + source + " has format version " + std::to_string(version) +
                        ", newer than this atscan reads (" + std::to_string(kBaselineVersion) + "); upgrade atscan");
  if (version < kOldestReadableBaselineVersion)
    throw BaselineError("baseline " + source + " has format version " + std::to_string(version) +
                        ", which this atscan no longer reads (oldest: " + std::to_string(kOldestReadableBaselineVersion) +
                        "); regenerate it with `atscan baseline create`");
  Baseline b;
  b.version = version;
  if (auto t = doc.find("tool"); t != doc.end() && t->is_string()) b.tool = t->get<std::string>();
  auto list = doc.find("findings");
  if (list == doc.end() || !list->is_array()) throw BaselineError("baseline " + source + ": missing array \"findings\"");
  for (size_t i = 0; i < list->size(); ++i) {
    const json& e = (*list)[i];
    const std::string where = "baseline " + source + ": findings[" + std::to_string(i) + "]";
    if (!e.is_object()) throw BaselineError(where + " is not an object");
    BaselineEntry entry{required_string(e, "fingerprint", where), required_string(e, "ruleId", where),
                        required_string(e, "file", where), ""};
    if (auto m = e.find("message"); m != e.end() && m->is_string()) entry.message = m->get<std::string>();
    if (entry.fingerprint.empty()) throw BaselineError(where + ": empty \"fingerprint\"");
    b.entries.push_back(std::move(entry));
  }
  return b;
}

Baseline load_baseline(const std::filesystem::path& path) {
  SafeReadResult r = read_file_safely(path, SafeReadOptions{256u << 20, {}});
  if (!r.ok()) throw BaselineError("cannot read baseline " + path.string() + (r.status == SafeReadStatus::missing ? "" : ": " + r.reason));
  return parse_baseline(r.data, path.string());
}

void save_baseline(const Baseline& b, const std::filesystem::path& path) {
  if (auto why = write_file_atomically(path, to_json(b))) throw BaselineError("cannot write baseline " + path.string() + ": " + *why);
}

void apply_baseline(std::vector<Finding>& findings, const Baseline& baseline, const std::string& root,
                    const std::vector<std::string>& scanned_files, std::vector<Notification>& notes, RunSummary& summary) {
  std::set<std::string> known;
  for (const auto& e : baseline.entries) known.insert(e.fingerprint);
  std::set<std::string> matched;
  for (auto& f : findings) {
    if (!known.count(f.fingerprint)) continue;
    matched.insert(f.fingerprint);
    if (f.suppression) continue;  // already suppressed in source: counted there
    f.suppression = Suppression{"external", "in baseline"};
    ++summary.baselined;
  }
  for (const auto& e : baseline.entries) {
    if (matched.count(e.fingerprint)) continue;
    std::error_code ec;
    const bool scanned = std::binary_search(scanned_files.begin(), scanned_files.end(), e.file);
    const bool gone = !std::filesystem::exists(std::filesystem::path(root) / e.file, ec);
    if (!scanned && !gone) continue;
    notes.push_back({e.file, "baseline entry no longer occurs: " + e.rule_id + ": " + e.message + " (fingerprint " + e.fingerprint + ")",
                     "note"});
  }
}

}  // namespace atscan
