#include "scanners/treesitter/query_gates.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace atscan::ts {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Brackets, strings (with their quotes) and the runs of other bytes between spaces. nullopt for a
// string that does not close.
std::optional<std::vector<std::string_view>> tokens(std::string_view t) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (space(c)) {
      ++i;
    } else if (c == '(' || c == ')' || c == '[' || c == ']') {
      out.push_back(t.substr(i, 1));
      ++i;
    } else if (c == '"') {
      size_t j = i + 1;
      while (j < t.size() && t[j] != '"') j += t[j] == '\\' ? 2 : 1;
      if (j >= t.size()) return std::nullopt;
      out.push_back(t.substr(i, j + 1 - i));
      i = j + 1;
    } else {
      size_t j = i;
      while (j < t.size() && !space(t[j]) && std::string_view("()[]\"").find(t[j]) == std::string_view::npos) ++j;
      out.push_back(t.substr(i, j - i));
      i = j;
    }
  }
  return out;
}

bool is_name(std::string_view tok) {
  if (tok.empty()) return false;
  return std::all_of(tok.begin(), tok.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// One element of a pattern: a node, a group of siblings, an alternation or an anonymous node, with
// the captures and the quantifier that follow it.
struct Element {
  bool alternation = false;
  bool optional = false;  // `?` or `*`
  std::vector<size_t> captures;
  std::vector<Element> children;
};

class Reader {
 public:
  explicit Reader(std::vector<std::string_view> t) : t_(std::move(t)) {}

  // The elements up to `closer` ("" = the end), consuming it.
  bool elements(std::string_view closer, std::vector<Element>& out) {
    while (true) {
      if (at_ >= t_.size()) return closer.empty();
      const std::string_view tok = t_[at_];
      if (tok == closer) {
        ++at_;
        return true;
      }
      if (tok == ")" || tok == "]") return false;
      if (tok == "." || tok.starts_with('!') || (tok.size() > 1 && tok.ends_with(':') && is_name(tok.substr(0, tok.size() - 1)))) {
        ++at_;  // an anchor, a negated field, a field name before its element
        continue;
      }
      Element e;
      if (tok == "(") {
        ++at_;
        if (at_ < t_.size() && is_name(t_[at_])) ++at_;  // a node's type (or `_`); else a group of siblings
        if (!elements(")", e.children)) return false;
      } else if (tok == "[") {
        ++at_;
        e.alternation = true;
        if (!elements("]", e.children)) return false;
      } else if (tok.starts_with('"') || tok == "_") {
        ++at_;
      } else {
        return false;  // a quantifier or capture with nothing before it, or a token not known here
      }
      while (at_ < t_.size()) {  // suffixes
        const std::string_view s = t_[at_];
        if (s == "?" || s == "*") e.optional = true;
        else if (s == "+") {
        } else if (s.size() > 2 && s.starts_with("@c") && std::all_of(s.begin() + 2, s.end(), [](char c) { return c >= '0' && c <= '9'; }))
          e.captures.push_back(std::stoul(std::string(s.substr(2))));
        else break;
        ++at_;
      }
      out.push_back(std::move(e));
    }
  }

 private:
  std::vector<std::string_view> t_;
  size_t at_ = 0;
};

// A query string's bytes (tree-sitter reads \\ \" \n \t \r); nullopt for any other escape.
std::optional<std::string> unquote(std::string_view v) {
  if (v.size() < 2 || !v.starts_with('"') || !v.ends_with('"')) return std::nullopt;
  std::string out;
  for (size_t i = 1; i + 1 < v.size(); ++i) {
    if (v[i] != '\\') {
      out += v[i];
      continue;
    }
    if (i + 2 >= v.size()) return std::nullopt;
    const char e = v[++i];
    if (e == '\\' || e == '"') out += e;
    else if (e == 'n') out += '\n';
    else if (e == 't') out += '\t';
    else if (e == 'r') out += '\r';
    else return std::nullopt;
  }
  return out;
}

void mark(const Element& e, bool mandatory, bool all_branches, std::set<size_t>& out) {
  if (!mandatory || e.optional) return;  // nothing under an element that may be missing
  out.insert(e.captures.begin(), e.captures.end());
  if (!e.alternation) {
    for (const auto& c : e.children) mark(c, true, all_branches, out);
    return;
  }
  if (!all_branches) return;
  // One branch is taken, any of them: a capture is there only when every branch has it.
  std::optional<std::set<size_t>> common;
  for (const auto& branch : e.children) {
    std::set<size_t> in_branch;
    mark(branch, true, true, in_branch);
    if (!common) {
      common = std::move(in_branch);
      continue;
    }
    std::set<size_t> both;
    std::set_intersection(common->begin(), common->end(), in_branch.begin(), in_branch.end(), std::inserter(both, both.end()));
    common = std::move(both);
  }
  if (common) out.insert(common->begin(), common->end());
}

// The index of the `)` or `]` that closes the group or class opening at re[i] (escapes and nested
// classes counted), or npos.
size_t bracket_end(std::string_view re, size_t i) {
  const char open = re[i];
  int depth = 0;
  bool in_class = false;
  for (size_t j = i; j < re.size(); ++j) {
    if (re[j] == '\\') ++j;
    else if (in_class) in_class = re[j] != ']';
    else if (re[j] == '[') in_class = true;
    else if (re[j] == '(') ++depth;
    else if (re[j] == ')' && --depth == 0) return j;
    if (open == '[' && !in_class && depth == 0 && j < re.size()) return j;
  }
  return std::string_view::npos;
}

// Where the regex splits at `|` outside groups and classes (escapes skipped); nullopt when a bracket
// does not close.
std::optional<std::vector<std::string_view>> top_branches(std::string_view re) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool in_class = false;
  size_t from = 0;
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') ++i;
    else if (in_class) in_class = c != ']';
    else if (c == '[') in_class = true;
    else if (c == '(') ++depth;
    else if (c == ')' && --depth < 0) return std::nullopt;
    else if (c == '|' && depth == 0) {
      out.push_back(re.substr(from, i - from));
      from = i + 1;
    }
  }
  if (depth != 0 || in_class) return std::nullopt;
  out.push_back(re.substr(from));
  return out;
}

