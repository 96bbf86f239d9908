// The tree-sitter front-end: parses a file in its language and runs that language's queries.
// Parsing and querying are bounded: a work budget proportional to the file's size (deterministic:
// tree-sitter's progress callbacks come every fixed number of operations), a CPU-time backstop, and a
// cap on in-progress query matches. A file that exceeds them is skipped with a reason.
#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <map>
#include <optional>

#include "scanners/scanner.h"
#include "scanners/treesitter/language_map.h"
#include "scanners/treesitter/match_facts.h"
#include "scanners/treesitter/generated_native_trust.h"
#include "scanners/treesitter/go_module_version.h"
#include "scanners/treesitter/name_only_acceptance.h"
#include "scanners/treesitter/peer_cert_check.h"
#include "scanners/treesitter/query_library.h"

namespace atscan::ts {
namespace {

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
struct CursorDeleter {
  void operator()(TSQueryCursor* c) const { ts_query_cursor_delete(c); }
};

// Progress callbacks (each about 100 parser or query operations) allowed per byte of input, plus a floor.
constexpr std::uint64_t kCallbacksPerByte = 20;
constexpr std::uint64_t kCallbacksFloor = 100000;
// The backstop counts this thread's CPU time, not wall time: a machine busy with other work must not
// turn a normal file into a skipped one (which made results depend on the load).
constexpr auto kCpuBackstop = std::chrono::seconds(20);

std::chrono::nanoseconds thread_cpu_time() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}
constexpr uint32_t kQueryMatchLimit = 1024;

struct Budget {
  std::uint64_t callbacks_left = 0;
  std::chrono::nanoseconds deadline;
  bool exhausted = false;

  explicit Budget(size_t bytes) : callbacks_left(kCallbacksFloor + kCallbacksPerByte * bytes), deadline(thread_cpu_time() + kCpuBackstop) {}
  // True to cancel. The clock is read every 1024 callbacks only.
  bool spend() {
    if (exhausted) return true;
    if (callbacks_left == 0 || ((callbacks_left & 1023) == 0 && thread_cpu_time() > deadline)) exhausted = true;
    else --callbacks_left;
    return exhausted;
  }
};

bool parse_progress(TSParseState* state) { return static_cast<Budget*>(state->payload)->spend(); }
bool query_progress(TSQueryCursorState* state) { return static_cast<Budget*>(state->payload)->spend(); }

class TreeSitterScanner : public Scanner {
 public:
  std::string_view name() const override { return "tree-sitter"; }

  void prepare(const ScanConfig& config) override { QueryLibrary::set_current(QueryLibrary::load(config.rules_dir)); }
  void expect_few_files(bool few) override { QueryLibrary::set_few_files(few); }

  bool wants(const SourceFile& file) const override {
    auto lib = library();
    return lib && lib->has(language_for(file.path, file.content));
  }

  bool ready(const SourceFile& file) override {
    auto lib = library();
    if (!lib) return true;
    const std::string& language = language_of(file);
    if (lib->ready_for(language, file.content)) return true;
    lib->prepare_in_background(language, file.content);
    return false;
  }

  void add_setup_seconds(std::map<std::string, double>& out) const override {
    if (auto lib = library())
      for (const auto& [language, seconds] : lib->compile_seconds()) out[language + " queries compiled"] += seconds;
  }

  void add_part_seconds(std::map<std::string, double>& out) const override {
    for (const auto& [prefix, seconds] : parts_) {
      out[prefix + "parse"] += seconds[kParse];
      out[prefix + "queries"] += seconds[kQueries];
      if (seconds[kFlowRecords] > 0) out[prefix + "flow records"] += seconds[kFlowRecords];
    }
  }

  bool has_flows(const SourceFile& file) const override { return has_flow_support(language_for(file.path, file.content)); }

  bool scan_flows(const SourceFile& file, FileFacts& out, std::vector<ScanNote>& notes) override {
    // C and C++ headers alike have flow records: the grammar is chosen in scan() (parse_language).
    if (!has_flow_support(language_for(file.path, file.content))) return false;
    // The endpoint queries run too (a URL in a file without trust triggers is still an endpoint);
    // trust facts stay with the prefilter's decision.
    scan(file, out, notes, /*endpoints_only=*/true);
    out.trust.clear();
    return true;
  }

