#include "scanners/config/config_text.h"

#include <algorithm>
#include <cctype>

namespace atscan::config {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string basename(std::string_view path) {
  auto slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

namespace {
// ASCII case-insensitive equality of two texts of the same length, without building lowered copies:
// the front-ends ask ends_with_ci of every walked path (about 1% of a cold scan's CPU went to the copies).
bool equal_ci(std::string_view a, std::string_view b) {
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}
}  // namespace

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equal_ci(s.substr(0, prefix.size()), prefix);
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && equal_ci(s.substr(s.size() - suffix.size()), suffix);
}

bool contains_any(std::string_view text, const std::vector<std::string_view>& needles) {
  return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return text.find(n) != std::string_view::npos; });
}

std::string unquote(std::string_view v) {
  std::string t = trim(v);
  if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) return t.substr(1, t.size() - 2);
  return t;
}

bool is_falsy(std::string_view v) {
  auto s = lower(unquote(v));
  return s == "false" || s == "0" || s == "no" || s == "off";
}

bool is_truthy(std::string_view v) {
  auto s = lower(unquote(v));
  return s == "true" || s == "1" || s == "yes" || s == "on";
}

LineCol line_col(std::string_view text, size_t offset) {
  LineCol lc;
  offset = std::min(offset, text.size());
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else {
      ++lc.column;
    }
  }
  return lc;
}

Location at(const SourceFile& file, int line, int column, int end_line, int end_column) {
  return Location{file.path, line, column, end_line ? end_line : line, end_column};
}

TrustFact trust_fact(const char* rule, TrustKind kind, std::string api, std::string object, std::string value,
                     Location location) {
  TrustFact t;
  t.rule_id = rule;
  t.kind = kind;
  t.api = std::move(api);
  t.object = std::move(object);
  t.value = std::move(value);
  t.location = std::move(location);
  return t;
}

EndpointFact endpoint_fact(std::string object, std::string value, std::string api, Location location, bool implied) {
  EndpointFact e;
  e.object = std::move(object);
  e.value = std::move(value);
  e.api = std::move(api);
  e.implied = implied;
  e.location = std::move(location);
  return e;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view l = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (nl == std::string_view::npos) {
      if (!l.empty()) lines.push_back(l);
      break;
    }
    lines.push_back(l);
    start = nl + 1;
  }
  return lines;
}

}  // namespace atscan::config
