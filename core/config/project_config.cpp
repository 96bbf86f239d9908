#include "core/config/project_config.h"

#include "core/util/safe_read.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/util/suggest.h"

namespace atscan {
namespace {

const std::vector<std::string> kTopKeys = {"profile", "fail-on", "exclude", "rules", "test-code", "max-file-size", "docs-url"};
const std::vector<std::string> kRuleKeys = {"severity", "paths"};

[[noreturn]] void fail(const std::string& source, const YAML::Mark& mark, const std::string& what) {
  std::ostringstream os;
  os << source;
  if (!mark.is_null()) os << ':' << (mark.line + 1);
  os << ": " << what;
  throw ConfigError(os.str());
}

std::string scalar(const YAML::Node& n, const std::string& key, const std::string& source) {
  if (!n.IsScalar()) fail(source, n.Mark(), "'" + key + "' must be a string");
  return n.as<std::string>();
}

std::vector<std::string> list(const YAML::Node& n, const std::string& key, const std::string& source) {
  if (n.IsNull()) return {};
  if (n.IsScalar()) return {n.as<std::string>()};
  if (!n.IsSequence()) fail(source, n.Mark(), "'" + key + "' must be a list of strings");
  std::vector<std::string> out;
  for (const auto& item : n) {
    if (!item.IsScalar()) fail(source, item.Mark(), "'" + key + "' must be a list of strings");
    out.push_back(item.as<std::string>());
  }
  return out;
}

std::string one_of(const YAML::Node& n, const std::string& key, const std::string& source, const std::vector<std::string>& allowed) {
  auto v = scalar(n, key, source);
  for (const auto& a : allowed)
    if (v == a) return v;
  std::string all;
  for (const auto& a : allowed) all += (all.empty() ? "" : ", ") + a;
  fail(source, n.Mark(), "'" + key + "': '" + v + "' is not one of " + all + did_you_mean(v, allowed));
}

void unknown_key(const std::string& source, const YAML::Node& key, const std::string& where, const std::vector<std::string>& allowed) {
  const auto k = key.as<std::string>();
  fail(source, key.Mark(), "unknown key '" + k + "'" + where + did_you_mean(k, allowed));
}

void parse_rules(const YAML::Node& node, const std::string& source, ProjectConfig& c) {
  if (node.IsNull()) return;
  if (!node.IsMap()) fail(source, node.Mark(), "'rules' must be a mapping (select, ignore, or a rule id)");
  for (const auto& kv : node) {
    const auto key = kv.first.as<std::string>();
    const YAML::Node& val = kv.second;
    if (key == "select" || key == "ignore") {
      auto patterns = list(val, "rules." + key, source);
      int i = 0;
      for (const auto& p : patterns) {
        const YAML::Node item = val.IsSequence() ? val[i++] : val;
        c.pattern_lines[p] = static_cast<int>(item.Mark().line + 1);
      }
      auto& into = key == "select" ? c.select : c.ignore;
      into.insert(into.end(), patterns.begin(), patterns.end());
      continue;
    }
    if (key.rfind("ats-", 0) != 0) unknown_key(source, kv.first, " in 'rules' (expected select, ignore or a rule id ats-…)", {"select", "ignore"});
    RuleSettings rs;
    rs.line = static_cast<int>(kv.first.Mark().line + 1);
    if (!val.IsNull()) {
      if (!val.IsMap()) fail(source, val.Mark(), "'rules." + key + "' must be a mapping (severity, paths)");
      for (const auto& rkv : val) {
        const auto rk = rkv.first.as<std::string>();
        if (rk == "severity") {
          auto s = one_of(rkv.second, "severity", source, {"error", "warning", "note"});
          rs.severity = parse_severity(s);
        } else if (rk == "paths") {
          rs.paths = list(rkv.second, "paths", source);
        } else {
          unknown_key(source, rkv.first, " in 'rules." + key + "'", kRuleKeys);
        }
      }
    }
    c.rules[key] = std::move(rs);
  }
}

std::string yaml_quote(const std::string& s) {
  YAML::Emitter e;
  e << YAML::DoubleQuoted << s;
  return e.c_str();
}

std::string yaml_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + yaml_quote(items[i]);
  return out + "]";
}

}  // namespace

