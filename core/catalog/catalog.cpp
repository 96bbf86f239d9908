#include "core/catalog/catalog.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "core/util/linear_regex.h"

namespace atscan {
namespace {

const std::set<std::string> kRequired = {"id", "title", "severity", "message", "languages", "docs", "tags"};
const std::set<std::string> kOptional = {"triggers", "trigger-patterns", "weak-triggers", "category", "note", "security-severity"};

[[noreturn]] void fail(const std::string& source, const YAML::Mark& mark, const std::string& what) {
  std::ostringstream os;
  os << source;
  if (!mark.is_null()) os << ':' << (mark.line + 1);
  os << ": " << what;
  throw CatalogError(os.str());
}

std::vector<std::string> string_list(const YAML::Node& n, const std::string& key, const std::string& source) {
  if (!n.IsSequence()) fail(source, n.Mark(), "'" + key + "' must be a list of strings");
  std::vector<std::string> out;
  for (const auto& item : n) {
    if (!item.IsScalar()) fail(source, item.Mark(), "'" + key + "' must be a list of strings");
    out.push_back(item.as<std::string>());
  }
  return out;
}

bool valid_id(const std::string& id) {
  if (id.rfind("ats-", 0) != 0 || id.size() < 5) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

Rule Catalog::parse_rule(std::string_view yaml_text, const std::string& source) {
  YAML::Node doc;
  try {
    doc = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    fail(source, e.mark, "invalid YAML: " + e.msg);
  }
  if (!doc.IsMap()) fail(source, doc.Mark(), "a rule must be a mapping");
  Rule r;
  r.source = source;
  std::set<std::string> seen;
  for (const auto& kv : doc) {
    const auto key = kv.first.as<std::string>();
    const auto& val = kv.second;
    if (!kRequired.count(key) && !kOptional.count(key)) fail(source, kv.first.Mark(), "unknown key '" + key + "'");
    seen.insert(key);
    if (key == "languages" || key == "tags" || key == "triggers" || key == "trigger-patterns" ||
        key == "weak-triggers") {
      auto list = string_list(val, key, source);
      if (key == "languages") r.languages = list;
      else if (key == "tags") r.tags = list;
      else if (key == "triggers") r.triggers = list;
      else if (key == "weak-triggers") r.weak_triggers = list;
      else {
        for (const auto& p : list) {
          try {
            LinearRegex check(p);
          } catch (const std::exception& e) {
            fail(source, val.Mark(), "trigger pattern '" + p + "' does not compile: " + e.what());
          }
        }
        r.trigger_patterns = list;
      }
      continue;
    }
    if (!val.IsScalar()) fail(source, val.Mark(), "'" + key + "' must be a string");
    auto s = val.as<std::string>();
    if (key == "id") {
      if (!valid_id(s)) fail(source, val.Mark(), "id '" + s + "' must be kebab-case and start with 'ats-'");
      r.id = s;
    } else if (key == "title") r.title = s;
    else if (key == "message") r.message = s;
    else if (key == "docs") r.docs = s;
    else if (key == "category") r.category = s;
    else if (key == "security-severity") {
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (s.empty() || *end || v < 0 || v > 10) fail(source, val.Mark(), "security-severity must be a number from 0.0 to 10.0");
      r.security_severity = s;
    }
    else if (key == "severity") {
      auto sev = parse_severity(s);
      if (!sev || *sev == Severity::none) fail(source, val.Mark(), "severity must be error, warning or note");
      r.severity = *sev;
    }
  }
  for (const auto& k : kRequired)
    if (!seen.count(k)) fail(source, doc.Mark(), "missing required field '" + k + "'");
  return r;
}

Catalog Catalog::load(const std::filesystem::path& rules_dir) {
  Catalog c;
  c.dir_ = rules_dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(rules_dir, ec)) throw CatalogError(rules_dir.string() + ": rules directory not found");
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(rules_dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Rule r = parse_rule(ss.str(), f.string());
    if (f.stem().string() != r.id) throw CatalogError(f.string() + ":1: file name must be the rule id '" + r.id + ".yaml'");
    if (c.find(r.id)) throw CatalogError(f.string() + ":1: duplicate rule id '" + r.id + "'");
    c.rules_.push_back(std::move(r));
  }
  return c;
}

Catalog Catalog::from_rules(std::filesystem::path rules_dir, std::vector<Rule> rules) {
  Catalog c;
  c.dir_ = std::move(rules_dir);
  c.rules_ = std::move(rules);
  return c;
}

void Catalog::add(Rule r) {
  rules_.push_back(std::move(r));
  std::sort(rules_.begin(), rules_.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
}

const Rule* Catalog::find(std::string_view id) const {
  for (const auto& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<std::string> Catalog::trigger_literals() const {
  std::set<std::string> all;
  for (const auto& r : rules_) all.insert(r.triggers.begin(), r.triggers.end());
  return {all.begin(), all.end()};
}

std::vector<std::string> Catalog::weak_triggers() const {
  std::set<std::string> all;
  for (const auto& r : rules_) all.insert(r.weak_triggers.begin(), r.weak_triggers.end());
  return {all.begin(), all.end()};
}

std::vector<std::string> Catalog::trigger_patterns() const {
  std::set<std::string> all;
  for (const auto& r : rules_) all.insert(r.trigger_patterns.begin(), r.trigger_patterns.end());
  return {all.begin(), all.end()};
}

std::filesystem::path default_rules_dir(const char* argv0) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("ATSCAN_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0) exe = fs::absolute(argv0, ec);
  if (!exe.empty()) {
    auto installed = exe.parent_path() / ".." / "share" / "atscan" / "rules";
    if (fs::is_directory(installed, ec)) return fs::weakly_canonical(installed, ec);
  }
  return ATSCAN_SOURCE_DIR "/rules";
}

}  // namespace atscan
