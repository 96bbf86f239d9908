#include "clang-plugin/judge_data/prebuilt.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string_view>

#include "clang-plugin/judge_data/format.h"

namespace atscan::judgedata {

// Generated at build time (generate.cpp) from the source tree's rules/.
extern const char kPrebuiltJudgeData[];
extern const std::size_t kPrebuiltJudgeDataSize;

namespace {
namespace fs = std::filesystem;

const JudgeData* data() {
  static std::once_flag once;
  static JudgeData decoded;
  static bool ok = false;
  std::call_once(once, [] {
    try {
      decoded = deserialize(std::string_view(kPrebuiltJudgeData, kPrebuiltJudgeDataSize));
      ok = true;
    } catch (const std::exception&) {
      ok = false;  // never expected: the caller loads the YAML
    }
  });
  return ok ? &decoded : nullptr;
}

bool same_bytes(const fs::path& p, std::string_view want) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  if (!in || static_cast<size_t>(in.tellg()) != want.size()) return false;
  in.seekg(0);
  std::string got(want.size(), '\0');
  in.read(got.data(), static_cast<std::streamsize>(got.size()));
  return in.gcount() == static_cast<std::streamsize>(got.size()) && got == want;
}

}  // namespace

std::optional<Catalog> prebuilt_catalog(const fs::path& rules_dir) {
  const JudgeData* d = data();
  if (!d || d->catalog.files.empty()) return std::nullopt;
  // The files Catalog::load reads, in its order.
  std::error_code ec;
  if (!fs::is_directory(rules_dir, ec)) return std::nullopt;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(rules_dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  if (ec || files.size() != d->catalog.files.size()) return std::nullopt;
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i < files.size(); ++i)
    if (files[i].filename().string() != d->catalog.files[i].path || !same_bytes(files[i], d->catalog.files[i].bytes)) return std::nullopt;
  std::vector<Rule> rules = d->catalog.rules;
  if (rules.size() != files.size()) return std::nullopt;
  for (size_t i = 0; i < rules.size(); ++i) rules[i].source = files[i].string();
  return Catalog::from_rules(rules_dir, std::move(rules));
}

std::shared_ptr<const Profile> prebuilt_profile(const fs::path& yaml) {
  const JudgeData* d = data();
  if (!d) return nullptr;
  std::ifstream in(yaml, std::ios::binary);
  if (!in) return nullptr;
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  for (const auto& p : d->profiles) {
    if (text != p.yaml.bytes) continue;
    bool same = true;
    for (const auto& pem : p.pems) same = same && same_bytes(yaml.parent_path() / pem.path, pem.bytes);
    if (!same) continue;
    auto out = std::make_shared<Profile>(p.profile);
    out->source = yaml;
    return out;
  }
  return nullptr;
}

std::map<std::string, std::string_view> prebuilt_host_databases(const Profile& profile) {
  std::map<std::string, std::string_view> out;
  const JudgeData* d = data();
  if (!d) return out;
  // A database depends on the regex alone (always caseless, full match): any profile may use it.
  for (const auto& h : profile.hosts)
    for (const auto& p : d->profiles)
      for (const auto& [re, db] : p.host_databases)
        if (re == h.regex) out.emplace(re, db);
  return out;
}

}  // namespace atscan::judgedata
