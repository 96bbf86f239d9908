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
  static const std::regex msg(R"(//\s*CHECK-MESSAGES:\s*:\[\[@LINE([+-]\d+)?\]\]:(\d+):\s*(warning|error|note):\s*(.*)$)");
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
    } else if (std::regex_search(line, m, msg)) {
      Expected e;
      e.line = n + (m[1].matched ? std::stoi(m[1]) : 0);
      e.column = std::stoi(m[2]);
      e.severity = m[3];
      if (!split_rule(trim(m[4]), e.text, e.rule))
        throw std::runtime_error(path + ":" + std::to_string(n) + ": CHECK-MESSAGES must end with [ats-<rule>]");
      f.messages.push_back(e);
    } else if (std::regex_search(line, m, fix)) {
      f.fixes.push_back({trim(m[2]), m[1].matched});
    } else if (line.find("CHECK-") != std::string::npos && line.find("//") != std::string::npos) {
      throw std::runtime_error(path + ":" + std::to_string(n) + ": malformed CHECK annotation");
    }
  }
  return f;
}

std::vector<Actual> parse_diagnostics(const std::string& output) {
  static const std::regex re(R"(^(\S[^:]*):(\d+):(\d+): (warning|error|note): (.*)$)");
  std::vector<Actual> out;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_match(line, m, re)) continue;
    Actual a;
    a.file = m[1];
    a.line = std::stoi(m[2]);
    a.column = std::stoi(m[3]);
    a.severity = m[4];
    if (!split_rule(m[5], a.message, a.rule)) continue;  // compiler diagnostics, notes
    out.push_back(a);
  }
  return out;
}

std::vector<std::string> compare(const Fixture& f, const std::vector<Actual>& actual, bool check_severity) {
  std::vector<std::string> problems;
  std::vector<bool> used(actual.size(), false);
  auto ends_with = [](const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (const auto& e : f.messages) {
    bool found = false;
    for (size_t i = 0; i < actual.size() && !found; ++i) {
      const Actual& a = actual[i];
      if (used[i] || !ends_with(a.file, f.name) || a.line != e.line || a.column != e.column || a.rule != e.rule) continue;
      if (check_severity && a.severity != e.severity) continue;
      if (a.message.compare(0, e.text.size(), e.text) != 0) continue;
      used[i] = found = true;
    }
    if (!found)
      problems.push_back("missing: " + f.name + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.severity + ": " + e.text +
                         " [" + e.rule + "]");
  }
  for (size_t i = 0; i < actual.size(); ++i)
    if (!used[i])
      problems.push_back("unexpected: " + actual[i].file + ":" + std::to_string(actual[i].line) + ":" + std::to_string(actual[i].column) + ": " +
                         actual[i].severity + ": " + actual[i].message + " [" + actual[i].rule + "]");
  return problems;
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
