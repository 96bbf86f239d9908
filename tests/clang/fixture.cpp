#include "fixture.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace atscan::clangtest {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  auto e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string substitute(std::string s, const std::string& key, const std::string& value) {
  for (auto at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size())) s.replace(at, key.size(), value);
  return s;
}

std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "TEXT [ats-rule]" → TEXT, rule.
bool split_rule(const std::string& s, std::string& text, std::string& rule) {
  static const std::regex re(R"(^(.*) \[(ats-[a-z0-9-]+)\]\s*$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  text = m[1];
  rule = m[2];
  return true;
}

}  // namespace

Fixture parse_fixture(const std::string& path, const std::string& fixtures_dir, const std::string& headers_dir) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  Fixture f;
  f.path = path;
  f.name = path.substr(path.find_last_of('/') + 1);
  const bool c_file = f.name.size() > 2 && f.name.substr(f.name.size() - 2) == ".c";
  f.args = c_file ? std::vector<std::string>{"-std=c11", "-isystem", headers_dir} : std::vector<std::string>{"-std=c++17", "-isystem", headers_dir};
  static const std::regex fix(R"(//\s*CHECK-FIXES(-NEXT)?:\s?(.*)$)");
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    std::smatch m;
    if (auto at = line.find("// ARGS:"); at != std::string::npos) {
      f.args.clear();
      for (auto& w : split_words(line.substr(at + 8))) f.args.push_back(substitute(substitute(w, "%S", fixtures_dir), "%H", headers_dir));
    } else if (line.find("// EXPECT-COMPILE-ERRORS") != std::string::npos) {
      f.compile_errors = true;
    } else if (std::regex_search(line, m, fix)) {
      f.fixes.push_back({trim(m[2]), m[1].matched});
    } else if (line.find("CHECK-") != std::string::npos && line.find("//") != std::string::npos) {
      throw std::runtime_error(path + ":" + std::to_string(n) + ": malformed CHECK annotation");
    }
  }
  f.annotations = atscan::testing::read_annotations(path);
  return f;
}

std::vector<Actual> parse_diagnostics(const std::string& output) {
  static const std::regex re(R"(^(\S[^:]*):(\d+):(\d+): (warning|error|note|remark): (.*)$)");
  std::vector<Actual> out;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_match(line, m, re)) continue;
    Actual a;
    a.file = m[1];
    a.line = std::stoi(m[2]);
    a.column = std::stoi(m[3]);
    a.severity = m[4] == "remark" ? std::string("note") : std::string(m[4]);  // note-level findings are remarks in tidy/-fplugin
    if (!split_rule(m[5], a.message, a.rule)) continue;  // compiler diagnostics, notes
    out.push_back(a);
  }
  return out;
}

std::vector<atscan::testing::Observed> observed_in(const Fixture& f, const std::vector<Actual>& actual) {
  std::vector<atscan::testing::Observed> out;
  for (const auto& a : actual) {
    const std::string tail = "/" + f.name;
    const bool mine = a.file == f.name || (a.file.size() > tail.size() && a.file.compare(a.file.size() - tail.size(), tail.size(), tail) == 0);
    if (mine) out.push_back({a.line, a.rule, a.severity, a.message});
    else out.push_back({-1, a.rule, a.severity, a.file + ": " + a.message});  // another file: always unannotated
  }
  return out;
}

std::vector<std::string> compare_fixes(const Fixture& f, const std::string& fixed_text) {
  std::vector<std::string> lines;
  std::istringstream in(fixed_text);
  for (std::string l; std::getline(in, l);)
    if (l.find("CHECK-") == std::string::npos) lines.push_back(l);
  std::vector<std::string> problems;
  size_t pos = 0;
  bool have_prev = false;
  for (const auto& fc : f.fixes) {
    bool ok = false;
    if (fc.next) {
      ok = have_prev && pos < lines.size() && lines[pos].find(fc.text) != std::string::npos;
      if (ok) ++pos;
    } else {
      for (; pos < lines.size(); ++pos)
        if (lines[pos].find(fc.text) != std::string::npos) {
          ok = true;
          ++pos;
          break;
        }
    }
    if (!ok) {
      problems.push_back(std::string("fix not found") + (fc.next ? " (NEXT)" : "") + ": " + fc.text);
      break;
    }
    have_prev = true;
  }
  return problems;
}

}  // namespace atscan::clangtest