ProjectConfig parse_project_config(const std::string& text, const std::string& source, const std::string& dir) {
  ProjectConfig c;
  c.file = source;
  c.dir = dir;
  YAML::Node doc;
  try {
    doc = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    fail(source, e.mark, "invalid YAML: " + e.msg);
  }
  if (doc.IsNull()) return c;  // an empty file: every default
  if (!doc.IsMap()) fail(source, doc.Mark(), "the configuration must be a mapping of keys (" + std::string("profile, fail-on, …)"));
  std::set<std::string> seen;
  for (const auto& kv : doc) {
    if (!kv.first.IsScalar()) fail(source, kv.first.Mark(), "keys must be strings");
    const auto key = kv.first.as<std::string>();
    if (!seen.insert(key).second) fail(source, kv.first.Mark(), "duplicate key '" + key + "'");
    const YAML::Node& val = kv.second;
    if (key == "profile") c.profile = scalar(val, key, source);
    else if (key == "fail-on") c.fail_on = one_of(val, key, source, {"error", "warning", "note", "never"});
    else if (key == "test-code") c.test_code = one_of(val, key, source, {"lower", "same-level"});
    else if (key == "max-file-size") c.max_file_size = scalar(val, key, source);
    else if (key == "docs-url") c.docs_url = scalar(val, key, source);
    else if (key == "exclude") c.exclude = list(val, key, source);
    else if (key == "rules") parse_rules(val, source, c);
    else unknown_key(source, kv.first, "", kTopKeys);
  }
  return c;
}

ProjectConfig load_project_config(const std::string& path) {
  namespace fs = std::filesystem;
  // The file comes with the scanned tree: bounded, and a FIFO or device is refused, not waited on.
  SafeReadResult read = read_file_safely(path, SafeReadOptions{1u << 20, {}});
  if (!read.ok())
    throw ConfigError(path + ": cannot read the configuration file" + (read.status == SafeReadStatus::missing ? "" : " (" + read.reason + ")"));
  std::error_code ec;
  auto dir = fs::absolute(path, ec).lexically_normal().parent_path().generic_string();
  return parse_project_config(read.data, path, dir);
}

std::string find_project_config(const std::string& start) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (;;) {
    auto candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Named as the user would type it: relative to the current directory when the start was.
      auto rel = candidate.lexically_relative(cwd).generic_string();
      return rel.empty() || fs::path(start).is_absolute() ? candidate.generic_string() : rel;
    }
    if (dir == dir.parent_path() || dir.empty()) return {};
    dir = dir.parent_path();
  }
}

std::string dump_project_config(const ProjectConfig& c) {
  std::ostringstream os;
  os << "# atscan configuration (atscan config --dump); schema: docs/atscan-config.schema.json\n";
  os << "profile: " << yaml_quote(c.profile.value_or("aws-ats")) << '\n';
  os << "fail-on: " << c.fail_on.value_or("error") << '\n';
  os << "test-code: " << c.test_code.value_or("lower") << '\n';
  os << "max-file-size: " << yaml_quote(c.max_file_size.value_or("4M")) << '\n';
  if (c.docs_url) os << "docs-url: " << yaml_quote(*c.docs_url) << '\n';
  os << "exclude: " << yaml_list(c.exclude) << '\n';
  os << "rules:\n";
  os << "  select: " << yaml_list(c.select) << '\n';
  os << "  ignore: " << yaml_list(c.ignore) << '\n';
  for (const auto& [id, rs] : c.rules) {
    os << "  " << id << ":";
    if (!rs.severity && rs.paths.empty()) {
      os << " {}\n";
      continue;
    }
    os << '\n';
    if (rs.severity) os << "    severity: " << to_string(*rs.severity) << '\n';
    if (!rs.paths.empty()) os << "    paths: " << yaml_list(rs.paths) << '\n';
  }
  return os.str();
}

}  // namespace atscan
