// The per-file front-end output survives its JSON and CBOR forms exactly: every fixture's facts, flow
// records and notes (through every front-end, as the pipeline runs them), and one synthetic result with
// every field away from its default. The cache and sharded scans depend on it.
#include <gtest/gtest.h>

#include <limits>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <stdlib.h>

#include "core/model/facts_codec.h"
#include "scanners/pipeline/file_result.h"
#include "scanners/scanner.h"

namespace fs = std::filesystem;

namespace atscan {
namespace {

// Unit tests that drive the CLI must not write the user's result cache. gtest_discover_tests keeps
// only the first entry of a multi-variable ENVIRONMENT, so the test binary sets it itself.
[[maybe_unused]] const bool kPrivateCache = [] {
  return ::setenv("XDG_CACHE_HOME", (fs::temp_directory_path() / "atscan-unit-test-cache").c_str(), 1) == 0;
}();

FileResult round_trip_text(const FileResult& r) {
  return file_result_from_json(nlohmann::json::parse(file_result_to_json(r).dump()));
}
FileResult round_trip_cbor(const FileResult& r) {
  return file_result_from_json(nlohmann::json::from_cbor(nlohmann::json::to_cbor(file_result_to_json(r))));
}

Location at(std::string file, int l) { return {std::move(file), l, l + 1, l + 2, l + 3}; }

// Every field set, strings that are not UTF-8, locations in other files, nested values.
FileResult everything() {
  FileResult r;
  FileFacts& f = r.facts;
  f.file = "src/a.c";
  f.is_test_code = true;
  flow::Value nested = flow::Value::of(flow::ValueKind::call, "connect", {flow::Value::literal("\x30\x82\xff\x00", at("src/a.c", 2)),
                                                                          flow::Value::name("HOST", at("inc/b.h", 3))},
                                       at("src/a.c", 4));
  nested.label = "cafile";
  TrustFact t;
  t.rule_id = "ats-custom-ca-bundle";
  t.kind = TrustKind::embedded_der;
  t.api = "d2i_X509";
  t.object = "ctx";
  t.value = std::string("\x30\x82\x01\x0a\xc3\x28", 6);
  t.values = {"sha256/AAAA", "\xff\xfe"};
  t.verify_depth = 3;
  t.leaf_only_pins = true;
  t.declared_pins = true;
  t.refused = "two pin-sets";
  t.expiration = "2027-01-01";
  t.callback_constants = {{"issuer", "Amazon"}, {"fingerprint", "ab:cd"}};
  t.location = at("src/a.c", 10);
  t.value_origins = {at("inc/b.h", 1), at("src/a.c", 5)};
  t.value_locations = {at("src/a.c", 11), at("src/a.c", 12)};
  t.confidence = "low";
  t.value_flow = nested;
  t.governs_aws = true;
  t.documented_for = "root CA for TLS authentication with S3";
  f.trust = {t, TrustFact{}};
  EndpointFact e{"client", "https://s3.amazonaws.com", "CURLOPT_URL", true, at("src/a.c", 20), flow::Value::of(flow::ValueKind::env, "URL", {flow::Value::literal("x")})};
  f.endpoints = {e, EndpointFact{}};
  f.uses = {UseFact{"ctx", "client", at("src/a.c", 30), "handed over"}, UseFact{}};
  flow::FileFlows& fl = f.flows;
  fl.language = "c";
  fl.functions = {{"Type.method", {"a", "b"}, {"int", ""}, at("src/a.c", 40)}, {}};
  fl.assignments = {{flow::AssignKind::macro, "fn", flow::Value::name("X"), nested, "char *", at("src/a.c", 50)},
                    {flow::AssignKind::ret, "", {}, flow::Value::of(flow::ValueKind::file_read, "", {flow::Value::literal("ca.pem")}), "", {}},
                    {flow::AssignKind::definition, "", flow::Value::of(flow::ValueKind::field, "f", {flow::Value::name("s")}), {}, "", at("", 0)},
                    {}};
  fl.calls = {{"main", nested}, {}};
  fl.imports = {{"config.h", "n", "m", true, at("src/a.c", 60)}, {}};
  fl.producers = {{flow::ProducerKind::volume, "certs/", "/etc/ssl", at("src/a.c", 70)}, {flow::ProducerKind::copy, "a", "b", {}}, {}};
  r.notes = {{"src/a.c", "c syntax errors", "note"}, {"", std::string("bad \xc0\xaf byte"), "warning"}};
  r.skipped = true;
  r.parsed = true;
  return r;
}

TEST(FactsCodec, EveryFieldRoundTrips) {
  const FileResult r = everything();
  EXPECT_EQ(round_trip_text(r), r);
  EXPECT_EQ(round_trip_cbor(r), r);
  // The JSON form is valid UTF-8 whatever the bytes inside.
  EXPECT_NO_THROW(file_result_to_json(r).dump());
  EXPECT_EQ(round_trip_text(FileResult{}), FileResult{});
}

// A new member of a fact or flow record changes its size: add it to facts_codec.cpp (and to
// everything() above), then update the number here.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(TrustFact) == 520, "a TrustFact member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(EndpointFact) == 248, "an EndpointFact member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(UseFact) == 120, "a UseFact member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(FileFacts) == 264, "a FileFacts member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Value) == 120, "a flow::Value member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Function) == 104, "a flow::Function member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Assignment) == 336, "a flow::Assignment member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Call) == 152, "a flow::Call member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Import) == 128, "a flow::Import member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::Producer) == 96, "a flow::Producer member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(flow::FileFlows) == 152, "a flow::FileFlows member was added or removed: encode it in facts_codec.cpp");
static_assert(sizeof(Notification) == 96, "a Notification member was added or removed: encode it in facts_codec.cpp");
#endif

TEST(FactsCodec, MalformedInputIsRefused) {
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse("[]")), FactsCodecError);
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse(R"({"facts":{"file":1}})")), FactsCodecError);
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse(R"({"facts":{"file":"a","trust":[{"kind":"nonsense"}]}})")), FactsCodecError);
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse(R"({"facts":{"file":"a","flows":{"assignments":[{"kind":9}]}}})")), FactsCodecError);
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse(R"({"facts":{"file":"a","trust":[{"kind":"pin_set","at":[1,2]}]}})")), FactsCodecError);
  EXPECT_THROW(file_result_from_json(nlohmann::json::parse(R"({"facts":{"file":{"hex":"zz"}}})")), FactsCodecError);
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every file of the fixtures, the multi-file flow cases and examples/, through every front-end that
// wants it (full scan and flow records only), exactly as the pipeline calls them.
TEST(FactsCodec, EveryFixtureRoundTrips) {
  static bool prepared = false;
  std::vector<std::unique_ptr<Scanner>> scanners;
  for (const auto& [name, make] : registered_scanners()) {
    if (!prepared) make()->prepare(ScanConfig{ATSCAN_SOURCE_DIR "/rules"});
    scanners.push_back(make());
  }
  prepared = true;
  std::vector<fs::path> roots = {ATSCAN_SOURCE_DIR "/tests/fixtures", ATSCAN_SOURCE_DIR "/examples"};
  for (const auto& e : fs::directory_iterator(ATSCAN_SOURCE_DIR "/tests/e2e"))
    if (e.path().filename().string().rfind("flow-", 0) == 0) roots.push_back(e.path() / "tree");
  int files = 0, trust = 0, endpoints = 0, records = 0;
  for (const auto& root : roots)
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      const std::string content = read_bytes(entry.path());
      const std::string rel = fs::relative(entry.path(), root).generic_string();
      SourceFile src{rel, entry.path().string(), content};
      FileResult full, flows_only;
      full.facts.file = flows_only.facts.file = rel;
      for (auto& s : scanners) {
        if (s->wants(src)) {
          s->scan(src, full.facts, full.notes);
          full.parsed = true;
        }
        if (s->has_flows(src)) s->scan_flows(src, flows_only.facts, flows_only.notes);
      }
      for (const FileResult* r : {&full, &flows_only}) {
        EXPECT_EQ(round_trip_text(*r), *r) << entry.path();
        EXPECT_EQ(round_trip_cbor(*r), *r) << entry.path();
      }
      ++files;
      trust += static_cast<int>(full.facts.trust.size());
      endpoints += static_cast<int>(full.facts.endpoints.size());
      records += static_cast<int>(full.facts.flows.assignments.size() + flows_only.facts.flows.assignments.size());
    }
  // Not vacuous: the fixtures hold hundreds of facts and flow records.
  EXPECT_GT(files, 100) << trust << " " << endpoints << " " << records;
  EXPECT_GT(trust, 300);
  EXPECT_GT(endpoints, 50);
  EXPECT_GT(records, 300);
}

}  // namespace
}  // namespace atscan

