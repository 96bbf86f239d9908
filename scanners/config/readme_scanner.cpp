// README files: a section (up to the next heading of level 1 or 2) that names hosts describes what the
// files beside it are for ("featherdefaults: the roots for adafruit-download.s3.amazonaws.com"). Each
// host becomes a `documented` producer with the section's text; the judge matches a certificate file of
// the same folder whose name the section mentions (core/judge/judge.cpp).
#include <algorithm>
#include <cctype>
#include <set>

#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// Host names in a line: runs of letters, digits, '-', '.' and '*' with a dot, ending in a letter label.
std::vector<std::string> hosts_in(std::string_view line) {
  std::vector<std::string> out;
  auto host_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '*'; };
  for (size_t i = 0; i < line.size();) {
    if (!host_char(line[i])) { ++i; continue; }
    size_t j = i;
    while (j < line.size() && host_char(line[j])) ++j;
    std::string_view w = line.substr(i, j - i);
    while (!w.empty() && (w.back() == '.' || w.back() == '-')) w.remove_suffix(1);
    const auto dot = w.rfind('.');
    // a host ends in a label of letters only (com, net, io): not a version number or a file name's extension
    bool tld = dot != std::string_view::npos && dot > 0 && w.size() - dot > 2;
    for (size_t k = dot + 1; tld && k < w.size(); ++k) tld = std::isalpha(static_cast<unsigned char>(w[k])) != 0;
    if (tld && w.find('.') < dot) out.emplace_back(w);  // two dots at least: a.b.tld
    i = j;
  }
  return out;
}

class ReadmeScanner : public Scanner {
 public:
  std::string_view name() const override { return "config-readme"; }

  bool wants(const SourceFile& f) const override {
    std::string base = basename(f.path);
    for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return base == "readme.md" || base == "readme" || base == "readme.txt";
  }
  bool cheaper_than_cache(const SourceFile&) const override { return true; }
  // The hosts of a README are not literals the catalog's triggers know.
  bool bypasses_prefilter(const SourceFile&) const override { return true; }

  void scan(const SourceFile& f, FileFacts& out, std::vector<ScanNote>&) override {
    struct Section {
      size_t begin = 0, end = 0;  // byte range of the text
      std::vector<std::pair<std::string, int>> hosts;  // host, line
    };
    std::vector<Section> sections(1);
    size_t offset = 0;
    int n = 0;
    for (auto line : split_lines(f.content)) {
      ++n;
      const size_t at = static_cast<size_t>(line.data() - f.content.data());
      if (line.starts_with("# ") || line.starts_with("## ")) {
        sections.back().end = at;
        sections.push_back({at, at, {}});
      }
      for (auto& h : hosts_in(line))
        if (sections.back().hosts.size() < 32) sections.back().hosts.emplace_back(std::move(h), n);
      offset = at + line.size();
    }
    sections.back().end = offset;
    size_t emitted = 0;
    for (const auto& s : sections) {
      if (s.hosts.empty()) continue;
      // Only sections about certificates describe what a certificate file is for.
      std::string lower(f.content.substr(s.begin, s.end - s.begin));
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool about_certificates = false;
      for (const char* w : {"cert", "root", "trust", ".pem", ".crt"}) about_certificates = about_certificates || lower.find(w) != std::string::npos;
      if (!about_certificates) continue;
      const std::string text(f.content.substr(s.begin, std::min<size_t>(s.end - s.begin, 8192)));
      std::set<std::string> seen;
      for (const auto& [host, line] : s.hosts)
        if (seen.insert(host).second && emitted++ < 64)
          out.flows.producers.push_back({flow::ProducerKind::documented, host, text, at(f, line)});
    }
  }
};

}  // namespace
}  // namespace atscan::config

using atscan::config::ReadmeScanner;
ATSCAN_REGISTER_SCANNER(ReadmeScanner);
