#include "core/judge/endpoint_names.h"

#include <cctype>
#include <vector>

namespace atscan {
namespace {

// Words of an identifier or file name, lower case. "S3" stays one word: a digit after a letter
// does not split ("s3", "m01"), a capital after a digit does ("S3Server" → s3, server; "s3cret" stays).
std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    if (!cur.empty()) {
      const unsigned char prev = static_cast<unsigned char>(name[i - 1]);
      const bool lower_to_upper = std::islower(prev) && std::isupper(c);
      const bool digit_to_letter = std::isdigit(prev) && std::isupper(c);
      // "HTTPServer": the last capital of a run starts the next word
      const bool acronym_end = std::isupper(prev) && std::isupper(c) && i + 1 < name.size() &&
                               std::islower(static_cast<unsigned char>(name[i + 1]));
      if (lower_to_upper || digit_to_letter || acronym_end) flush();
    }
    cur.push_back(static_cast<char>(std::tolower(c)));
  }
  flush();
  return out;
}

}  // namespace

std::string endpoint_named_by(std::string_view name) {
  const auto ws = words(name);
  for (size_t i = 0; i < ws.size(); ++i) {
    if (ws[i] == "s3" || ws[i] == "amazonaws") return "S3";
    if (ws[i] == "cloudfront" || (ws[i] == "cloud" && i + 1 < ws.size() && ws[i + 1] == "front")) return "CloudFront";
  }
  return "";
}

}  // namespace atscan
