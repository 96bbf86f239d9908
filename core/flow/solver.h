#pragma once
// The one flow solver: joins the flow records of every file of a scan into a graph of scoped names,
// fields, parameters, returns and call sites, then answers two questions for the judge:
//   - which string values reach an expression (through assignments, macros, calls, returns, fields,
//     includes and imports), with the steps that carried each value;
//   - whether a trust setting and an endpoint meet in the same client (a call both flow into, or an
//     object both are stored in), with the path between them.
// The graph is context-insensitive (one node per parameter and return), so its cost is linear in the
// records; a path that enters a function through a parameter never leaves it through its return,
// which keeps shared helpers from joining unrelated callers. Search depth and value counts are
// bounded, and every bound that is hit becomes a notification, never a silent cut.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/flow/flow_records.h"
#include "core/model/notification.h"

namespace atscan::flow {

// One step of a flow, for related locations and SARIF threadFlows.
struct Step {
  Location location;
  std::string message;
  bool operator==(const Step&) const = default;
};

struct ResolvedValue {
  std::string value;
  bool file_content = false;  // `value` is a path whose content is meant (a file read)
  std::vector<Step> steps;    // from the use back to the definition
};

// What a fact is attached to: the object it configures or uses and/or the value it consumes, at a
// place in a file (which decides the function scope). A literal at `at` is found by its location.
struct Anchor {
  std::string file;
  Location at;
  std::string object;  // as written: "ctx", "&creds", "self.session", "pCtx->cacert"; "" = none
  Value value;         // kind unknown = none
};

struct Link {
  std::vector<Step> steps;  // from the first anchor to the meeting point, then back to the second
};

// A link to one of the targets given to Solver::set_targets.
struct TargetLink {
  size_t target = 0;  // index into the targets
  Link link;
};

struct SolverOptions {
  int max_depth = 32;    // edges followed from an anchor, and nested evaluation of one value
  int max_values = 16;   // distinct values kept per expression
};

struct FlowFile {
  std::string file;  // relative path
  const FileFlows* flows = nullptr;
};

class Solver {
 public:
  explicit Solver(const std::vector<FlowFile>& files, SolverOptions options = {});
  ~Solver();
  Solver(const Solver&) = delete;
  Solver& operator=(const Solver&) = delete;

  // The innermost function whose range holds `at` ("" = file scope).
  std::string function_at(const std::string& file, const Location& at) const;

  // The string values `v`, written at `at` in `file`, can have.
  std::vector<ResolvedValue> values_of(const std::string& file, const Location& at, const Value& v);

  // A flow between the two anchors, when there is one.
  std::optional<Link> link(const Anchor& a, const Anchor& b);

  // Targets that many anchors are linked to (the S3/CloudFront endpoints of a scan): one search over
  // all of them, made on first use, instead of one per pair.
  void set_targets(const std::vector<Anchor>& targets);
  // The nearest target a flow connects `a` to, when there is one.
  std::optional<TargetLink> link_to_targets(const Anchor& a);

  // Bounds that were hit and names that could not be followed; sorted, without duplicates.
  std::vector<Notification> notifications() const;

  // Time spent building the graph and answering (wall clock, seconds; --stats).
  double seconds() const;
  // Of seconds(): building the graph from the records.
  double build_seconds() const;

  // Size of the graph (for --stats and benchmarks).
  size_t node_count() const;
  size_t edge_count() const;
  // What the searches so far went through (for --stats): how many nodes, and the files whose records
  // they read (the anchors', the nodes', the definitions' and the edges' files; sorted). A search that needs few of the graph's nodes and files says how much of the building and
  // of the reading for flows a graph built on demand would save.
  size_t visited_node_count() const;
  std::vector<std::string> visited_files() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "&ctx->cacert", "self.session", "(*p).x" → a name or field Value (unknown when it is not that simple).
Value parse_object_text(const std::string& text);

}  // namespace atscan::flow