// The groups at the top level of `re` that every match passes through (no `?`, `*` or `{` after them):
// their insides.
std::vector<std::string_view> mandatory_groups(std::string_view re) {
  std::vector<std::string_view> out;
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      const size_t j = bracket_end(re, i);
      if (j == std::string_view::npos) return out;
      const char after = j + 1 < re.size() ? re[j + 1] : '\0';
      if (after != '?' && after != '*' && after != '{') out.push_back(re.substr(i + 1, j - i - 1));
      i = j;
    }
  }
  return out;
}

size_t shortest(const std::vector<std::string>& v) {
  size_t n = std::string::npos;
  for (const auto& s : v) n = std::min(n, s.size());
  return n == std::string::npos ? 0 : n;
}

}  // namespace

std::optional<std::vector<size_t>> mandatory_captures(std::string_view shape, bool all_branches) {
  auto t = tokens(shape);
  if (!t) return std::nullopt;
  Reader r(std::move(*t));
  std::vector<Element> top;
  if (!r.elements("", top)) return std::nullopt;
  std::set<size_t> out;
  for (const auto& e : top) mark(e, true, all_branches, out);
  return std::vector<size_t>(out.begin(), out.end());
}

std::optional<std::string> regex_literal(std::string_view re) {
  // Runs of plain characters at the top level, each required in that order; a quantifier takes the
  // character before it out of its run. Groups, classes, anchors and class escapes end a run.
  if (re.find("(?") != std::string_view::npos) return std::nullopt;  // flags, look-arounds
  std::vector<std::string> runs(1);
  auto cut = [&] {
    if (!runs.back().empty()) runs.emplace_back();
  };
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') {
      if (i + 1 >= re.size()) return std::nullopt;
      const char e = re[++i];
      const auto u = static_cast<unsigned char>(e);
      if (std::isalnum(u)) {
        if (std::string_view("sSdDwWbB").find(e) == std::string_view::npos) return std::nullopt;  // \x41, \p{…}, \1 …
        cut();
      } else {
        runs.back() += e;
      }
    } else if (c == '|' || c == ')' || c == ']' || c == '}') {
      return std::nullopt;  // an alternation at the top (no run is required), or a bracket not understood
    } else if (c == '(' || c == '[') {
      // Skip the group or class (escapes and nested classes counted), ending the run. A class whose
      // first member is ']' is not read here.
      if (re.substr(i).starts_with("[]") || re.substr(i).starts_with("[^]")) return std::nullopt;
      const size_t j = bracket_end(re, i);
      if (j == std::string_view::npos) return std::nullopt;
      i = j;
      cut();
    } else if (c == '?' || c == '*' || c == '{') {
      if (!runs.back().empty()) runs.back().pop_back();  // the character before is optional
      cut();
      if (c == '{') {
        const size_t close = re.find('}', i);
        if (close == std::string_view::npos) return std::nullopt;
        i = close;
      }
    } else if (c == '+') {
      cut();  // at least once: the run so far stays, the next character need not follow it
    } else if (c == '^' || c == '$' || c == '.') {
      cut();
    } else {
      runs.back() += c;
    }
  }
  const auto best = std::max_element(runs.begin(), runs.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  if (best->empty()) return std::nullopt;
  return *best;
}

