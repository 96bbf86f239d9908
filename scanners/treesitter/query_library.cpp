#include "scanners/treesitter/query_library.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "scanners/treesitter/grammar_registry.h"
#include "scanners/treesitter/marks.h"
#include "scanners/treesitter/query_gates.h"
#include "scanners/treesitter/query_shapes.h"

namespace atscan::ts {
namespace {

const char* error_name(TSQueryError e) {
  switch (e) {
    case TSQueryErrorSyntax: return "syntax error";
    case TSQueryErrorNodeType: return "unknown node type";
    case TSQueryErrorField: return "unknown field";
    case TSQueryErrorCapture: return "unknown capture";
    case TSQueryErrorStructure: return "impossible pattern structure";
    case TSQueryErrorLanguage: return "language mismatch";
    default: return "error";
  }
}

std::pair<int, int> line_col(const std::string& text, uint32_t offset) {
  int line = 1, col = 1;
  for (uint32_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; col = 1; } else ++col;
  }
  return {line, col};
}

// Reads the predicate steps of one pattern into settings and text predicates.
PatternInfo read_pattern(const TSQuery* q, uint32_t pattern, const std::string& path) {
  PatternInfo info;
  uint32_t n = 0;
  const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(q, pattern, &n);
  auto str = [&](uint32_t id) {
    uint32_t len = 0;
    const char* s = ts_query_string_value_for_id(q, id, &len);
    return std::string(s, len);
  };
  for (uint32_t i = 0; i < n;) {
    uint32_t end = i;
    while (end < n && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
    if (end == i) { ++i; continue; }
    if (steps[i].type != TSQueryPredicateStepTypeString) throw std::runtime_error(path + ": predicate must start with a name");
    std::string name = str(steps[i].value_id);
    if (name == "set!") {
      if (end - i != 3 || steps[i + 1].type != TSQueryPredicateStepTypeString || steps[i + 2].type != TSQueryPredicateStepTypeString)
        throw std::runtime_error(path + ": #set! takes a key and a string value");
      info.settings[str(steps[i + 1].value_id)] = str(steps[i + 2].value_id);
    } else {
      TextPredicate p;
      p.op = name;
      if (end - i < 3 || steps[i + 1].type != TSQueryPredicateStepTypeCapture)
        throw std::runtime_error(path + ": #" + name + " takes a capture and a value");
      p.capture = steps[i + 1].value_id;
      for (uint32_t k = i + 2; k < end; ++k) {
        if (steps[k].type == TSQueryPredicateStepTypeCapture) p.other_capture = static_cast<int>(steps[k].value_id);
        else p.values.push_back(str(steps[k].value_id));
      }
      static const std::vector<std::string> known = {"eq?",     "not-eq?",     "match?",  "not-match?",
                                                     "any-of?", "not-any-of?", "marked?", "not-marked?", "same-code?"};
      auto k = std::find(known.begin(), known.end(), name);
      if (k == known.end()) throw std::runtime_error(path + ": unsupported predicate #" + name);
      static constexpr TextPredicate::Op kinds[] = {TextPredicate::Op::eq,        TextPredicate::Op::not_eq_,   TextPredicate::Op::match,
                                                    TextPredicate::Op::not_match, TextPredicate::Op::any_of,    TextPredicate::Op::not_any_of,
                                                    TextPredicate::Op::marked,    TextPredicate::Op::not_marked, TextPredicate::Op::same_code};
      p.kind = kinds[k - known.begin()];
      if (name == "same-code?" && (p.other_capture < 0 || !p.values.empty()))
        throw std::runtime_error(path + ": #same-code? takes two captures");
      if ((name == "marked?" || name == "not-marked?") && (p.values.size() != 1 || p.other_capture >= 0))
        throw std::runtime_error(path + ": #" + name + " takes a capture and one mark name");
      if (name == "match?" || name == "not-match?") {
        if (p.values.size() != 1) throw std::runtime_error(path + ": #" + name + " takes one regex");
        try {
          p.regex = std::make_shared<LinearRegex>(p.values[0]);
        } catch (const std::invalid_argument& e) {
          throw std::runtime_error(path + ": bad regex '" + p.values[0] + "': " + e.what());
        }
      }
      info.predicates.push_back(std::move(p));
    }
    i = end + 1;
  }
  return info;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

QueryFile compile_text(const TSLanguage* grammar, const std::string& text, const std::string& path) {
  // Text tree-sitter would read past or never finish (a damaged file) is refused here.
  if (const auto problem = query_text_problem(text)) {
    auto [line, col] = line_col(text, static_cast<uint32_t>(problem->offset));
    throw std::runtime_error(path + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + problem->what);
  }
  uint32_t offset = 0;
  TSQueryError err = TSQueryErrorNone;
  TSQuery* q = ts_query_new(grammar, text.data(), static_cast<uint32_t>(text.size()), &offset, &err);
  if (!q) {
    auto [line, col] = line_col(text, offset);
    throw std::runtime_error(path + ":" + std::to_string(line) + ":" + std::to_string(col) + ": query " + error_name(err));
  }
  QueryFile f;
  f.path = path;
  f.query = q;
  for (uint32_t i = 0; i < ts_query_capture_count(q); ++i) {
    uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(q, i, &len);
    f.capture_names.emplace_back(name, len);
  }
  try {
    for (uint32_t p = 0; p < ts_query_pattern_count(q); ++p) f.patterns.push_back(read_pattern(q, p, f.path));
  } catch (...) {
    ts_query_delete(q);
    throw;
  }
  return f;
}

QueryFile compile(const TSLanguage* grammar, const std::filesystem::path& path) {
  return compile_text(grammar, read_text(path), path.string());
}

// `parts` (text, origin) as one query compiled by shape (query_shapes.h): each shape once, and a
// carrier of each pattern's predicates for its PatternInfo and capture names. False when a part is
// not what the shape reader knows or anything fails to compile or read: the caller then compiles the
// text as written (and reports its errors with file, line and column).
bool combine_by_shape(const TSLanguage* grammar, const std::vector<std::pair<std::string, int>>& parts, const std::string& path,
                      CombinedQuery& out) {
  std::vector<PatternShape> patterns;
  std::vector<int> origin;
  for (const auto& [text, from] : parts) {
    if (query_text_problem(text)) return false;  // compile_text says what and where
    auto split = split_patterns(text);
    if (!split) return false;
    for (auto& p : *split) {
      patterns.push_back(std::move(p));
      origin.push_back(from);
    }
  }
  if (patterns.empty() || patterns.size() > std::numeric_limits<uint16_t>::max()) return false;
  std::map<std::string, size_t> shape_index;
  std::vector<size_t> shape_of;
  std::string shapes, carriers;
  for (const auto& p : patterns) {
    auto [it, fresh] = shape_index.emplace(p.shape, shape_index.size());
    if (fresh) shapes += p.shape + "\n";
    shape_of.push_back(it->second);
    carriers += predicate_carrier(p);
  }
  // Taking predicates out can bring a quantifier next to a '+' that followed the predicate.
  if (query_text_problem(shapes) || query_text_problem(carriers)) return false;
  uint32_t offset = 0;
  TSQueryError err = TSQueryErrorNone;
  TSQuery* run = ts_query_new(grammar, shapes.data(), static_cast<uint32_t>(shapes.size()), &offset, &err);
  if (!run) return false;
  TSQuery* carrier = ts_query_new(grammar, carriers.data(), static_cast<uint32_t>(carriers.size()), &offset, &err);
  QueryFile f;
  f.path = path;
  f.query = run;
  bool ok = carrier && ts_query_pattern_count(run) == shape_index.size() && ts_query_pattern_count(carrier) == patterns.size();
  if (ok) {
    try {
      for (uint32_t p = 0; p < patterns.size(); ++p) f.patterns.push_back(read_pattern(carrier, p, path));
    } catch (const std::exception&) {
      ok = false;
    }
  }
  if (!ok) {
    ts_query_delete(run);
    if (carrier) ts_query_delete(carrier);
    return false;
  }
  std::map<std::string, uint32_t, std::less<>> carrier_id;
  for (uint32_t i = 0; i < ts_query_capture_count(carrier); ++i) {
    uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(carrier, i, &len);
    f.capture_names.emplace_back(name, len);
    carrier_id.emplace(f.capture_names.back(), i);
  }
  ts_query_delete(carrier);
  std::vector<size_t> k_of;  // the shapes' capture id → k of its name @c<k>
  for (uint32_t i = 0; i < ts_query_capture_count(run); ++i) {
    uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(run, i, &len);
    k_of.push_back(std::stoul(std::string(name + 1, len - 1)));
  }
  out.members.assign(shape_index.size(), {});
  for (size_t i = 0; i < patterns.size(); ++i) {
    CombinedQuery::Member m{static_cast<uint16_t>(i), std::vector<uint32_t>(k_of.size(), std::numeric_limits<uint32_t>::max())};
    for (size_t id = 0; id < k_of.size(); ++id)
      if (k_of[id] < patterns[i].captures.size()) m.capture_of[id] = carrier_id.at(patterns[i].captures[k_of[id]]);
    out.members[shape_of[i]].push_back(std::move(m));
  }
  out.origin = std::move(origin);
  out.query = std::move(f);
  return true;
}

// `constants` (may be empty) and the fact files `facts[i]` (i in `which`) as one query. A file that
// does not compile is named with its own line and column: on any failure each part is compiled alone.
// `marks` (may be empty) is added last: its matches do not depend on marks, only their predicates do,
// so one walk serves every round of mark spreading.
CombinedQuery combine(const TSLanguage* grammar, const std::filesystem::path& constants, const std::vector<std::filesystem::path>& facts,
                      const std::vector<int>& which, const std::filesystem::path& marks = {}) {
  CombinedQuery out;
  if (which.empty()) return out;
  std::vector<std::pair<std::string, int>> parts;  // text, origin
  if (!constants.empty()) parts.emplace_back(read_text(constants), CombinedQuery::kConstant);
  for (int i : which) parts.emplace_back(read_text(facts[i]), i);
  if (!marks.empty()) parts.emplace_back(read_text(marks), CombinedQuery::kMark);
  const std::string path = facts[which.front()].parent_path().string();
  if (combine_by_shape(grammar, parts, path, out)) return out;
  std::string text;
  std::vector<std::pair<uint32_t, int>> starts;  // byte offset where each part begins → origin
  for (const auto& [part, from] : parts) {
    starts.emplace_back(static_cast<uint32_t>(text.size()), from);
    text += part + "\n";
  }
  try {
    out.query = compile_text(grammar, text, path);
  } catch (const std::exception&) {
    if (!constants.empty()) ts_query_delete(compile(grammar, constants).query);
    for (int i : which) ts_query_delete(compile(grammar, facts[i]).query);
    if (!marks.empty()) ts_query_delete(compile(grammar, marks).query);
    throw;
  }
  const uint32_t n = ts_query_pattern_count(out.query->query);
  for (uint32_t p = 0; p < n; ++p) {
    const uint32_t at = ts_query_start_byte_for_pattern(out.query->query, p);
    auto part = std::upper_bound(starts.begin(), starts.end(), std::make_pair(at, std::numeric_limits<int>::max()));
    out.origin.push_back(std::prev(part)->second);
  }
  return out;
}

void release(CombinedQuery& c) {
  if (c.query) ts_query_delete(c.query->query);
  c.query.reset();
}

std::mutex g_mutex;
std::shared_ptr<const QueryLibrary> g_current;
std::atomic<int> g_parts{-1};  // QueryParts, or -1: not decided yet (the environment, then first_file)
std::atomic<bool> g_few_files{false};

// What compiling a query file costs, roughly: the nodes of its patterns (tree-sitter analyses each
// node against the grammar; Swift's url-session.scm, 5 patterns of 52 nodes, was 0.94 of the 1.15 s
// of all Swift queries before its rewrite, where counting patterns would call it a third).
size_t query_weight(const std::string& text, const std::optional<std::vector<PatternShape>>& split) {
  if (!split) return text.size() / 16 + 1;  // not read here: as much as any text of its size
  size_t nodes = 0;
  for (const auto& p : *split)
    for (size_t i = 0; i < p.shape.size(); ++i) {
      if (p.shape[i] == '"') {
        for (++i; i < p.shape.size() && p.shape[i] != '"'; ++i)
          if (p.shape[i] == '\\') ++i;
      } else if (p.shape[i] == '(') {
        ++nodes;
      }
    }
  return nodes;
}

bool covers(const std::vector<char>& part, const std::vector<char>& need) {
  for (size_t i = 0; i < need.size(); ++i)
    if (need[i] && !part[i]) return false;
  return true;
}

}  // namespace

std::shared_ptr<const QueryLibrary> QueryLibrary::load(const std::string& rules_dir) {
  namespace fs = std::filesystem;
  static std::mutex cache_mutex;
  static std::map<std::string, std::shared_ptr<const QueryLibrary>> cache;
  std::lock_guard lock(cache_mutex);
  if (auto it = cache.find(rules_dir); it != cache.end()) return it->second;

  auto lib = std::shared_ptr<QueryLibrary>(new QueryLibrary());
  fs::path root = fs::path(rules_dir) / "queries";
  std::error_code ec;
  if (fs::is_directory(root, ec)) {
    for (const auto& e : fs::directory_iterator(root, ec)) {
      if (!e.is_directory()) continue;
      std::string lang = e.path().filename().string();
      const TSLanguage* grammar = find_grammar(lang);
      if (!grammar) throw std::runtime_error(e.path().string() + ": no tree-sitter grammar named '" + lang + "' is built in");
      auto slot = std::make_unique<Slot>();
      slot->dir = e.path().string();
      slot->grammar = grammar;
      if (std::ifstream in(e.path() / "_inherits"); in) {
        for (std::string line; std::getline(in, line);) {
          line.erase(0, line.find_first_not_of(" \t"));
          line.erase(line.find_last_not_of(" \t\r") + 1);
          if (line.empty() || line[0] == '#') continue;
          fs::path parent = root / line;
          if (!fs::is_directory(parent, ec))
            throw std::runtime_error((e.path() / "_inherits").string() + ": no query folder '" + line + "'");
          slot->inherited_dirs.push_back(parent.string());
        }
      }
      lib->languages_.emplace(lang, std::move(slot));
    }
  }
  cache.emplace(rules_dir, lib);
  return lib;
}

LanguageQueries::~LanguageQueries() {
  release(all);
  for (auto& p : parts_) release(p->query);
  release(endpoints_);
  if (marks_) ts_query_delete(marks_->query);
}

const QueryFile* LanguageQueries::marks() const {
  std::call_once(marks_once_, [&] {
    if (marks_path.empty()) return;
    try {
      marks_ = compile(grammar, marks_path);
    } catch (const std::exception&) {
      marks_.reset();  // it compiled within `all`: only an unreadable file gets here
    }
  });
  return marks_ ? &*marks_ : nullptr;
}

const CombinedQuery& LanguageQueries::endpoints() const {
  // The same files compiled as part of `all` already, so this cannot fail on a query error; a failure
  // to read a file leaves it empty (no endpoint patterns) rather than throwing from a scan.
  std::call_once(endpoints_once_, [&] {
    try {
      endpoints_ = combine(grammar, constants_path, fact_paths, endpoint_files);
    } catch (const std::exception&) {
      endpoints_ = CombinedQuery{};
    }
  });
  return endpoints_;
}

QueryLibrary::~QueryLibrary() {
  std::lock_guard lock(background_mutex_);
  for (auto& t : background_) t.join();
}

bool QueryLibrary::ready(const std::string& language) const {
  auto it = languages_.find(language);
  return it == languages_.end() || it->second->compiled.load(std::memory_order_acquire);
}

void QueryLibrary::compile_in_background(const std::string& language) const {
  auto it = languages_.find(language);
  if (it == languages_.end() || it->second->compiled.load(std::memory_order_acquire) || it->second->started.exchange(true)) return;
  std::lock_guard lock(background_mutex_);
  background_.emplace_back([this, language] { find(language); });
}

bool QueryLibrary::has(const std::string& language) const { return languages_.count(language) > 0; }

const LanguageQueries* QueryLibrary::describe(const std::string& language) const {
  namespace fs = std::filesystem;
  auto it = languages_.find(language);
  if (it == languages_.end()) return nullptr;
  Slot& slot = *it->second;
  std::call_once(slot.described, [&] {
    auto lq = std::make_unique<LanguageQueries>();
    lq->language = language;
    lq->grammar = slot.grammar;
    // Inherited folders first; this folder's files replace same-named ones.
    std::map<std::string, fs::path> by_name;
    std::error_code ec;
    std::vector<std::string> dirs = slot.inherited_dirs;
    dirs.push_back(slot.dir);
    for (const auto& dir : dirs)
      for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".scm") by_name[e.path().filename().string()] = e.path();
    std::vector<std::optional<std::vector<PatternShape>>> splits;
    for (const auto& [name, path] : by_name) {
      if (path.filename() == "_constants.scm") lq->constants_path = path;
      else if (path.filename() == "_marks.scm") lq->marks_path = path;
      else {
        if (path.filename() == "endpoints.scm") lq->endpoint_files.push_back(static_cast<int>(lq->fact_paths.size()));
        lq->fact_paths.push_back(path);
        lq->files.push_back(path.string());
        const std::string text = read_text(path);
        splits.push_back(split_patterns(text));
        lq->weights.push_back(query_weight(text, splits.back()));
      }
    }
    if (!lq->constants_path.empty()) {
      const std::string text = read_text(lq->constants_path);
      lq->fixed_weight = query_weight(text, split_patterns(text));
    }
    std::optional<std::vector<PatternShape>> marks_split;
    if (!lq->marks_path.empty()) {
      const std::string text = read_text(lq->marks_path);
      marks_split = split_patterns(text);
      lq->marks_weight = query_weight(text, marks_split);
    }
    // The marks' gates, from the patterns of _marks.scm (the only ones the scanner applies as marks,
    // treesitter_scanner.cpp); none when that file is not read.
    MarkGates marks;
    if (marks_split) {
      std::vector<const PatternShape*> setters;
      for (const auto& p : *marks_split) setters.push_back(&p);
      marks = mark_gates(setters);
      for (const char* name : kFileMarks) marks.erase(name);
    }
    for (const auto& split : splits) {
      lq->gates.push_back(split ? file_gate(*split, marks) : std::nullopt);
      lq->asks_marks.push_back(!split || std::any_of(split->begin(), split->end(), [](const PatternShape& p) { return pattern_marks(p).asks; }));
    }
    slot.queries = std::move(lq);
  });
  return slot.queries.get();
}

const LanguageQueries* QueryLibrary::find(const std::string& language) const {
  auto it = languages_.find(language);
  if (it == languages_.end()) return nullptr;
  Slot& slot = *it->second;
  std::call_once(slot.once, [&] {
    const auto start = std::chrono::steady_clock::now();
    // Written once, here: readers reach `all` only through this once (query_for, find).
    auto* lq = const_cast<LanguageQueries*>(describe(language));
    try {
      std::vector<int> all(lq->fact_paths.size());
      for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
      if (!lq->constants_path.empty() && all.empty()) ts_query_delete(compile(slot.grammar, lq->constants_path).query);  // still checked
      lq->all = combine(slot.grammar, lq->constants_path, lq->fact_paths, all, lq->marks_path);
    } catch (const std::exception& e) {
      slot.error = e.what();
    }
    slot.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    slot.compiled.store(true, std::memory_order_release);
  });
  return slot.error.empty() ? slot.queries.get() : nullptr;
}

std::vector<char> LanguageQueries::files_for(std::string_view text) const {
  std::vector<char> need(gates.size(), 1);
  for (size_t i = 0; i < gates.size(); ++i)
    if (gates[i]) need[i] = gate_open(*gates[i], text) ? 1 : 0;
  return need;
}

bool LanguageQueries::part_asks_marks(const std::vector<char>& in_part) const {
  for (size_t i = 0; i < in_part.size() && i < asks_marks.size(); ++i)
    if (in_part[i] && asks_marks[i]) return true;
  return false;
}

QueryPart* LanguageQueries::part_for(const std::vector<char>& need, QueryParts parts, bool compile) const {
  if (parts == QueryParts::whole || std::all_of(need.begin(), need.end(), [](char c) { return c != 0; })) return nullptr;
  std::lock_guard lock(parts_mutex_);
  for (auto& p : parts_)
    if (covers(p->files, need)) return p.get();
  if (!compile || (parts == QueryParts::first_file && !parts_.empty())) return nullptr;
  if (parts == QueryParts::first_file) {
    size_t in = fixed_weight + (part_asks_marks(need) ? marks_weight : 0), total = fixed_weight + marks_weight;
    for (size_t i = 0; i < need.size() && i < weights.size(); ++i) {
      total += weights[i];
      if (need[i]) in += weights[i];
    }
    if (3 * in > 2 * total) return nullptr;
  }
  parts_.push_back(std::make_unique<QueryPart>());
  parts_.back()->files = need;
  return parts_.back().get();
}

void LanguageQueries::compile_part(QueryPart& part) const {
  std::call_once(part.once, [&] {
    const auto start = std::chrono::steady_clock::now();
    std::vector<int> which;
    for (size_t i = 0; i < part.files.size(); ++i)
      if (part.files[i]) which.push_back(static_cast<int>(i));
    try {
      // _marks.scm only when a fact file of the part asks for marks: marks serve nothing else.
      part.query = combine(grammar, constants_path, fact_paths, which, part_asks_marks(part.files) ? marks_path : std::filesystem::path());
    } catch (const std::exception& e) {
      part.error = e.what();
    }
    part.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    part.compiled.store(true, std::memory_order_release);
  });
}

double LanguageQueries::parts_seconds() const {
  std::lock_guard lock(parts_mutex_);
  double s = 0;
  for (const auto& p : parts_)
    if (p->compiled.load(std::memory_order_acquire)) s += p->seconds;
  return s;
}

void QueryLibrary::set_parts(QueryParts parts) { g_parts.store(static_cast<int>(parts)); }
void QueryLibrary::set_few_files(bool few) { g_few_files.store(few); }
bool QueryLibrary::few_files() { return g_few_files.load(); }

QueryParts QueryLibrary::parts() {
  int p = g_parts.load();
  if (p < 0) {
    const char* e = std::getenv("ATSCAN_QUERY_PARTS");
    const std::string v = e ? e : "";
    p = static_cast<int>(v == "whole" ? QueryParts::whole : v == "each" ? QueryParts::each_file : QueryParts::first_file);
    int unset = -1;
    g_parts.compare_exchange_strong(unset, p);
    p = g_parts.load();
  }
  return static_cast<QueryParts>(p);
}

QueryPart* QueryLibrary::part_for_text(const Slot& slot, const std::string& language, std::string_view text, bool create) const {
  const QueryParts mode = parts();
  // A scan that expects many files never makes a part: no search of the text for the gates' literals.
  if (mode == QueryParts::whole || (mode == QueryParts::first_file && !few_files())) return nullptr;
  const LanguageQueries* lq = describe(language);
  return lq->part_for(lq->files_for(text), mode, create && (mode == QueryParts::each_file || !slot.started.load(std::memory_order_acquire)));
}

const CombinedQuery* QueryLibrary::query_for(const std::string& language, std::string_view text, std::string& error) const {
  auto it = languages_.find(language);
  if (it == languages_.end()) {
    error = "no queries for " + language;
    return nullptr;
  }
  Slot& slot = *it->second;
  QueryPart* part = slot.compiled.load(std::memory_order_acquire) ? nullptr : part_for_text(slot, language, text, true);
  if (!part) {
    if (const LanguageQueries* lq = find(language)) return &lq->all;
    error = slot.error;
    return nullptr;
  }
  slot.queries->compile_part(*part);
  if (!part->error.empty()) {
    error = part->error;
    return nullptr;
  }
  return &part->query;
}

bool QueryLibrary::ready_for(const std::string& language, std::string_view text) const {
  auto it = languages_.find(language);
  if (it == languages_.end() || it->second->compiled.load(std::memory_order_acquire)) return true;
  const QueryPart* part = part_for_text(*it->second, language, text, false);
  return part && part->compiled.load(std::memory_order_acquire);
}

void QueryLibrary::prepare_in_background(const std::string& language, std::string_view text) const {
  auto it = languages_.find(language);
  if (it == languages_.end() || it->second->compiled.load(std::memory_order_acquire)) return;
  QueryPart* part = part_for_text(*it->second, language, text, true);
  if (!part) {
    compile_in_background(language);
    return;
  }
  if (part->compiled.load(std::memory_order_acquire) || part->started.exchange(true)) return;
  const LanguageQueries* lq = it->second->queries.get();
  std::lock_guard lock(background_mutex_);
  background_.emplace_back([lq, part] { lq->compile_part(*part); });
}

std::map<std::string, double> QueryLibrary::compile_seconds() const {
  std::map<std::string, double> out;
  for (const auto& [language, slot] : languages_) {
    const bool whole = slot->compiled.load(std::memory_order_acquire);
    const double parts = slot->queries ? slot->queries->parts_seconds() : 0;
    if (whole || parts > 0) out[language] = (whole ? slot->seconds : 0) + parts;
  }
  return out;
}

std::string QueryLibrary::compile_error(const std::string& language) const {
  auto it = languages_.find(language);
  if (it == languages_.end()) return {};
  find(language);
  return it->second->error;
}

std::vector<std::string> QueryLibrary::languages() const {
  std::vector<std::string> out;
  for (const auto& [name, slot] : languages_) out.push_back(name);
  return out;
}

void QueryLibrary::compile_all() const {
  for (const auto& [name, slot] : languages_) {
    const LanguageQueries* lq = find(name);
    if (!lq) throw std::runtime_error(compile_error(name));
    lq->endpoints();
    lq->marks();
  }
}

void QueryLibrary::set_current(std::shared_ptr<const QueryLibrary> lib) {
  std::lock_guard lock(g_mutex);
  g_current = std::move(lib);
}

std::shared_ptr<const QueryLibrary> QueryLibrary::current() {
  std::lock_guard lock(g_mutex);
  return g_current;
}

}  // namespace atscan::ts
