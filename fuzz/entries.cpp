// Fuzzed entry points. Targets that cover several formats take the first input byte as the selector
// (seeds are prefixed accordingly by fuzz/seed-corpus.sh), so one binary and one corpus per family.
#include "fuzz/entries.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/judge/judge.h"
#include "core/profile/profile.h"
#include "core/trust/cert_loader.h"
#include "core/trust/oracle.h"
#include "core/trust/pins.h"
#include "scanners/config/command_facts.h"
#include "scanners/config/plist_value.h"
#include "scanners/config/shell_words.h"
#include "core/util/input_log.h"
#include "scanners/pipeline/result_cache.h"
#include "scanners/pipeline/scan.h"
#include "scanners/pipeline/scan_memo.h"
#include "scanners/scanner.h"
#include "scanners/treesitter/grammar_registry.h"
#include "scanners/treesitter/query_shapes.h"

namespace atscan::fuzz {
namespace {
namespace fs = std::filesystem;

const char* rules_dir() {
  if (const char* env = std::getenv("ATSCAN_RULES"); env && *env) return env;
  return ATSCAN_SOURCE_DIR "/rules";
}

// Loaded once per process: catalog, profile, oracle (system roots), host classifier, compiled queries.
struct Engine {
  Catalog catalog = Catalog::load(rules_dir());
  std::shared_ptr<const Profile> profile = Profile::load_named(rules_dir(), "aws-ats");
  // A fixed date: fuzzing must not depend on the wall clock (2026-06-01, as the unit tests).
  TrustOracle oracle{profile, std::int64_t{1780272000}};
  HostClassifier hosts{profile};
  Engine() {
    ScanConfig config{rules_dir()};
    for (const auto& [name, make] : registered_scanners()) make()->prepare(config);
  }
};

Engine& engine() {
  static Engine e;
  static unsigned long calls = 0;
  if (++calls % 4096 == 0) e.oracle.clear_cache();  // keep memory flat over millions of inputs
  return e;
}

// A private folder for targets that need files on disk; removed at exit.
const fs::path& scratch_dir() {
  static const struct Dir {
    fs::path path;
    Dir() {
      path = fs::temp_directory_path() / ("atscan-fuzz-" + std::to_string(::getpid()));
      fs::create_directories(path);
    }
    ~Dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  } dir;
  return dir.path;
}

void write(const fs::path& p, std::string_view data) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc).write(data.data(), static_cast<std::streamsize>(data.size()));
}

// Every scanner that wants `path`, on `data`, as the pipeline would run them (without the prefilter).
void scan_as(const std::string& path, std::string_view data, const std::string& abs_path = "") {
  engine();
  FileFacts facts;
  facts.file = path;
  std::vector<Notification> notes;
  SourceFile src{path, abs_path.empty() ? "/nonexistent/" + path : abs_path, data};
  thread_local std::vector<std::unique_ptr<Scanner>> scanners = [] {
    std::vector<std::unique_ptr<Scanner>> v;
    for (const auto& [name, make] : registered_scanners()) v.push_back(make());
    return v;
  }();
  for (auto& s : scanners)
    if (s->wants(src)) s->scan(src, facts, notes);
}

template <size_t N>
std::pair<const char*, std::string_view> select(std::string_view data, const char* const (&paths)[N]) {
  if (data.empty()) return {paths[0], data};
  return {paths[static_cast<unsigned char>(data[0]) % N], data.substr(1)};
}

void certs(std::string_view data) {
  if (data.empty()) return;
  const std::string_view body = data.substr(1);
  switch (static_cast<unsigned char>(data[0]) % 7) {
    case 0: load_certificates(body); break;
    case 1: load_pem(body); break;
    case 2: load_der(body); break;
    case 3: load_pkcs12(body); break;
    case 4: load_java_keystore(body); break;
    case 5: load_bks(body); break;
    case 6: engine().oracle.judge_bundle_bytes(body); break;
  }
}