std::optional<std::vector<std::string>> regex_literals(std::string_view re) {
  if (re.find("(?") != std::string_view::npos) return std::nullopt;  // flags, look-arounds
  const auto branches = top_branches(re);
  if (!branches) return std::nullopt;
  if (branches->size() > 1) {  // a|b: one of the branches' literals
    std::set<std::string> all;
    for (const auto b : *branches) {
      const auto l = regex_literals(b);
      if (!l) return std::nullopt;
      all.insert(l->begin(), l->end());
    }
    return std::vector<std::string>(all.begin(), all.end());
  }
  // The longest run at the top, or the alternatives of a group every match passes through, whichever
  // asks for longer text (`\.(GetPublicKey|GetCertHash)\(`: the two names, not ".").
  std::optional<std::vector<std::string>> best;
  if (auto run = regex_literal(re)) best = std::vector<std::string>{*run};
  for (const auto group : mandatory_groups(re))
    if (auto alternatives = regex_literals(group); alternatives && (!best || shortest(*alternatives) > shortest(*best)))
      best = std::move(alternatives);
  return best;
}

namespace {

// A pattern's gates: `first` from a name or one regex run on a capture outside alternations, `fallback`
// from a regex's branches or a capture in every branch of an alternation (often weaker: `^(0|X509_V_OK)$`).
struct Gates {
  std::optional<std::vector<std::string>> first, fallback;
};

Gates gates_of(const PatternShape& p) {
  const auto mandatory = mandatory_captures(p.shape);
  const auto outside_branches = mandatory_captures(p.shape, false);
  if (!mandatory || !outside_branches) return {};
  auto t = tokens(p.predicates);
  if (!t) return {};
  // (#op @capture "literal" …) groups, in order: every one must hold, so any that gates gates the
  // pattern. The first that gates with an #eq? / #any-of? or one run of its regex, on a capture outside
  // alternations, is taken (the query's author wrote the API's name first); else the first that gates
  // with the branches of a regex or on a capture every branch of an alternation has.
  std::optional<std::vector<std::string>> first, fallback;
  auto has = [](const std::vector<size_t>& v, size_t k) { return std::binary_search(v.begin(), v.end(), k); };
  for (size_t i = 0; i + 1 < t->size() && !first; ++i) {
    if ((*t)[i] != "(") continue;
    const std::string_view op = (*t)[i + 1];
    size_t end = i + 2;
    while (end < t->size() && (*t)[end] != ")") ++end;
    if (end >= t->size()) return {};
    const bool on_capture = end > i + 3 && (*t)[i + 2].starts_with('@');
    const auto at = on_capture ? std::find(p.captures.begin(), p.captures.end(), std::string((*t)[i + 2].substr(1))) : p.captures.end();
    const size_t k = static_cast<size_t>(at - p.captures.begin());
    const bool known = at != p.captures.end() && has(*mandatory, k), plain_capture = known && has(*outside_branches, k);
    if (op == "#match?" && end == i + 4 && known) {
      if (const auto re = unquote((*t)[i + 3])) {
        // A run, or the branches of a group every match passes through when they ask for more
        // (`_(SetOption|set_option)$`: the two names, not "_").
        if (regex_literal(*re) && plain_capture) first = regex_literals(*re);
        else if (auto literals = regex_literals(*re); literals && !fallback) fallback = std::move(literals);
      }
    }
    if ((op == "#eq?" || op == "#any-of?") && known) {
      std::vector<std::string> literals;
      bool plain = true;
      for (size_t a = i + 3; plain && a < end; ++a) {
        const std::string_view v = (*t)[a];
        plain = v.size() >= 2 && v.starts_with('"') && v.ends_with('"') && v.find('\\') == std::string_view::npos;
        if (plain) literals.emplace_back(v.substr(1, v.size() - 2));
      }
      if (plain && plain_capture) first = std::move(literals);
      else if (plain && !fallback) fallback = std::move(literals);
    }
    i = end;
  }
  return {first, fallback};
}

}  // namespace