// A damaged cache entry, memo or shard report may hold a float or a huge number where an integer
// belongs: it is a decoding error, never a conversion with undefined behaviour (found by fuzz_memo).
TEST(FactsCodec, IntegersAreCheckedForTypeAndRange) {
  using nlohmann::json;
  using atscan::FactsCodecError;
  using atscan::integer_from_json;
  EXPECT_EQ(integer_from_json<int>(json(42)), 42);
  EXPECT_EQ(integer_from_json<int>(json(-7)), -7);
  EXPECT_EQ(integer_from_json<std::int64_t>(json(std::int64_t{-5'000'000'000})), -5'000'000'000);
  EXPECT_EQ(integer_from_json<std::uint64_t>(json(std::uint64_t{18'000'000'000'000'000'000u})), 18'000'000'000'000'000'000u);
  EXPECT_THROW(integer_from_json<int>(json(std::numeric_limits<double>::quiet_NaN())), FactsCodecError);
  EXPECT_THROW(integer_from_json<int>(json(1.5)), FactsCodecError);
  EXPECT_THROW(integer_from_json<int>(json(std::int64_t{5'000'000'000})), FactsCodecError);
  EXPECT_THROW(integer_from_json<std::uint64_t>(json(-1)), FactsCodecError);
  EXPECT_THROW(integer_from_json<std::int64_t>(json(std::uint64_t{18'000'000'000'000'000'000u})), FactsCodecError);
  EXPECT_THROW(integer_from_json<int>(json("7")), FactsCodecError);
}
