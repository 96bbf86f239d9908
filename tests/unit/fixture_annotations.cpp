#include "tests/unit/fixture_annotations.h"

#include <fstream>
#include <regex>
#include <set>

namespace atscan::testing {

std::vector<Expectation> read_annotations(const std::string& path) {
  static const std::regex marker(R"((?:^|[^\w-])(ruleid|ok):\s*([a-z0-9,\- ]+))");
  std::ifstream in(path);
  std::vector<Expectation> out, pending;
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    std::smatch m;
    if (std::regex_search(line, m, marker)) {
      std::string ids = m[2];
      size_t start = 0;
      while (start < ids.size()) {
        auto comma = ids.find(',', start);
        std::string id = ids.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        id.erase(0, id.find_first_not_of(' '));
        id.erase(id.find_last_not_of(" -") + 1);  // a rule id never ends in '-': drop a comment's "-->"
        if (!id.empty()) pending.push_back({0, id, m[1] == "ruleid"});
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    for (auto& p : pending) {
      p.line = n;
      out.push_back(p);
    }
    pending.clear();
  }
  return out;
}

std::vector<std::string> check_annotations(const std::vector<Expectation>& expected, const std::vector<Finding>& findings) {
  std::vector<std::string> problems;
  std::set<std::pair<int, std::string>> found, annotated;
  for (const auto& f : findings) found.insert({f.location.line, f.rule_id});
  for (const auto& e : expected) {
    annotated.insert({e.line, e.rule_id});
    bool has = found.count({e.line, e.rule_id}) > 0;
    if (e.expect && !has) problems.push_back("line " + std::to_string(e.line) + ": expected " + e.rule_id + ", got none");
    if (!e.expect && has) problems.push_back("line " + std::to_string(e.line) + ": unexpected " + e.rule_id + " (annotated ok)");
  }
  for (const auto& f : findings)
    if (!annotated.count({f.location.line, f.rule_id}))
      problems.push_back("line " + std::to_string(f.location.line) + ": unannotated finding " + f.rule_id + ": " + f.message);
  return problems;
}

}  // namespace atscan::testing
