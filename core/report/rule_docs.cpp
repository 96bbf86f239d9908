#include "core/report/rule_docs.h"

#include <fstream>
#include <sstream>

namespace atscan {

namespace {

std::string first_paragraph(const std::string& markdown) {
  std::istringstream in(markdown);
  std::string line, para;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (para.empty() && (blank || line.starts_with('#'))) continue;
    if (blank || line.starts_with('#') || line.starts_with("```")) break;
    para += (para.empty() ? "" : " ") + line;
  }
  return para;
}

}  // namespace

std::optional<RuleDocs> load_rule_docs(const Catalog& catalog, const Rule& rule) {
  if (rule.docs.empty() || catalog.dir().empty()) return std::nullopt;
  const auto path = catalog.dir().parent_path() / rule.docs;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  RuleDocs docs;
  docs.markdown = text.str();
  docs.summary = first_paragraph(docs.markdown);
  return docs;
}

std::string markdown_to_plain(std::string markdown) {
  for (std::string_view marker : {"**", "__", "`"})
    for (auto at = markdown.find(marker); at != std::string::npos; at = markdown.find(marker, at))
      markdown.erase(at, marker.size());
  return markdown;
}

}  // namespace atscan
