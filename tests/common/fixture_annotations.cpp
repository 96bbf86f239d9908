#include "tests/common/fixture_annotations.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>

namespace atscan::testing {
namespace {

std::vector<std::string> split_ids(const std::string& ids) {
  static const std::regex id(R"(ats-[a-z0-9]+(?:-[a-z0-9]+)*)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(ids.begin(), ids.end(), id); it != std::sregex_iterator(); ++it) out.push_back((*it)[0]);
  return out;
}

}  // namespace

Annotations read_annotations(const std::string& path) {
  // The marker must not be glued to a word: "fix-ok:" or "tokenruleid:" are not annotations.
  static const std::regex marker(
      R"((?:^|[^\w-])(?:(fallback|clang):\s*)?(todoruleid|ruleid|todook|ok)(?:\[([a-z]*)\])?:\s*(ats-[a-z0-9-]*[a-z0-9](?:\s*,\s*ats-[a-z0-9-]*[a-z0-9])*))");
  static const std::regex note(R"((?:^|[^\w-])note:\s*(.*?)\s*(?:-->|\*/)?\s*$)");
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  Annotations a;
  std::vector<Expectation> pending;
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (std::regex_search(line, m, marker)) {
      const std::string kind = m[2], level = m[3];
      const bool wants_level = kind == "ruleid" || kind == "todoruleid";
      const std::string where = path + ":" + std::to_string(n) + ": ";
      if (wants_level && !m[3].matched) throw std::runtime_error(where + kind + " needs a level: " + kind + "[error|warning|note]: …");
      if (wants_level && level != "error" && level != "warning" && level != "note")
        throw std::runtime_error(where + "unknown level '" + level + "' (error, warning or note)");
      if (!wants_level && m[3].matched) throw std::runtime_error(where + kind + " takes no level");
      for (const auto& id : split_ids(m[4])) {
        Expectation e;
        e.rule_id = id;
        e.expect = kind == "ruleid" ? Expect::present : kind == "ok" ? Expect::absent : kind == "todoruleid" ? Expect::todo_present : Expect::todo_absent;
        e.level = level;
        e.only = !m[1].matched ? Engine::any : m[1] == "clang" ? Engine::clang : Engine::fallback;
        e.annotation_line = n;
        pending.push_back(e);
      }
      continue;
    }
    if (std::regex_search(line, m, note)) {
      a.notes.push_back(m[1]);
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    for (auto& p : pending) {
      p.line = n;
      a.findings.push_back(p);
    }
    pending.clear();
  }
  if (!pending.empty())
    throw std::runtime_error(path + ":" + std::to_string(pending.front().annotation_line) + ": annotation with no code line after it");
  return a;
}

std::vector<Observed> observed(const std::vector<Finding>& findings) {
  std::vector<Observed> out;
  for (const auto& f : findings) out.push_back({f.location.line, f.rule_id, std::string(to_string(f.severity)), f.message});
  return out;
}

std::vector<std::string> check_annotations(const Annotations& expected, const std::vector<Observed>& found, Engine engine, bool check_level) {
  // The expectations in force: an engine's qualified annotations replace the plain ones of their line and rule.
  std::map<std::pair<int, std::string>, std::vector<const Expectation*>> plain, qualified;
  for (const auto& e : expected.findings) {
    if (e.only == Engine::any) plain[{e.line, e.rule_id}].push_back(&e);
    else if (e.only == engine) qualified[{e.line, e.rule_id}].push_back(&e);
  }
  std::map<std::pair<int, std::string>, std::vector<const Expectation*>> in_force = plain;
  for (const auto& [key, list] : qualified) in_force[key] = list;

  std::map<std::pair<int, std::string>, std::vector<const Observed*>> by_key;
  for (const auto& o : found) by_key[{o.line, o.rule_id}].push_back(&o);

  std::vector<std::string> problems;
  auto at = [](int line) { return "line " + std::to_string(line) + ": "; };
  for (const auto& [key, list] : in_force) {
    const auto& [line, rule] = key;
    const auto it = by_key.find(key);
    const std::vector<const Observed*> got = it == by_key.end() ? std::vector<const Observed*>{} : it->second;
    for (const Expectation* e : list) {
      switch (e->expect) {
        case Expect::present:
          if (got.empty()) {
            problems.push_back(at(line) + "expected " + rule + " [" + e->level + "], got none");
          } else if (check_level) {
            bool level_ok = false;
            std::string levels;
            for (const auto* o : got) {
              level_ok = level_ok || o->level == e->level;
              levels += (levels.empty() ? "" : ", ") + o->level;
            }
            if (!level_ok) problems.push_back(at(line) + rule + ": expected level " + e->level + ", got " + levels + ": " + got.front()->message);
          }
          break;
        case Expect::absent:
          if (!got.empty()) problems.push_back(at(line) + "unexpected " + rule + " [" + got.front()->level + "] (annotated ok): " + got.front()->message);
          break;
        case Expect::todo_present:
          // What the judge should say but does not yet: absent, or at another level. Said now: promote it.
          for (const auto* o : got)
            if (!check_level || o->level == e->level) {
              problems.push_back(at(line) + rule + " is reported now [" + o->level + "]: turn todoruleid into ruleid");
              break;
            }
          break;
        case Expect::todo_absent: break;  // tolerated either way
      }
    }
  }
  for (const auto& o : found)
    if (!in_force.count({o.line, o.rule_id}))
      problems.push_back(at(o.line) + "unannotated finding " + o.rule_id + " [" + o.level + "]: " + o.message);
  return problems;
}

std::vector<std::string> check_notes(const Annotations& expected, std::vector<std::string> notifications) {
  std::vector<std::string> problems;
  for (const auto& want : expected.notes) {
    auto it = std::find_if(notifications.begin(), notifications.end(), [&](const std::string& m) { return m.find(want) != std::string::npos; });
    if (it == notifications.end()) problems.push_back("expected a note containing '" + want + "'");
    else notifications.erase(it);
  }
  for (const auto& n : notifications) problems.push_back("unexpected note: " + n);
  return problems;
}

}  // namespace atscan::testing