  void scan(const SourceFile& file, FileFacts& out, std::vector<ScanNote>& notes) override { scan(file, out, notes, false); }

  void scan(const SourceFile& file, FileFacts& out, std::vector<ScanNote>& notes, bool endpoints_only) {
    auto lib = library();
    const std::string language = language_of(file);
    const LanguageQueries* lq = lib ? lib->describe(language) : nullptr;
    if (!lq) return;
    // The whole language's query, or the part of it this file can match (QueryParts): the same facts.
    std::string query_error;
    const CombinedQuery* compiled = endpoints_only ? &lq->endpoints() : lib->query_for(language, file.content, query_error);
    if (!compiled) {
      notes.push_back({file.path, "not scanned: " + query_error, "error"});
      return;
    }
    if (!ts_parser_set_language(parser_.get(), lq->grammar)) {
      notes.push_back({file.path, "internal: grammar '" + lq->language + "' has an incompatible ABI", "error"});
      return;
    }
    // --stats: parse, queries (with the facts they give) and flow records, by language; files read for
    // flows only apart, since a scan reads them in a phase of their own.
    auto& part = parts_[lq->language + (endpoints_only ? " (read for flows) " : " ")];
    auto since = [](std::chrono::steady_clock::time_point t) { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count(); };
    auto started = std::chrono::steady_clock::now();
    Budget parse_budget(file.content.size());
    TSInput input{};
    struct Text {
      std::string_view s;
    } text{file.content};
    input.payload = &text;
    input.encoding = TSInputEncodingUTF8;
    input.read = [](void* payload, uint32_t byte, TSPoint, uint32_t* read) -> const char* {
      const std::string_view s = static_cast<Text*>(payload)->s;
      if (byte >= s.size()) {
        *read = 0;
        return "";
      }
      *read = static_cast<uint32_t>(s.size() - byte);
      return s.data() + byte;
    };
    std::unique_ptr<TSTree, TreeDeleter> tree(
        ts_parser_parse_with_options(parser_.get(), nullptr, input, TSParseOptions{&parse_budget, parse_progress}));
    part[kParse] += since(started);
    started = std::chrono::steady_clock::now();
    if (!tree) {
      ts_parser_reset(parser_.get());  // a cancelled parse would otherwise resume on the next file
      notes.push_back({file.path, parse_budget.exhausted ? "skipped: " + lq->language + " parse exceeded its time budget"
                                                         : "skipped: " + lq->language + " parser gave up",
                       parse_budget.exhausted ? "warning" : "note"});
      return;
    }
    TSNode root = ts_tree_root_node(tree.get());
    if (ts_node_has_error(root))
      notes.push_back({file.path, lq->language + " syntax errors; the parts that parsed were scanned", "note"});

    Budget query_budget(file.content.size());
    budget_ = &query_budget;
    match_limit_hit_ = false;
    // One pass of the combined query. Constants are bound as they come (the last binding wins, as at
    // run time for module code); fact matches are held, by query file, until constants and marks are
    // known, then their predicates decide, query file by query file as separate passes would.
    const CombinedQuery& cq = *compiled;
    std::map<std::string, TSNode> constants;
    ValueResolver plain(file.content, nullptr);
    ValueResolver values(file.content, &constants);  // complete once the pass is over
    struct Held {
      uint32_t id;
      uint16_t pattern_index;
      uint16_t capture_count;
      size_t first_capture;
    };
    std::vector<std::vector<Held>> held(lq->files.size());
    std::vector<Held> mark_matches;  // patterns of _marks.scm inside the combined query
    std::vector<TSQueryCapture> captures;
    const bool marks_combined = std::find(cq.origin.begin(), cq.origin.end(), CombinedQuery::kMark) != cq.origin.end();
    std::vector<TSQueryCapture> renamed;  // each_match's scratch
    if (cq.query) {
      const QueryFile& q = *cq.query;
      // One match of a pattern as written (each_match hands on every pattern a compiled shape stands for).
      auto on_match = [&](const TSQueryMatch& m) {
        const int origin = cq.origin[m.pattern_index];
        if (origin == CombinedQuery::kMark) {
          mark_matches.push_back({m.id, m.pattern_index, m.capture_count, captures.size()});
          captures.insert(captures.end(), m.captures, m.captures + m.capture_count);
          return;
        }
        if (origin != CombinedQuery::kConstant) {
          if (!predicates_hold(m, q.patterns[m.pattern_index], values, nullptr, Predicates::text)) return;
          held[origin].push_back({m.id, m.pattern_index, m.capture_count, captures.size()});
          captures.insert(captures.end(), m.captures, m.captures + m.capture_count);
          return;
        }
        std::optional<TSNode> name, value;
        for (uint16_t i = 0; i < m.capture_count; ++i) {
          const auto& cn = q.capture_names[m.captures[i].index];
          if (cn == "const.name") name = m.captures[i].node;
          else if (cn == "const.value") value = m.captures[i].node;
        }
        if (name && value && predicates_hold(m, q.patterns[m.pattern_index], plain)) constants[plain.text(*name)] = *value;
      };
      run(q, root, [&](const TSQueryMatch& compiled) { cq.each_match(compiled, renamed, on_match); },
          lq->files.size() + 1 + (marks_combined ? 1 : 0));
    }
    Marks marks;
    // x509.SystemCertPool() fails on Windows before Go 1.18: a module that still builds with such a
    // release falls back to whatever it put in place of the system pool.
    if (language == "go")
      if (auto v = go_module_version(file); v && *v < std::make_pair(1, 18)) marks.add_to_file(kFileMarks[0]);
    // Marks only serve #marked? / #not-marked? predicates: without a held match whose pattern asks
    // for one, no round runs (an endpoints-only pass would otherwise walk the file once more).
    auto asks_marks = [&](const Held& h) {
      const auto& preds = cq.query->patterns[h.pattern_index].predicates;
      return std::any_of(preds.begin(), preds.end(), [](const TextPredicate& p) {
        return p.kind == TextPredicate::Op::marked || p.kind == TextPredicate::Op::not_marked;
      });
    };
    const bool marks_asked = std::any_of(held.begin(), held.end(), [&](const auto& hs) { return std::any_of(hs.begin(), hs.end(), asks_marks); });
    // Marks spread along bindings: the mark patterns are applied until a round adds nothing (each round
    // that goes on adds a mark; the cap guards pathological files). Marks only serve the held matches'
    // predicates.
    auto apply_mark = [&](const QueryFile& mq, const TSQueryMatch& m) {
      const PatternInfo& info = mq.patterns[m.pattern_index];
      auto mark = info.settings.find("mark");
      if (mark == info.settings.end() || !predicates_hold(m, info, values, &marks)) return false;
      bool added = false;
      for (uint16_t i = 0; i < m.capture_count; ++i)
        if (mq.capture_names[m.captures[i].index] == "mark") added = marks.add(mark->second, m.captures[i].node, file.content) || added;
      return added;
    };
    if (marks_asked && marks_combined) {
      // The matches came with the one walk; a round re-tests their predicates only.
      for (int round = 0; round < 16; ++round) {
        bool added = false;
        for (const Held& h : mark_matches)
          added = apply_mark(*cq.query, TSQueryMatch{h.id, h.pattern_index, h.capture_count, captures.data() + h.first_capture}) || added;
        if (!added) break;
      }
    } else if (const QueryFile* mq = marks_asked ? lq->marks() : nullptr) {
      for (int round = 0; round < 16; ++round) {
        bool added = false;
        run(*mq, root, [&](const TSQueryMatch& m) { added = apply_mark(*mq, m) || added; });
        if (!added) break;
      }
    }
    std::optional<FlowExtractor> flows;
    if (has_flow_support(language)) flows.emplace(language, file.content, file.path);
    if (cq.query && !query_budget.exhausted) {
      const QueryFile& q = *cq.query;
      MatchContext ctx{&file.path, &q, &values, flows ? &*flows : nullptr};
      for (size_t origin = 0; origin < held.size(); ++origin)
        for (const Held& h : held[origin]) {
          const TSQueryMatch m{h.id, h.pattern_index, h.capture_count, captures.data() + h.first_capture};
          if (!predicates_hold(m, q.patterns[m.pattern_index], values, &marks, Predicates::marks)) continue;
          std::string error;
          if (!add_match_facts(m, ctx, out, error)) notes.push_back({file.path, lq->files[origin] + ": " + error, "error"});
        }
    }
    // A path check the queries cannot express (C/C++ only): see peer_cert_check.h.
    if (!endpoints_only && !query_budget.exhausted && (language == "c" || language == "cpp"))
      add_unchecked_peer_certificates(root, file.content, file.path, out);
    // A branch the queries cannot place (C# only): see name_only_acceptance.h.
    if (!endpoints_only && !query_budget.exhausted && language == "csharp")
      add_name_only_acceptances(root, file.content, file.path, out);
    // Native trust code a JS/TS build step writes out (see generated_native_trust.h).
    if (!endpoints_only && !query_budget.exhausted && (language == "javascript" || language == "typescript" || language == "tsx"))
      add_generated_native_trust(root, file.content, file.path, out);
    budget_ = nullptr;
    part[kQueries] += since(started);
    if (query_budget.exhausted) {
      // Facts found so far are a partial view: drop them rather than judge half a file.
      out.trust.clear();
      out.endpoints.clear();
      out.uses.clear();
      notes.push_back({file.path, "skipped: " + lq->language + " queries exceeded their time budget", "warning"});
      return;
    }
    if (match_limit_hit_)
      notes.push_back({file.path, lq->language + " queries hit the in-progress match limit; some matches may be missing", "note"});
    // First: dedupe_facts scopes objects by function.
    started = std::chrono::steady_clock::now();
    if (flows && !flows->extract(root, out.flows))
      notes.push_back({file.path, lq->language + " nests too deep for value tracking; the deepest parts were not followed", "note"});
    if (flows) part[kFlowRecords] += since(started);
    dedupe_facts(out);
  }

