// Host extraction from whatever a front-end found: full URLs, host:port, bare hosts, templated
// strings ("https://{bucket}.s3.amazonaws.com", "%s.cloudfront.net", "${BUCKET}.s3.${REGION}…").
#include <algorithm>
#include <cctype>

#include "core/hosts/host_classifier.h"

namespace atscan {
namespace {

std::string_view trim(std::string_view s) {
  auto junk = [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'' || c == '`'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return s;
}

// Replaces template placeholders with '*'; returns how many were replaced.
int replace_placeholders(std::string& s) {
  int n = 0;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto close_of = [&](char open) -> char { return open == '{' ? '}' : open == '(' ? ')' : open == '<' ? '>' : 0; };
    const char c = s[i];
    if ((c == '{' || c == '<') && s.find(close_of(c), i) != std::string::npos) {  // {x} {{x}} <x>
      size_t j = s.find(close_of(c), i);
      while (j + 1 < s.size() && s[j + 1] == close_of(c)) ++j;
      out += '*';
      ++n;
      i = j + 1;
    } else if (c == '$' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '(')) {  // ${x} $(x)
      size_t j = s.find(close_of(s[i + 1]), i);
      if (j == std::string::npos) j = s.size() - 1;
      out += '*';
      ++n;
      i = j + 1;
    } else if (c == '$' && i + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '_')) {  // $X
      size_t j = i + 1;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      out += '*';
      ++n;
      i = j;
    } else if (c == '%' && i + 1 < s.size()) {  // %s %d %v %(name)s
      size_t j = i + 1;
      if (s[j] == '(') {
        j = s.find(')', j);
        if (j == std::string::npos) {
          out += c;
          ++i;
          continue;
        }
        ++j;
      }
      if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) {
        out += '*';
        ++n;
        i = j + 1;
      } else {
        out += c;
        ++i;
      }
    } else {
      if (c == '*') ++n;  // a wildcard label (*.s3.amazonaws.com)
      out += c;
      ++i;
    }
  }
  s = std::move(out);
  return n;
}

}  // namespace

ParsedHost parse_host(std::string_view input) {
  ParsedHost p;
  std::string s(trim(input));
  if (s.empty()) return p;
  if (auto at = s.find("://"); at != std::string::npos) {
    p.scheme = s.substr(0, at);
    std::transform(p.scheme.begin(), p.scheme.end(), p.scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    s = s.substr(at + 3);
  } else if (s.rfind("//", 0) == 0) {
    s = s.substr(2);  // scheme-relative URL
  }
  p.templated = replace_placeholders(s) > 0;
  // Authority ends at the path, query or fragment.
  s = s.substr(0, s.find_first_of("/?#"));
  if (auto at = s.rfind('@'); at != std::string::npos) s = s.substr(at + 1);
  if (!s.empty() && s.front() == '[') {  // IPv6 literal
    auto close = s.find(']');
    p.host = s.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    p.ip_literal = true;
    p.valid = !p.host.empty();
    return p;
  }
  if (auto colon = s.rfind(':'); colon != std::string::npos) {
    const std::string port = s.substr(colon + 1);
    if (std::all_of(port.begin(), port.end(), [](unsigned char c) { return std::isdigit(c) || c == '*'; })) s = s.substr(0, colon);
  }
  while (!s.empty() && s.back() == '.') s.pop_back();
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  p.host = s;
  p.fully_placeholder = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == '*' || c == '.'; });
  p.valid = !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '*';
  });
  p.ip_literal = p.valid && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) || c == '.'; }) &&
                 std::count(s.begin(), s.end(), '.') == 3;
  return p;
}

}  // namespace atscan
