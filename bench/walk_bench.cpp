// Walk speed on a synthetic tree (no file contents read): is a single-threaded walk fast enough?
// Run: build/<dir>/bench/atscan_walk_bench [--benchmark_filter=…]
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "scanners/walk/walker.h"

namespace {

namespace fs = std::filesystem;

// files spread over dirs of 50, three levels deep, a .gitignore at the root and in every 10th dir.
fs::path make_tree(int files) {
  std::string tmpl = (fs::temp_directory_path() / "atscan-walk-bench-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  fs::path root = tmpl;
  std::ofstream(root / ".gitignore") << "*.log\nbuild/\n!keep.log\n**/tmp/**\n";
  for (int i = 0; i < files; ++i) {
    int d = i / 50;
    fs::path dir = root / ("d" + std::to_string(d / 100)) / ("e" + std::to_string(d / 10 % 10)) / ("f" + std::to_string(d % 10));
    if (i % 50 == 0) {
      fs::create_directories(dir);
      if (d % 10 == 0) std::ofstream(dir / ".gitignore") << "*.tmp\n/local/\n";
    }
    std::ofstream(dir / ("file" + std::to_string(i) + (i % 7 == 0 ? ".log" : ".py"))) << "x = 1\n";
  }
  return root;
}

void BM_Walk(benchmark::State& state, bool ignore_files) {
  const fs::path root = make_tree(static_cast<int>(state.range(0)));
  atscan::WalkOptions o;
  o.roots = {root.string()};
  o.use_gitignore = ignore_files;
  size_t n = 0;
  for (auto _ : state) {
    auto r = atscan::walk(o);
    n = r.files.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["files"] = static_cast<double>(n);
  state.counters["files/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
  fs::remove_all(root);
}

}  // namespace

BENCHMARK_CAPTURE(BM_Walk, gitignore, true)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Walk, no_ignore, false)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