 private:
  static std::shared_ptr<const QueryLibrary> library() { return QueryLibrary::current(); }

  // parse_language() once per file: ready() and scan() both need it, and for a header it lexes the
  // whole file (header_dialect.h).
  const std::string& language_of(const SourceFile& file) {
    if (decided_.data != file.content.data() || decided_.size != file.content.size() || decided_.path != file.path)
      decided_ = {file.content.data(), file.content.size(), file.path, parse_language(file.path, file.content)};
    return decided_.language;
  }
  struct Decided {
    const char* data = nullptr;
    size_t size = 0;
    std::string path, language;
  } decided_;

  // `parts`: how many query files `qf` combines; each keeps the in-progress match limit it had alone.
  template <typename F>
  void run(const QueryFile& qf, TSNode root, F&& on_match, size_t parts = 1) {
    if (budget_->exhausted) return;
    const TSQueryCursorOptions options{budget_, query_progress};
    ts_query_cursor_set_match_limit(cursor_.get(), static_cast<uint32_t>(kQueryMatchLimit * std::max<size_t>(parts, 1)));
    ts_query_cursor_exec_with_options(cursor_.get(), qf.query, root, &options);
    TSQueryMatch m;
    while (ts_query_cursor_next_match(cursor_.get(), &m)) on_match(m);
    if (ts_query_cursor_did_exceed_match_limit(cursor_.get())) match_limit_hit_ = true;
  }

  std::unique_ptr<TSParser, ParserDeleter> parser_{ts_parser_new()};
  std::unique_ptr<TSQueryCursor, CursorDeleter> cursor_{ts_query_cursor_new()};
  Budget* budget_ = nullptr;
  bool match_limit_hit_ = false;
  // --stats (add_part_seconds): seconds by "language " or "language (read for flows) ", then by part.
  enum Part { kParse, kQueries, kFlowRecords };
  std::map<std::string, std::array<double, 3>> parts_;
};

}  // namespace
}  // namespace atscan::ts

using TreeSitterScanner = atscan::ts::TreeSitterScanner;
ATSCAN_REGISTER_SCANNER(TreeSitterScanner);
