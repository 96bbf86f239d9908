#include "scanners/pipeline/scan_memo.h"

#include <cerrno>

#include <nlohmann/json.hpp>

#include "core/model/facts_codec.h"
#include "core/model/finding_codec.h"
#include "core/util/digest.h"
#include "core/util/input_log.h"
#include "core/util/safe_read.h"
#include "core/util/time_horizon.h"

namespace atscan {
namespace {
using json = nlohmann::json;

constexpr int kMemoFormat = 1;

json skips(const std::vector<WalkSkip>& v) {
  json a = json::array();
  for (const auto& s : v) a.push_back(json::array({text_to_json(s.path), text_to_json(s.reason)}));
  return a;
}

bool same_skips(const json& a, const std::vector<WalkSkip>& v) {
  if (!a.is_array() || a.size() != v.size()) return false;
  for (size_t i = 0; i < v.size(); ++i)
    if (text_from_json(a[i].at(0)) != v[i].path || text_from_json(a[i].at(1)) != v[i].reason) return false;
  return true;
}

}  // namespace

ScanMemo::ScanMemo(ResultCache& cache, const std::string& key, std::int64_t started_ns)
    : cache_(cache), started_ns_(started_ns) {
  // Lengths before each part: no two different inputs give the same byte string.
  std::string head = "memo " + std::to_string(kMemoFormat) + " " + cache.run_key();
  head += std::to_string(key.size()) + ':' + key;
  slot_ = sha256_hex(head);
}

bool ScanMemo::recent(const WalkEntry& e) const { return changed_recently(e.mtime_ns, e.ctime_ns, started_ns_); }

std::optional<MemoOutcome> ScanMemo::replay(const WalkResult& walked, std::int64_t now, std::string& why) const {
  std::string body;
  switch (cache_.load_entry(slot_, body, why)) {
    case ResultCache::Lookup::miss:
      why = "no earlier scan of this root with these options";
      return std::nullopt;
    case ResultCache::Lookup::corrupt:
      why = "the memo is damaged (" + why + ")";
      return std::nullopt;
    case ResultCache::Lookup::hit:
      break;
  }
  try {
    const json j = json::from_cbor(body);
    if (integer_from_json<int>(j.at("memo")) != kMemoFormat || text_from_json(j.at("root")) != walked.root) {
      why = "the memo belongs to another root";
      return std::nullopt;
    }
    if (now < integer_from_json<std::int64_t>(j.at("now")) || now >= integer_from_json<std::int64_t>(j.at("until"))) {
      why = "a certificate or a pin set changes its verdict between the memo's clock and this run's";
      return std::nullopt;
    }
    const json& files = j.at("files");
    if (!files.is_array() || files.size() != walked.files.size()) {
      why = "files were added or removed";
      return std::nullopt;
    }
    for (size_t i = 0; i < walked.files.size(); ++i) {
      const WalkEntry& w = walked.files[i];
      const json& f = files[i];
      if (text_from_json(f.at(0)) != w.path) {
        why = "files were added, removed or renamed";
        return std::nullopt;
      }
      if (integer_from_json<std::uint64_t>(f.at(1)) != w.size || integer_from_json<std::int64_t>(f.at(2)) != w.mtime_ns || integer_from_json<std::int64_t>(f.at(3)) != w.ctime_ns ||
          integer_from_json<std::uint64_t>(f.at(4)) != w.inode || integer_from_json<std::uint64_t>(f.at(5)) != w.device) {
        why = w.path + " changed";
        return std::nullopt;
      }
      if (const std::string sha = f.at(6).get<std::string>(); !sha.empty()) {
        const SafeReadResult r = read_file_safely(w.abs_path, SafeReadOptions{kMaxInputBytes, walked.root});
        if (!r.ok() || sha256_hex(r.data) != sha) {
          why = w.path + " changed";
          return std::nullopt;
        }
      }
    }
    if (!same_skips(j.at("skipped"), walked.skipped) || !same_skips(j.at("ignored"), walked.ignored)) {
      why = "the walk skipped or left out other paths";
      return std::nullopt;
    }
    for (const auto& in : j.at("inputs")) {
      bool unsettled = false;
      const std::string path = text_from_json(in.at(0));
      if (path_state(path, started_ns_, unsettled) != in.at(1).get<std::string>()) {
        why = path + " changed";
        return std::nullopt;
      }
    }
    MemoOutcome out;
    out.findings = findings_from_json(j.at("findings"));
    out.notifications = notes_from_json(j.at("notifications"));
    out.explained = notes_from_json(j.at("explained"));
    out.summary.files_scanned = integer_from_json<int>(j.at("summary").at(0));
    out.summary.files_skipped = integer_from_json<int>(j.at("summary").at(1));
    return out;
  } catch (const std::exception& e) {
    why = std::string("the memo cannot be decoded (") + e.what() + ")";
    return std::nullopt;
  }
}

std::string ScanMemo::record(const WalkResult& walked, const std::vector<std::string>& content_sha, const InputLog& inputs,
                             std::int64_t now, const MemoOutcome& outcome) {
  if (inputs.unsettled()) return "a folder the scan read outside the walked files changed while it ran";
  json in = json::array();
  for (const auto& [path, state] : inputs.states()) in.push_back(json::array({text_to_json(path), state}));
  json files = json::array();
  for (size_t i = 0; i < walked.files.size(); ++i) {
    const WalkEntry& w = walked.files[i];
    const std::string sha = i < content_sha.size() ? content_sha[i] : std::string();
    if (recent(w) && sha.empty()) return w.path + " changed while the scan ran";
    files.push_back(json::array({text_to_json(w.path), w.size, w.mtime_ns, w.ctime_ns, w.inode, w.device, sha}));
  }
  const json j{{"memo", kMemoFormat},
               {"root", text_to_json(walked.root)},
               {"now", now},
               {"until", next_time_boundary(now)},
               {"files", std::move(files)},
               {"skipped", skips(walked.skipped)},
               {"ignored", skips(walked.ignored)},
               {"inputs", std::move(in)},
               {"findings", findings_to_json(outcome.findings)},
               {"notifications", notes_to_json(outcome.notifications)},
               {"explained", notes_to_json(outcome.explained)},
               {"summary", json::array({outcome.summary.files_scanned, outcome.summary.files_skipped})}};
  const std::vector<std::uint8_t> body = json::to_cbor(j);
  if (!cache_.store_entry(slot_, std::string_view(reinterpret_cast<const char*>(body.data()), body.size())))
    return "the memo could not be written";
  return {};
}

}  // namespace atscan
