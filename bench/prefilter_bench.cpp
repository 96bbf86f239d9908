// Prefilter throughput with the real catalog's trigger literals: a miss scans the whole buffer,
// a hit stops at the first literal. Run: build/<dir>/bench/atscan_prefilter_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <thread>

#include "core/catalog/catalog.h"
#include "scanners/prefilter/prefilter.h"

namespace {

const atscan::Catalog& catalog() {
  static const atscan::Catalog c = atscan::Catalog::load(std::filesystem::path(__FILE__).parent_path().parent_path() / "rules");
  return c;
}
std::vector<std::string> catalog_literals() { return catalog().trigger_literals(); }

// Code-like text without any trigger literal.
std::string filler(size_t bytes) {
  const std::string line = "    total = compute_sum(values, offset) + limit * 42  # plain line of code\n";
  std::string s;
  while (s.size() < bytes) s += line;
  s.resize(bytes);
  return s;
}

void BM_PrefilterMiss(benchmark::State& state) {
  atscan::Prefilter p(catalog_literals());
  const std::string text = filler(static_cast<size_t>(state.range(0)));
  if (p.matches(text)) state.SkipWithError("filler contains a trigger literal");
  for (auto _ : state) benchmark::DoNotOptimize(p.matches(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

void BM_PrefilterHitAtEnd(benchmark::State& state) {
  atscan::Prefilter p(catalog_literals());
  std::string text = filler(static_cast<size_t>(state.range(0)));
  text += "requests.get(url, verify=False)\n";
  for (auto _ : state) benchmark::DoNotOptimize(p.matches(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

void BM_PrefilterCompile(benchmark::State& state) {
  const auto lits = catalog_literals();
  for (auto _ : state) atscan::Prefilter p(lits);
  state.counters["literals"] = static_cast<double>(lits.size());
}

// The database of trigger patterns (regular expressions), compiled beside the literals' on a scan of
// a large tree.
void BM_PrefilterPatternsCompile(benchmark::State& state) {
  const auto lits = catalog_literals();
  const auto patterns = catalog().trigger_patterns();
  for (auto _ : state) {
    atscan::Prefilter p(lits, patterns);
    p.compile_patterns();
  }
  state.counters["patterns"] = static_cast<double>(patterns.size());
}

}  // namespace

BENCHMARK(BM_PrefilterMiss)->Arg(4 << 10)->Arg(64 << 10)->Arg(1 << 20)->ThreadRange(1, 2);
BENCHMARK(BM_PrefilterHitAtEnd)->Arg(64 << 10);
BENCHMARK(BM_PrefilterCompile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PrefilterPatternsCompile)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
