// The search over all targets leaves out nodes that cannot reach a target; it must answer exactly as
// one search per target would, also for anchors whose own calls add nodes and edges after the target
// search. Checked on generated records, against pairwise links.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/flow/solver.h"

using namespace atscan;
using namespace atscan::flow;

namespace {

// A fixed generator (not std:: distributions, whose output differs between libraries).
struct Lcg {
  std::uint64_t s;
  int next(int n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int>((s >> 33) % static_cast<std::uint64_t>(n));
  }
};

Location at(int line, int col, int end_col) { return {"m.py", line, col, line, end_col}; }

struct Generated {
  FileFlows flows;
  std::vector<Anchor> targets, anchors;
};

// Names n0…n9 at file scope, functions f0…f3 with one parameter, calls that pass names and literals
// around, methods that store their arguments in their receiver, returns.
Generated generate(std::uint64_t seed) {
  Lcg r{seed};
  Generated g;
  FileFlows& f = g.flows;
  f.language = "python";
  auto nm = [&] { return "n" + std::to_string(r.next(10)); };
  int line = 1;
  for (int i = 0; i < 4; ++i) f.functions.push_back(Function{"f" + std::to_string(i), {"p"}, {""}, {"m.py", 1000 + 10 * i, 1, 1009 + 10 * i, 1}});
  for (int i = 0; i < 40; ++i, ++line) {
    const int kind = r.next(5);
    const std::string fn = r.next(3) == 0 ? "f" + std::to_string(r.next(4)) : "";
    const int l = fn.empty() ? line : 1000 + 10 * (fn[1] - '0') + 1 + r.next(8);
    Value lit = Value::literal("v" + std::to_string(i), at(l, 30, 40));
    Value src = r.next(2) ? lit : Value::name(fn.empty() || r.next(2) ? nm() : "p");
    if (kind == 0 || kind == 1) {
      f.assignments.push_back(Assignment{AssignKind::assign, fn, Value::name(nm()), src, "", at(l, 1, 50)});
    } else if (kind == 2) {
      f.calls.push_back(Call{fn, Value::of(ValueKind::call, "f" + std::to_string(r.next(4)), {src}, at(l, 1, 50))});
    } else if (kind == 3) {
      f.calls.push_back(Call{fn, Value::of(ValueKind::call, nm() + ".setCa", {src}, at(l, 1, 50))});
    } else if (!fn.empty()) {
      f.assignments.push_back(Assignment{AssignKind::ret, fn, {}, src, "", at(l, 1, 50)});
    }
    if (src.kind == ValueKind::literal) (r.next(3) == 0 ? g.targets : g.anchors).push_back(Anchor{"m.py", src.location, "", {}});
  }
  // Anchors the records do not hold: a call that stores a new literal in a named object, and objects.
  for (int i = 0; i < 6; ++i) {
    Value arg = Value::literal("late" + std::to_string(i), at(2000 + i, 20, 28));
    g.anchors.push_back(Anchor{"m.py", at(2000 + i, 1, 40), "", Value::of(ValueKind::call, nm() + ".setCa", {arg}, at(2000 + i, 1, 40))});
    g.anchors.push_back(Anchor{"m.py", at(3000 + i, 1, 5), nm(), {}});
  }
  return g;
}

}  // namespace

TEST(FlowSolverTargets, TheSearchOverAllTargetsAgreesWithOneSearchPerTarget) {
  int hits = 0, misses = 0;
  for (std::uint64_t seed = 1; seed <= 60; ++seed) {
    Generated g = generate(seed);
    if (g.targets.empty()) continue;
    Solver all({{"m.py", &g.flows}});
    all.set_targets(g.targets);
    for (const auto& a : g.anchors) {
      const bool hit = all.link_to_targets(a).has_value();
      Solver pairwise({{"m.py", &g.flows}});
      bool any = false;
      for (const auto& t : g.targets) any = any || pairwise.link(a, t).has_value();
      EXPECT_EQ(hit, any) << "seed " << seed << ", anchor at line " << a.at.line;
      (hit ? hits : misses)++;
    }
  }
  // Both answers occur, or the comparison says little.
  EXPECT_GT(hits, 20);
  EXPECT_GT(misses, 20);
}

// A name nothing defines is not looked for through the includes and imports, but a name an import
// binds under another name still resolves (the lookup only skips names no file defines or binds).
TEST(FlowSolverTargets, AnAliasedImportResolvesAlthoughNoFileDefinesItsLocalName) {
  FileFlows lib, app;
  lib.language = app.language = "python";
  lib.assignments.push_back(Assignment{AssignKind::definition, "", Value::name("LEGACY_BUNDLE"),
                                       Value::literal("certs/legacy.pem", {"pkg/lib.py", 1, 17, 1, 35}), "", {"pkg/lib.py", 1, 1, 1, 35}});
  app.imports.push_back(Import{"pkg.lib", "LEGACY_BUNDLE", "CA", false, {"app.py", 1, 1, 1, 40}});
  Solver solver({{"pkg/lib.py", &lib}, {"app.py", &app}});
  auto values = solver.values_of("app.py", {"app.py", 3, 1, 3, 10}, Value::name("CA"));
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].value, "certs/legacy.pem");
  EXPECT_TRUE(solver.values_of("app.py", {"app.py", 3, 1, 3, 10}, Value::name("NOWHERE")).empty());
}
