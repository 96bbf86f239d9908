#include "core/filters/suppressions.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "core/util/suggest.h"

namespace atscan {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// The reason after a marker: leading separators and the comment's closing token are not part of it.
std::string justification_of(std::string_view rest) {
  std::string s = trim(rest);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view closer : {"*/", "-->", "#}", "%>", "--}}", "*)", "-}", "]]"}) {
      if (s.size() >= closer.size() && std::string_view(s).substr(s.size() - closer.size()) == closer) {
        s = trim(std::string_view(s).substr(0, s.size() - closer.size()));
        again = true;
      }
    }
  }
  while (!s.empty() && (s.front() == ':' || s.front() == '-' || s.front() == ' ' || s.front() == '\t')) s.erase(0, 1);
  return s;
}

std::vector<std::string> split_ids(std::string_view list) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string id = trim(list.substr(start, comma - start));
    if (!id.empty()) out.push_back(std::move(id));
    start = comma + 1;
  }
  return out;
}

// Whether `prefix` holds nothing but whitespace and comment openers (`//`, `#`, `/*`, `<!--`, `--`, `;`, `%`, `{#`, `'`).
bool only_comment_opener(std::string_view prefix) {
  for (char c : prefix)
    if (!(c == ' ' || c == '\t' || c == '/' || c == '*' || c == '#' || c == '<' || c == '!' || c == '-' || c == ';' || c == '%' ||
          c == '{' || c == '\''))
      return false;
  return true;
}

void find_atscan_ignore(std::string_view line, std::vector<SuppressionMarker>& out) {
  static constexpr std::string_view kMarker = "atscan:ignore";
  for (size_t at = line.find(kMarker); at != std::string_view::npos; at = line.find(kMarker, at + 1)) {
    if (at > 0 && is_word_char(line[at - 1])) continue;
    size_t after = at + kMarker.size();
    SuppressionMarker m;
    m.spelling = "atscan:ignore";
    if (after < line.size() && line[after] == '[') {
      size_t close = line.find(']', after);
      if (close == std::string_view::npos) continue;  // unterminated list: not a marker
      m.rules = split_ids(line.substr(after + 1, close - after - 1));
      if (m.rules.empty()) continue;  // `atscan:ignore[]` names nothing
      after = close + 1;
    } else if (after < line.size() && is_word_char(line[after])) {
      continue;  // `atscan:ignored` and the like
    }
    m.justification = justification_of(line.substr(after));
    // A marker after code covers that line only; on a line of its own it also covers the next line.
    m.applies_to_next_line = only_comment_opener(line.substr(0, at));
    out.push_back(std::move(m));
  }
}

void find_nolint(std::string_view line, std::vector<SuppressionMarker>& out) {
  static constexpr std::string_view kNolint = "NOLINT";
  for (size_t at = line.find(kNolint); at != std::string_view::npos; at = line.find(kNolint, at + 1)) {
    if (at > 0 && is_word_char(line[at - 1])) continue;
    size_t after = at + kNolint.size();
    SuppressionMarker m;
    if (line.substr(after, 8) == "NEXTLINE") {
      after += 8;
      m.spelling = "NOLINTNEXTLINE";
      m.applies_to_same_line = false;
    } else {
      m.spelling = "NOLINT";
      m.applies_to_next_line = false;
    }
    if (after < line.size() && line[after] == '(') {
      size_t close = line.find(')', after);
      if (close == std::string_view::npos) continue;
      m.rules = split_ids(line.substr(after + 1, close - after - 1));
      if (m.rules.empty()) continue;
      after = close + 1;
    } else if (after < line.size() && (is_word_char(line[after]))) {
      continue;  // NOLINTBEGIN / NOLINTEND and other words are not handled here
    }
    m.justification = justification_of(line.substr(after));
    out.push_back(std::move(m));
  }
}

// NOLINTBEGIN(rules) … NOLINTEND(rules): a region. An END closes the latest open BEGIN with the same
// rule list (as clang-tidy does); a BEGIN that is never closed suppresses nothing.
struct NolintRegion {
  int begin = 0, end = 0;  // 1-based lines, inclusive
  SuppressionMarker marker;
};

std::vector<NolintRegion> nolint_regions(const std::vector<std::string>& lines) {
  struct Open {
    int line;
    std::string list;
    SuppressionMarker marker;
  };
  std::vector<Open> open;
  std::vector<NolintRegion> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    for (std::string_view word : {std::string_view("NOLINTBEGIN"), std::string_view("NOLINTEND")}) {
      for (size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1)) {
        if (at > 0 && is_word_char(line[at - 1])) continue;
        size_t after = at + word.size();
        if (after < line.size() && is_word_char(line[after])) continue;
        std::string list;
        SuppressionMarker m;
        m.spelling = std::string(word);
        if (after < line.size() && line[after] == '(') {
          size_t close = line.find(')', after);
          if (close == std::string_view::npos) continue;
          list = std::string(line.substr(after + 1, close - after - 1));
          m.rules = split_ids(list);
          after = close + 1;
        }
        m.justification = justification_of(line.substr(after));
        if (word == "NOLINTBEGIN") {
          open.push_back({static_cast<int>(i) + 1, list, std::move(m)});
          continue;
        }
        for (size_t k = open.size(); k-- > 0;)
          if (open[k].list == list) {
            out.push_back({open[k].line, static_cast<int>(i) + 1, std::move(open[k].marker)});
            open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
            break;
          }
      }
    }
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<SuppressionMarker> find_suppression_markers(std::string_view line, bool c_family) {
  std::vector<SuppressionMarker> out;
  find_atscan_ignore(line, out);
  if (c_family) find_nolint(line, out);
  return out;
}

