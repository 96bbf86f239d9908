// Trust oracle speed: verdict on a 150-certificate bundle (cold: nothing memoized; cached: the
// verdict cache), pin parsing and judging, host classification.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include "core/hosts/host_classifier.h"
#include "core/trust/base64.h"
#include "core/trust/oracle.h"
#include "core/trust/pins.h"
#include "core/trust/set_judge.h"

namespace atscan {
namespace {
namespace fs = std::filesystem;

// The repository root, from this file's path (CMake compiles with absolute paths).
const fs::path kRepo = fs::path(__FILE__).parent_path().parent_path();
constexpr std::int64_t kBenchNow = 1780272000;  // 2026-06-01: results never depend on the machine clock

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::shared_ptr<const Profile> profile() {
  static auto p = Profile::load(kRepo / "rules/profiles/aws-ats.yaml");
  return p;
}

// 150 distinct certificates: the system store when present (a real bundle), topped up with the
// profile's certificates; Amazon Root CA 1 last so the verdict is ACCEPTS after a full scan.
const std::string& bundle150() {
  static const std::string b = [] {
    LoadResult sys = load_certificates_path("/etc/ssl/certs/ca-certificates.crt");
    std::vector<std::string> pems;
    std::set<std::string> seen;
    auto add = [&](const Certificate& c) {
      if (c.display_name != "Amazon Root CA 1" && seen.insert(c.sha256).second) pems.push_back(c.der);
    };
    for (const auto& pc : profile()->certs)
      for (const auto& c : load_pem(pc.pem).certs) add(c);
    for (const auto& c : sys.certs) add(c);
    pems.resize(std::min<size_t>(pems.size(), 149));
    std::string out;
    for (const auto& der : pems) {
      out += "-----BEGIN CERTIFICATE-----\n";
      const std::string b64 = base64_encode(der);  // 64-column lines, as real bundles are written
      for (size_t i = 0; i < b64.size(); i += 64) out += b64.substr(i, 64) + "\n";
      out += "-----END CERTIFICATE-----\n";
    }
    out += slurp(kRepo / "rules/profiles/aws-ats/Amazon_Root_CA_1.pem");
    return out;
  }();
  return b;
}

void BM_BundleVerdictCold(benchmark::State& state) {
  const std::string& bundle = bundle150();
  TrustOracle oracle(profile(), "", kBenchNow);
  for (auto _ : state) {
    state.PauseTiming();
    clear_certificate_memo();
    state.ResumeTiming();
    // judge_loaded bypasses the verdict cache: parse + verify + explain every time.
    TrustVerdict v = oracle.judge_loaded(load_certificates(bundle));
    benchmark::DoNotOptimize(v);
    if (v.kind != VerdictKind::accepts) state.SkipWithError("unexpected verdict");
    state.counters["certs"] = static_cast<double>(v.certificates.size());
  }
}
BENCHMARK(BM_BundleVerdictCold)->Unit(benchmark::kMillisecond);

void BM_BundleVerdictMemoizedCerts(benchmark::State& state) {
  const std::string& bundle = bundle150();
  TrustOracle oracle(profile(), "", kBenchNow);
  for (auto _ : state) {
    TrustVerdict v = oracle.judge_loaded(load_certificates(bundle));
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_BundleVerdictMemoizedCerts)->Unit(benchmark::kMillisecond);

void BM_BundleVerdictCached(benchmark::State& state) {
  const std::string& bundle = bundle150();
  TrustOracle oracle(profile(), "", kBenchNow);
  oracle.judge_bundle_bytes(bundle);
  for (auto _ : state) benchmark::DoNotOptimize(oracle.judge_bundle_bytes(bundle));
}
BENCHMARK(BM_BundleVerdictCached)->Unit(benchmark::kMicrosecond);

const std::vector<std::string> kPins = {
    "sha256//++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=;sha256//KwccWaCgrnaw6tsrrSO61FgLacNgG2MMLq8GE6+oP5I=",
    "sha256/18tkPyr2nckv4fgo0dhAkaUtJ2hu2831xlO2SKhq8dg=",
    "pin-sha256=\"Y9mvm0exBk1JoQ57f9Vm28jKo5lFm/woKcVxrYxu80o=\"; max-age=5184000",
    "8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E",
    "NqvDJlas/GRcYbcWE8S/IceH9cq77kg0jVhZeAPXq8k="};

void BM_PinParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(parse_pins(kPins));
  state.SetItemsProcessed(state.iterations() * 6);
}
BENCHMARK(BM_PinParse);

void BM_PinVerdictUncached(benchmark::State& state) {
  TrustOracle oracle(profile(), "", kBenchNow);
  for (auto _ : state) benchmark::DoNotOptimize(judge_pin_set(oracle.context(), kPins, {}));
}
BENCHMARK(BM_PinVerdictUncached)->Unit(benchmark::kMicrosecond);

const std::vector<std::string> kHosts = {
    "https://my-bucket.s3.us-west-2.amazonaws.com/key", "d111111abcdef8.cloudfront.net", "https://example.com/x",
    "https://{bucket}.s3.amazonaws.com", "api.github.com", "dynamodb.us-east-1.amazonaws.com",
    "myap-123456789012.s3-accesspoint.us-west-2.amazonaws.com", "localhost:8080", "${ENDPOINT}",
    "bucket.s3.cn-north-1.amazonaws.com.cn"};

void BM_HostClassify(benchmark::State& state) {
  HostClassifier c(profile());
  for (auto _ : state)
    for (const auto& h : kHosts) benchmark::DoNotOptimize(c.classify(h));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kHosts.size()));
}
BENCHMARK(BM_HostClassify);

void BM_HostClassifyOtherOnly(benchmark::State& state) {
  HostClassifier c(profile());
  for (auto _ : state) benchmark::DoNotOptimize(c.classify("https://api.example.org/v1/items"));
}
BENCHMARK(BM_HostClassifyOtherOnly);

}  // namespace
}  // namespace atscan

BENCHMARK_MAIN();