void pins(std::string_view data) {
  std::vector<std::string> inputs;
  size_t start = 0;
  while (start <= data.size()) {
    size_t nl = data.find('\n', start);
    if (nl == std::string_view::npos) nl = data.size();
    inputs.emplace_back(data.substr(start, nl - start));
    start = nl + 1;
  }
  parse_pins(inputs);
  engine().oracle.judge_pins(inputs, inputs.size() % 2 == 0);
}

void hosts(std::string_view data) {
  parse_host(data);
  engine().hosts.classify(data);
}

void plist(std::string_view data) {
  if (data.empty()) return;
  const std::string_view body = data.substr(1);
  try {
    switch (static_cast<unsigned char>(data[0]) % 3) {
      case 0: config::read_binary_plist(body); break;
      case 1: config::read_xml_plist(body); break;
      case 2: scan_as("App/Info.plist", body); break;
    }
  } catch (const config::PlistError&) {
  }
}

// The network security config, and (after the first NUL byte) the AndroidManifest.xml next to it.
void android(std::string_view data) {
  const size_t nul = data.find('\0');
  const std::string_view nsc = data.substr(0, nul);
  const fs::path root = scratch_dir() / "android";
  const std::string rel = "app/src/main/res/xml/network_security_config.xml";
  if (nul != std::string_view::npos) write(root / "app/src/main/AndroidManifest.xml", data.substr(nul + 1));
  else fs::remove(root / "app/src/main/AndroidManifest.xml");
  scan_as(rel, nsc, (root / rel).string());
}

void yaml(std::string_view data) {
  static const char* const kPaths[] = {".gitlab-ci.yml", ".github/workflows/ci.yml", "k8s/deploy.yaml", "envoy.yaml",
                                       "src/main/resources/application.yml", ".yarnrc.yml", "docker-compose.yml"};
  auto [path, body] = select(data, kPaths);
  scan_as(path, body);
}

void config_files(std::string_view data) {
  static const char* const kPaths[] = {"nginx.conf", "haproxy.cfg", "pip.conf", ".npmrc", ".curlrc", ".wgetrc", ".gitconfig",
                                       ".env", "gradle.properties", "app.service", ".aws/config", "Dockerfile", ".yarnrc",
                                       "main/Kconfig.projbuild", "settings.example", "templates/default.conf.template"};
  auto [path, body] = select(data, kPaths);
  scan_as(path, body);
}

void shell(std::string_view data) {
  engine();
  const auto commands = config::split_shell_commands(data);
  FileFacts facts;
  SourceFile src{"run.sh", "/nonexistent/run.sh", data};
  for (const auto& c : commands) config::command_facts(src, c, facts);
  config::script_facts(src, data, config::TextOrigin{}, facts);
  scan_as("scripts/run.sh", data);
}

void treesitter(std::string_view data) {
  static const char* const kPaths[] = {"a.c", "a.cpp", "A.cs", "a.go", "A.java", "a.js", "A.kt", "a.py", "a.rb", "A.swift", "a.ts", "a.tsx"};
  auto [path, body] = select(data, kPaths);
  scan_as(path, body);
}

// Query text as a user's rules folder may hold it: read into shapes and predicate carriers (what a
// combined query compiles), both then compiled against a grammar picked by the first byte.
void queries(std::string_view data) {
  static const char* const kLanguages[] = {"c", "python", "go"};
  auto [language, text] = select(data, kLanguages);
  // QueryLibrary refuses what tree-sitter would read past or never finish (query_text_problem)
  // before tree-sitter sees it; the reader itself still takes any text.
  const auto split = ts::split_patterns(text);
  if (ts::query_text_problem(text)) return;
  if (!split) return;
  std::string shapes, carriers;
  for (const auto& p : *split) {
    shapes += p.shape + "\n";
    carriers += ts::predicate_carrier(p);
  }
  const TSLanguage* grammar = ts::find_grammar(language);
  for (const std::string* q : {&shapes, &carriers}) {
    if (ts::query_text_problem(*q)) continue;  // combine_by_shape compiles the text as written then
    uint32_t offset = 0;
    TSQueryError err = TSQueryErrorNone;
    if (TSQuery* compiled = ts_query_new(grammar, q->data(), static_cast<uint32_t>(q->size()), &offset, &err)) ts_query_delete(compiled);
  }
}