bool marker_covers(const SuppressionMarker& m, std::string_view rule_id) {
  if (m.rules.empty()) return true;
  for (const auto& r : m.rules) {
    if (r == rule_id) return true;
    if (!r.empty() && r.back() == '*' && rule_id.substr(0, r.size() - 1) == std::string_view(r).substr(0, r.size() - 1))
      return true;
  }
  return false;
}

bool is_c_family_path(std::string_view p) {
  for (std::string_view ext : {".c", ".cc", ".cpp", ".cxx", ".c++", ".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".m", ".mm", ".cu"})
    if (ends_with(p, ext)) return true;
  return false;
}

void audit_suppression_markers(const std::string& file, const std::vector<std::string>& lines, bool c_family,
                               const std::vector<std::string>& known_rules, std::vector<Notification>& notes) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("atscan:ignore") == std::string::npos && (!c_family || lines[i].find("NOLINT") == std::string::npos)) continue;
    for (const auto& m : find_suppression_markers(lines[i], c_family)) {
      const bool ours_only = m.spelling != "atscan:ignore";
      for (const auto& r : m.rules) {
        if (ours_only && r.rfind("ats-", 0) != 0) continue;
        const bool known = std::any_of(known_rules.begin(), known_rules.end(), [&](const std::string& id) {
          SuppressionMarker one;
          one.rules = {r};
          return marker_covers(one, id);
        });
        if (known) continue;
        notes.push_back({file,
                         "line " + std::to_string(i + 1) + ": " + m.spelling + " names unknown rule '" + r + "'" +
                             did_you_mean(r, known_rules) + ": it suppresses nothing",
                         "warning"});
      }
    }
  }
}

void apply_suppressions_to_file(std::vector<Finding*>& findings, const std::vector<std::string>& lines,
                                const SuppressionOptions& options, std::vector<Notification>& notes, RunSummary& summary) {
  if (findings.empty()) return;
  const bool c_family = is_c_family_path(findings.front()->location.file);
  if (!options.known_rules.empty()) audit_suppression_markers(findings.front()->location.file, lines, c_family, options.known_rules, notes);
  const std::vector<NolintRegion> regions = c_family ? nolint_regions(lines) : std::vector<NolintRegion>{};
  std::map<int, std::vector<SuppressionMarker>> cache;
  auto markers_on = [&](int line) -> const std::vector<SuppressionMarker>& {
    auto it = cache.find(line);
    if (it != cache.end()) return it->second;
    std::vector<SuppressionMarker> m;
    if (line >= 1 && line <= static_cast<int>(lines.size())) m = find_suppression_markers(lines[line - 1], c_family);
    return cache.emplace(line, std::move(m)).first->second;
  };
  for (Finding* f : findings) {
    if (f->suppression) continue;
    // A whole-file finding (line 0) can be suppressed on the file's first line.
    const int line = f->location.line > 0 ? f->location.line : 1;
    const SuppressionMarker* unjustified = nullptr;
    int unjustified_line = 0;
    bool done = false;
    for (int candidate : {line, line - 1}) {
      for (const auto& m : markers_on(candidate)) {
        if (candidate == line ? !m.applies_to_same_line : !m.applies_to_next_line) continue;
        if (!marker_covers(m, f->rule_id)) continue;
        if (options.require_justification && m.justification.empty()) {
          if (!unjustified) unjustified = &m, unjustified_line = candidate;
          continue;
        }
        f->suppression = Suppression{"inSource", m.justification};
        ++summary.suppressed;
        done = true;
        break;
      }
      if (done) break;
    }
    for (const auto& r : regions) {
      if (done || line < r.begin || line > r.end || !marker_covers(r.marker, f->rule_id)) continue;
      if (options.require_justification && r.marker.justification.empty()) {
        if (!unjustified) unjustified = &r.marker, unjustified_line = r.begin;
        continue;
      }
      f->suppression = Suppression{"inSource", r.marker.justification};
      ++summary.suppressed;
      done = true;
    }
    if (!done && unjustified)
      notes.push_back({f->location.file,
                       "line " + std::to_string(unjustified_line) + ": " + unjustified->spelling +
                           " without a justification does not suppress " + f->rule_id +
                           " (--require-justification): add the reason after the marker",
                       "warning"});
  }
}

void apply_suppressions(std::vector<Finding>& findings, const std::string& root, const SuppressionOptions& options,
                        std::vector<Notification>& notes, RunSummary& summary) {
  std::map<std::string, std::vector<Finding*>> by_file;
  for (auto& f : findings)
    if (!f.suppression && !f.location.file.empty()) by_file[f.location.file].push_back(&f);
  for (auto& [file, group] : by_file) {
    std::ifstream in(root + "/" + file, std::ios::binary);
    if (!in) continue;  // the scan already reported unreadable files
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
      if (!l.empty() && l.back() == '\r') l.pop_back();
      lines.push_back(std::move(l));
    }
    apply_suppressions_to_file(group, lines, options, notes, summary);
  }
}

}  // namespace atscan