std::optional<std::vector<std::string>> pattern_gate(const PatternShape& p) {
  Gates g = gates_of(p);
  return g.first ? g.first : g.fallback;
}

PatternMarks pattern_marks(const PatternShape& p) {
  PatternMarks out;
  const auto t = tokens(p.predicates);
  if (!t) return out;
  const auto mandatory = mandatory_captures(p.shape);
  for (size_t i = 0; i + 1 < t->size(); ++i) {
    if ((*t)[i] != "(") continue;
    const std::string_view op = (*t)[i + 1];
    if (op == "#set!" && i + 4 < t->size() && (*t)[i + 2] == "mark" && (*t)[i + 4] == ")") {
      if (auto name = unquote((*t)[i + 3])) out.sets.push_back(*name);
    } else if ((op == "#marked?" || op == "#not-marked?") && i + 4 < t->size()) {
      out.asks = true;
      const std::string_view cap = (*t)[i + 2];
      const auto name = unquote((*t)[i + 3]);
      if (op == "#marked?" && name && cap.starts_with('@') && (*t)[i + 4] == ")" && mandatory) {
        const auto at = std::find(p.captures.begin(), p.captures.end(), std::string(cap.substr(1)));
        if (at != p.captures.end() &&
            std::binary_search(mandatory->begin(), mandatory->end(), static_cast<size_t>(at - p.captures.begin())))
          out.requires_.push_back(*name);
      }
    }
  }
  return out;
}

namespace {

// A name or one regex run, else the first required mark's gate, else the fallback.
std::optional<std::vector<std::string>> gate_with(const Gates& g, const std::vector<std::string>& required, const MarkGates& marks) {
  if (g.first) return g.first;
  for (const auto& name : required)
    if (auto it = marks.find(name); it != marks.end() && it->second) return it->second;  // {}: never set, no match
  return g.fallback;
}

}  // namespace

std::optional<std::vector<std::string>> pattern_gate(const PatternShape& p, const MarkGates& marks) {
  return gate_with(gates_of(p), marks.empty() ? std::vector<std::string>{} : pattern_marks(p).requires_, marks);
}

MarkGates mark_gates(const std::vector<const PatternShape*>& setters) {
  // The least fixed point: every mark starts closed (no literal) and takes in its setters' gates until
  // nothing changes; a setter without a gate opens the mark for good. A mark set only by patterns that
  // need it already (a cycle with no root) stays closed: it is never set. Each setter is read once.
  MarkGates gates;
  std::vector<Gates> own;
  std::vector<PatternMarks> of;
  for (const PatternShape* p : setters) {
    own.push_back(gates_of(*p));
    of.push_back(pattern_marks(*p));
    for (const auto& name : of.back().sets) gates.emplace(name, std::vector<std::string>{});
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < setters.size(); ++i) {
      if (of[i].sets.empty()) continue;
      const auto g = gate_with(own[i], of[i].requires_, gates);
      for (const auto& name : of[i].sets) {
        auto& into = gates[name];
        if (!into) continue;  // open already
        if (!g) {
          into.reset();
          changed = true;
          continue;
        }
        std::set<std::string> all(into->begin(), into->end());
        const size_t before = all.size();
        all.insert(g->begin(), g->end());
        if (all.size() != before) {
          *into = std::vector<std::string>(all.begin(), all.end());
          changed = true;
        }
      }
    }
  }
  return gates;
}

std::optional<std::vector<std::string>> file_gate(const std::vector<PatternShape>& patterns, const MarkGates& marks) {
  std::set<std::string> all;
  for (const auto& p : patterns) {
    auto g = pattern_gate(p, marks);
    if (!g) return std::nullopt;
    all.insert(g->begin(), g->end());
  }
  return std::vector<std::string>(all.begin(), all.end());
}

std::optional<std::vector<std::string>> file_gate(std::string_view query_text) {
  const auto patterns = split_patterns(query_text);
  if (!patterns) return std::nullopt;
  return file_gate(*patterns);
}

std::optional<std::vector<std::string>> file_gate(const std::vector<PatternShape>& patterns) { return file_gate(patterns, MarkGates{}); }

bool gate_open(const std::vector<std::string>& literals, std::string_view text) {
  return std::any_of(literals.begin(), literals.end(), [&](const std::string& l) { return text.find(l) != std::string_view::npos; });
}

}  // namespace atscan::ts