// Facts made up from the input, judged: linking, classification, bundle and pin verdicts.
void judge(std::string_view data) {
  Engine& e = engine();
  FuzzedDataProvider in(reinterpret_cast<const uint8_t*>(data.data()), data.size());
  static const char* const kObjects[] = {"", "ctx", "session", "client", "agent"};
  static const char* const kRules[] = {"ats-custom-ca-bundle", "ats-certificate-pinning", "ats-verification-disabled",
                                       "ats-embedded-certificate", "ats-custom-verify-callback", "ats-unknown"};
  auto object = [&] { return std::string(kObjects[in.ConsumeIntegralInRange<size_t>(0, std::size(kObjects) - 1)]); };
  auto location = [&](const std::string& file) {
    const int line = in.ConsumeIntegralInRange<int>(0, 50);
    return Location{file, line, in.ConsumeIntegralInRange<int>(0, 80), line + in.ConsumeIntegralInRange<int>(0, 3), 1};
  };
  std::vector<FileFacts> files;
  const size_t nfiles = in.ConsumeIntegralInRange<size_t>(1, 3);
  for (size_t f = 0; f < nfiles && in.remaining_bytes() > 0; ++f) {
    FileFacts ff;
    ff.file = "src/f" + std::to_string(f) + ".py";
    ff.is_test_code = in.ConsumeBool();
    const size_t n = in.ConsumeIntegralInRange<size_t>(0, 8);
    for (size_t i = 0; i < n && in.remaining_bytes() > 0; ++i) {
      switch (in.ConsumeIntegralInRange<int>(0, 2)) {
        case 0: {
          TrustFact t;
          t.rule_id = kRules[in.ConsumeIntegralInRange<size_t>(0, std::size(kRules) - 1)];
          t.kind = static_cast<TrustKind>(in.ConsumeIntegralInRange<int>(0, static_cast<int>(TrustKind::unresolved)));
          t.object = object();
          t.value = in.ConsumeRandomLengthString(256);
          const size_t nv = in.ConsumeIntegralInRange<size_t>(0, 3);
          for (size_t k = 0; k < nv; ++k) t.values.push_back(in.ConsumeRandomLengthString(64));
          t.verify_depth = in.ConsumeIntegralInRange<int>(0, 5);
          t.leaf_only_pins = in.ConsumeBool();
          t.location = location(ff.file);
          ff.trust.push_back(std::move(t));
          break;
        }
        case 1: {
          EndpointFact ep;
          ep.object = object();
          ep.value = in.ConsumeRandomLengthString(128);
          ep.location = location(ff.file);
          ff.endpoints.push_back(std::move(ep));
          break;
        }
        default: ff.uses.push_back({object(), object(), location(ff.file), ""}); break;
      }
    }
    files.push_back(std::move(ff));
  }
  JudgeOptions options;
  options.root = (scratch_dir() / "judge").string();
  fs::create_directories(options.root);
  Judge j(e.catalog, e.oracle, e.hosts, options);
  std::vector<Notification> notes;
  j.judge(files, notes);
}

// A small tree through the whole pipeline: the input split at NUL bytes into a Python file, a CI
// YAML file, a PEM bundle and an nginx config, walked, scanned and judged.
void pipeline(std::string_view data) {
  Engine& e = engine();
  static const char* const kFiles[] = {"app/client.py", ".gitlab-ci.yml", "certs/ca.pem", "conf/nginx.conf"};
  const fs::path root = scratch_dir() / "tree";
  std::error_code ec;
  fs::remove_all(root, ec);
  size_t start = 0;
  for (const char* name : kFiles) {
    size_t end = data.find('\0', start);
    if (end == std::string_view::npos) end = data.size();
    write(root / name, start <= data.size() ? data.substr(start, end - start) : std::string_view{});
    start = end + 1;
  }
  ScanOptions opts;
  opts.walk.roots = {root.string()};
  opts.jobs = 1;
  run_scan(opts, e.catalog, e.oracle, e.hosts);
}

// The whole-scan memo as a damaged cache would hand it back: a memo recorded for a small walk, its
// stored bytes overwritten at the offsets the input gives (pairs of a 16-bit offset and a byte;
// an input starting with '{' replaces the body by that JSON as CBOR), then replayed. A replay must
// give the recorded outcome back or say why not; never crash, hang or throw.
void memo(std::string_view data) {
  const fs::path dir = scratch_dir() / "memo-cache";
  std::error_code ec;
  fs::remove_all(dir, ec);
  ResultCache cache(dir, "fuzz-run");
  if (cache.open()) return;
  // Started long after the files were written, so that none is compared by content.
  ScanMemo memo(cache, "fuzz-key", 4'000'000'000'000'000'000);
  WalkResult walked;
  walked.root = "/fuzz/root";
  walked.files = {WalkEntry{"a.py", "/fuzz/root/a.py", 10, 1'000'000'000, 1'000'000'000, 7, 1},
                  WalkEntry{"certs/ca.pem", "/fuzz/root/certs/ca.pem", 1200, 1'000'000'000, 1'000'000'000, 8, 1}};
  walked.skipped = {WalkSkip{"big.bin", "larger than --max-file-size"}};
  MemoOutcome outcome;
  Finding f;
  f.rule_id = "ats-custom-ca-bundle";
  f.severity = Severity::error;
  f.message = "custom CA bundle";
  f.location = Location{"a.py", 3, 5, 3, 20};
  f.related.push_back({Location{"certs/ca.pem", 1, 1, 0, 0}, "certificate file loaded here"});
  f.path.push_back({Location{"a.py", 2, 1, 2, 9}, "assigned to CA"});
  outcome.findings.push_back(f);
  outcome.notifications.push_back({"a.py", "line 3: flow: a note", "note"});
  InputLog inputs;
  if (!memo.record(walked, {"", ""}, inputs, 5'000'000'000, outcome).empty()) return;
  std::string body, why;
  if (cache.load_entry(memo.slot(), body, why) != ResultCache::Lookup::hit) return;
  if (!data.empty() && data[0] == '{') {
    const auto j = nlohmann::json::parse(data, nullptr, false);
    if (j.is_discarded()) return;
    const auto cbor = nlohmann::json::to_cbor(j);
    body.assign(cbor.begin(), cbor.end());
  } else {
    for (size_t i = 0; i + 2 < data.size() && !body.empty(); i += 3) {
      const size_t at = (static_cast<unsigned char>(data[i]) << 8 | static_cast<unsigned char>(data[i + 1])) % (body.size() + 1);
      if (at == body.size()) body.resize(body.size() / 2);  // a truncation
      else body[at] = data[i + 2];
    }
  }
  cache.store_entry(memo.slot(), body);
  memo.replay(walked, 5'000'000'000, why);
}

}  // namespace

void prepare() { engine(); }

const std::map<std::string, Entry>& entries() {
  static const std::map<std::string, Entry> all{
      {"certs", certs},   {"pins", pins},     {"hosts", hosts},          {"plist", plist},
      {"android", android}, {"yaml", yaml},   {"config", config_files},  {"shell", shell},
      {"treesitter", treesitter}, {"judge", judge}, {"pipeline", pipeline}, {"memo", memo},
      {"queries", queries},
  };
  return all;
}

}  // namespace atscan::fuzz
