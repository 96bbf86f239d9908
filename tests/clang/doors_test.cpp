// Every C/C++ fixture (tests/clang/ and tests/fixtures/{c,cpp}/) through the three Clang front doors
// (clang-tidy module, -fplugin, atscan-clang) and through the tree-sitter fallback (`atscan scan`), against
// the one fixture dialect: a missing, unexpected or wrongly levelled [ats-…] diagnostic fails; the fallback
// may differ only where a `fallback:` annotation says so. Plus the checks a failed --load would hide.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "core/catalog/catalog.h"
#include "fixture.h"

namespace atscan::clangtest {
namespace {

namespace fs = std::filesystem;

// `atscan scan` runs here must not write the user's result cache. gtest_discover_tests keeps only the
// first entry of a multi-variable ENVIRONMENT, so the test binary sets it itself.
[[maybe_unused]] const bool kPrivateCache = [] {
  return ::setenv("XDG_CACHE_HOME", (fs::temp_directory_path() / "atscan-doors-test-cache").c_str(), 1) == 0;
}();

const std::string kFixtures = ATSCAN_CLANG_FIXTURES;
const std::string kHeaders = kFixtures + "/Inputs/Headers";

struct Outcome {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs from the source root, so paths in every door's output are tests/clang/<fixture>.
Outcome run(const std::string& command) {
  Outcome r;
  std::string cmd = "cd " + quote(ATSCAN_SOURCE_DIR) + " && " + command + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  for (size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) r.output.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string args_of(const Fixture& f) {
  std::string s;
  for (const auto& a : f.args) s += " " + quote(a);
  return s;
}

// Every door runs at this date, whatever the machine clock says.
const std::string kNow = "2026-06-01";

// Fixtures live under tests/, which the judge lowers as test code: every door is told not to, so the
// annotated levels are the judge's real ones.
std::string tidy_command(const Fixture& f, const std::string& file, const std::string& extra = "") {
  const std::string config = extra.find("-config=") != std::string::npos
                                 ? extra
                                 : extra + " -config=\"{CheckOptions: {Now: '" + kNow + "', LowerTestCode: 'false', MinSeverity: 'note'}}\"";
  return quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) + " -checks='-*,ats-*' --quiet " + config + " " + quote(file) + " --" +
         args_of(f);
}

enum class Door { tidy, plugin, tool, fallback };

std::string door_name(Door d) {
  switch (d) {
    case Door::tidy: return "tidy";
    case Door::plugin: return "plugin";
    case Door::tool: return "tool";
    case Door::fallback: return "fallback";
  }
  return "?";
}

// The level a door prints for a judge level: clang-tidy and -fplugin print notes as remarks (read as
// "note") and warnings and errors as warnings; atscan-clang and the fallback print the judge's level.
std::string door_level(Door d, const std::string& judge_level) {
  if (d != Door::tidy && d != Door::plugin) return judge_level;
  return judge_level == "note" ? "note" : "warning";
}

// tests/clang/*.{c,cpp} (the Clang fixtures) and tests/fixtures/{c,cpp}/*.{c,cpp} (the tree-sitter ones):
// every C/C++ fixture goes through every door.
std::vector<std::string> fixture_paths() {
  std::vector<std::string> out;
  for (const std::string& dir : {kFixtures, std::string(ATSCAN_SOURCE_DIR) + "/tests/fixtures/c", std::string(ATSCAN_SOURCE_DIR) + "/tests/fixtures/cpp"})
    for (const auto& e : fs::directory_iterator(dir)) {
      auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".cpp" || ext == ".c") && e.path().filename().string().find("_test.cpp") == std::string::npos &&
          e.path().filename() != "fixture.cpp")
        out.push_back(e.path().string());
    }
  std::sort(out.begin(), out.end());
  return out;
}

std::string rel_to_source(const std::string& path) { return fs::relative(path, ATSCAN_SOURCE_DIR).generic_string(); }

struct Param {
  std::string path;
  Door door;
};

// Keeps ctest's listing readable ("openssl.cpp through tidy", not the bytes of the struct).
void PrintTo(const Param& p, std::ostream* os) { *os << fs::path(p.path).filename().string() << " through " << door_name(p.door); }

class DoorTest : public ::testing::TestWithParam<Param> {};

TEST_P(DoorTest, DiagnosticsMatchAnnotations) {
  const Door door = GetParam().door;
  const Fixture f = parse_fixture(GetParam().path, kFixtures, kHeaders);
  const std::string rel = rel_to_source(f.path);
  Outcome r;
  switch (door) {
    case Door::tidy: r = run(tidy_command(f, rel)); break;
    case Door::plugin:
      r = run(quote(ATSCAN_CLANG) + " -fsyntax-only -fplugin=" + quote(ATSCAN_CLANG_PLUGIN) + " -fplugin-arg-atscan-now=" + kNow +
              " -fplugin-arg-atscan-test-code-same-level" + args_of(f) + " " + quote(rel));
      break;
    case Door::tool:
      r = run(quote(ATSCAN_CLANG_TOOL) + " --fail-on=never --test-code-same-level --now=" + kNow + " " + quote(rel) + " --" + args_of(f));
      EXPECT_EQ(r.exit_code, f.compile_errors ? 3 : 0) << r.output;
      break;
    case Door::fallback:
      // No compilation database: the tree-sitter fallback, whatever the TU's compile errors.
      r = run(quote(ATSCAN_CLI) + " scan --now " + kNow + " --test-code-same-level --fail-on never " + quote(rel));
      EXPECT_EQ(r.exit_code, 0) << r.output;
      break;
  }
  if (door == Door::tidy || door == Door::plugin) EXPECT_EQ(r.exit_code != 0, f.compile_errors) << r.output;
  atscan::testing::Annotations expected = f.annotations;
  for (auto& e : expected.findings)
    if (!e.level.empty()) e.level = door_level(door, e.level);
  auto problems = atscan::testing::check_annotations(expected, observed_in(f, parse_diagnostics(r.output)),
                                                     door == Door::fallback ? atscan::testing::Engine::fallback : atscan::testing::Engine::clang);
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all << "--- output ---\n" << r.output;
}

// Fixes are checked through clang-tidy --fix, for fixtures that have CHECK-FIXES.
class FixTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixTest, FixedFileMatchesAnnotations) {
  const Fixture f = parse_fixture(GetParam(), kFixtures, kHeaders);
  fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / ("fix-" + f.name);
  fs::create_directories(dir);
  fs::copy_file(f.path, dir / f.name, fs::copy_options::overwrite_existing);
  Outcome r = run(tidy_command(f, (dir / f.name).string(), "--fix"));
  std::ifstream in(dir / f.name);
  std::stringstream text;
  text << in.rdbuf();
  auto problems = compare_fixes(f, text.str());
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all << "--- fixed file ---\n" << text.str() << "--- output ---\n" << r.output;
}

std::vector<Param> params() {
  std::vector<Param> out;
  for (const auto& p : fixture_paths())
    for (Door d : {Door::tidy, Door::plugin, Door::tool, Door::fallback}) out.push_back({p, d});
  return out;
}

std::string param_name(const ::testing::TestParamInfo<Param>& info) {
  const std::string rel = rel_to_source(info.param.path);
  const std::string prefix = rel.rfind("tests/fixtures/", 0) == 0 ? "ts_" : "";  // tests/fixtures/c/openssl.c vs tests/clang/openssl.cpp
  std::string n = prefix + fs::path(info.param.path).filename().string() + "_" + door_name(info.param.door);
  for (char& c : n)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DoorTest, ::testing::ValuesIn(params()), param_name);

std::vector<std::string> fix_params() {
  std::vector<std::string> out;
  for (const auto& p : fixture_paths())
    if (!parse_fixture(p, kFixtures, kHeaders).fixes.empty()) out.push_back(p);
  return out;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixTest, ::testing::ValuesIn(fix_params()), [](const ::testing::TestParamInfo<std::string>& info) {
  std::string n = fs::path(info.param).filename().string();
  for (char& c : n)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
});

// A failed --load exits 0 and lists nothing: every C/C++ catalog rule must be a listed check.
TEST(TidyModule, ListChecksNamesEveryCatalogRuleForCAndCpp) {
  Outcome r = run(quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) + " --list-checks -checks='-*,ats-*'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::set<std::string> listed;
  std::istringstream in(r.output);
  for (std::string w; in >> w;)
    if (w.rfind("ats-", 0) == 0) listed.insert(w);
  Catalog catalog = Catalog::load(std::string(ATSCAN_SOURCE_DIR) + "/rules");
  int expected = 0;
  for (const auto& rule : catalog.rules()) {
    bool c_family = false;
    for (const auto& l : rule.languages) c_family = c_family || l == "c" || l == "cpp";
    if (!c_family) continue;
    ++expected;
    EXPECT_TRUE(listed.count(rule.id)) << rule.id << " is not a clang-tidy check:\n" << r.output;
  }
  EXPECT_EQ(static_cast<int>(listed.size()), expected) << r.output;
}

TEST(TidyModule, DumpConfigRoundTripsOptions) {
  Outcome r = run(quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) +
              " -checks='-*,ats-custom-ca-bundle' -config=\"{CheckOptions: {ats-custom-ca-bundle.Profile: other}}\" --dump-config");
  EXPECT_NE(r.output.find("ats-custom-ca-bundle.Profile: other"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("ats-custom-ca-bundle.RulesDir"), std::string::npos) << r.output;
}

TEST(TidyModule, UnknownProfileIsAConfigurationError) {
  const Fixture f = parse_fixture(kFixtures + "/openssl.cpp", kFixtures, kHeaders);
  Outcome r = run(tidy_command(f, "tests/clang/openssl.cpp", "-config=\"{CheckOptions: {Profile: no-such-profile}}\""));
  EXPECT_NE(r.output.find("cannot load profile 'no-such-profile'"), std::string::npos) << r.output;
  EXPECT_NE(r.exit_code, 0) << "a check that cannot run is an error, not a clean exit\n" << r.output;
}

// Configuration errors are hard errors in every door, even for a file with no trust configuration.
TEST(Doors, BadProfileOrRulesDirFailsEveryDoor) {
  const std::string file = "tests/clang/Inputs/doors/accepting_callback.cpp";
  const std::string args = " -std=c++17 -isystem " + quote(kHeaders);
  for (const std::string& cfg : {std::string("{CheckOptions: {Profile: no-such-profile}}"), std::string("{CheckOptions: {RulesDir: /no/such/rules}}")}) {
    Outcome tidy = run(quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) + " -checks='-*,ats-*' --quiet -config=" + quote(cfg) +
                       " /dev/null -- -x c");
    EXPECT_NE(tidy.exit_code, 0) << cfg << "\n" << tidy.output;
    EXPECT_NE(tidy.output.find("error:"), std::string::npos) << cfg << "\n" << tidy.output;
  }
  Outcome plugin = run(quote(ATSCAN_CLANG) + " -fsyntax-only -fplugin=" + quote(ATSCAN_CLANG_PLUGIN) +
                       " -fplugin-arg-atscan-profile=no-such-profile -x c /dev/null");
  EXPECT_NE(plugin.exit_code, 0) << plugin.output;
  EXPECT_NE(plugin.output.find("cannot load profile 'no-such-profile'"), std::string::npos) << plugin.output;
  Outcome tool = run(quote(ATSCAN_CLANG_TOOL) + " --profile=no-such-profile " + quote(file) + " --" + args);
  EXPECT_EQ(tool.exit_code, 2) << tool.output;
}

// A note-level finding (ACCEPTS) is never a warning: clang-tidy hides it unless MinSeverity asks,
// then shows a remark; -fplugin shows a remark; none of them fails a -Werror / WarningsAsErrors build.
TEST(Doors, AcceptsNotesAreNeverWarnings) {
  const std::string file = "tests/clang/Inputs/doors/accepting_callback.cpp";
  const std::string args = " -std=c++17 -isystem " + quote(kHeaders);
  const std::string tidy = quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) + " -checks='-*,ats-*' -warnings-as-errors='*' --quiet ";
  Outcome hidden = run(tidy + quote(file) + " --" + args);
  EXPECT_EQ(hidden.exit_code, 0) << hidden.output;
  EXPECT_EQ(hidden.output.find("ats-custom-verify-callback"), std::string::npos) << hidden.output;
  Outcome asked = run(tidy + "-config=\"{CheckOptions: {MinSeverity: note}}\" " + quote(file) + " --" + args);
  EXPECT_EQ(asked.exit_code, 0) << asked.output;
  EXPECT_EQ(asked.output.find("warning:"), std::string::npos) << asked.output;
  EXPECT_EQ(asked.output.find("error:"), std::string::npos) << asked.output;
  EXPECT_NE(asked.output.find("remark: custom verification callback (SSL_CTX_set_verify): ACCEPTS"), std::string::npos) << asked.output;

  Outcome plugin = run(quote(ATSCAN_CLANG) + " -fsyntax-only -Werror -fplugin=" + quote(ATSCAN_CLANG_PLUGIN) + args + " " + quote(file));
  EXPECT_EQ(plugin.exit_code, 0) << plugin.output;
  EXPECT_NE(plugin.output.find("remark: custom verification callback (SSL_CTX_set_verify): ACCEPTS"), std::string::npos) << plugin.output;

  Outcome tool = run(quote(ATSCAN_CLANG_TOOL) + " " + quote(file) + " --" + args);
  EXPECT_EQ(tool.exit_code, 0) << tool.output;
  EXPECT_NE(tool.output.find("note: custom verification callback (SSL_CTX_set_verify): ACCEPTS"), std::string::npos) << tool.output;
}

TEST(TidyModule, NowRoundTripsAndABadNowIsAConfigurationError) {
  Outcome dump = run(quote(ATSCAN_CLANG_TIDY) + " --load=" + quote(ATSCAN_TIDY_MODULE) +
                     " -checks='-*,ats-custom-ca-bundle' -config=\"{CheckOptions: {Now: '2026-06-01'}}\" --dump-config");
  EXPECT_NE(dump.output.find("ats-custom-ca-bundle.Now: 2026-06-01"), std::string::npos) << dump.output;
  const Fixture f = parse_fixture(kFixtures + "/openssl.cpp", kFixtures, kHeaders);
  Outcome bad = run(tidy_command(f, "tests/clang/openssl.cpp", "-config=\"{CheckOptions: {Now: 'next week'}}\""));
  EXPECT_NE(bad.output.find("invalid Now 'next week'"), std::string::npos) << bad.output;
}

TEST(Plugin, BadNowIsAnError) {
  Outcome r = run(quote(ATSCAN_CLANG) + " -fsyntax-only -fplugin=" + quote(ATSCAN_CLANG_PLUGIN) + " -fplugin-arg-atscan-now=2026-02-30 -x c /dev/null");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.output.find("unknown argument 'now=2026-02-30'"), std::string::npos) << r.output;
}

TEST(Tool, BadNowExitsTwo) {
  Outcome r = run(quote(ATSCAN_CLANG_TOOL) + " --now=tomorrow tests/clang/openssl.cpp -- -std=c++17");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("--now 'tomorrow' is not a date (YYYY-MM-DD)"), std::string::npos) << r.output;
}

// The modules carry the catalog and profiles of rules/ parsed at build time; a rules directory whose
// files differ by a byte is read from its YAML, so an edited message or host tag shows at once.
TEST(TidyModule, AnEditedRulesDirIsReadFromItsYaml) {
  const fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / "edited-rules";
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  fs::copy(fs::path(ATSCAN_SOURCE_DIR) / "rules", dir, fs::copy_options::recursive);
  auto edit = [](const fs::path& p, const std::string& from, const std::string& to) {
    std::ifstream in(p, std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " in " << p;
    text.replace(at, from.size(), to);
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
  };
  edit(dir / "ats-verification-disabled.yaml", "certificate verification is disabled", "verification switched off (edited)");
  edit(dir / "profiles" / "aws-ats.yaml", "tag: CF-DEFAULT", "tag: CF-EDITED");
  const Fixture f = parse_fixture(kFixtures + "/real_headers.c", kFixtures, kHeaders);
  const std::string config = "-config=\"{CheckOptions: {Now: '" + kNow + "', LowerTestCode: 'false', MinSeverity: 'note'";
  Outcome stock = run(tidy_command(f, "tests/clang/real_headers.c", config + "}}\""));
  EXPECT_NE(stock.output.find("warning: certificate verification is disabled (SSL_CTX_set_verify(SSL_VERIFY_NONE))"), std::string::npos) << stock.output;
  EXPECT_NE(stock.output.find("(CF-DEFAULT)"), std::string::npos) << stock.output;
  Outcome edited = run(tidy_command(f, "tests/clang/real_headers.c", config + ", RulesDir: '" + dir.string() + "'}}\""));
  EXPECT_NE(edited.output.find("warning: verification switched off (edited) (SSL_CTX_set_verify(SSL_VERIFY_NONE))"), std::string::npos) << edited.output;
  EXPECT_NE(edited.output.find("(CF-EDITED)"), std::string::npos) << edited.output;
  EXPECT_EQ(edited.output.find("(CF-DEFAULT)"), std::string::npos) << edited.output;
}

TEST(Plugin, UnknownArgumentIsAnError) {
  Outcome r = run(quote(ATSCAN_CLANG) + " -fsyntax-only -fplugin=" + quote(ATSCAN_CLANG_PLUGIN) + " -fplugin-arg-atscan-bogus=1 -x c /dev/null");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.output.find("unknown argument 'bogus=1'"), std::string::npos) << r.output;
}

TEST(Tool, FileWithoutCompileCommandExitsTwo) {
  fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / "emptydb";
  fs::create_directories(dir);
  std::ofstream(dir / "compile_commands.json") << "[]\n";
  Outcome r = run(quote(ATSCAN_CLANG_TOOL) + " -p " + quote(dir.string()) + " tests/clang/openssl.cpp");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("no compile command"), std::string::npos) << r.output;
}

TEST(Tool, CompilationDatabaseParallelRunJudgesEveryUnit) {
  // Two TUs from a compile_commands.json, run with -j2, judged together.
  fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / "db";
  fs::create_directories(dir);
  std::ofstream db(dir / "compile_commands.json");
  db << "[\n";
  const char* files[] = {"curl.cpp", "openssl.cpp"};
  for (int i = 0; i < 2; ++i)
    db << (i ? "," : "") << "{\"directory\": \"" << kFixtures << "\", \"file\": \"" << files[i] << "\", \"arguments\": [\"clang++\", \"-std=c++17\", \"-isystem\", \""
       << kHeaders << "\", \"-c\", \"" << files[i] << "\"]}\n";
  db << "]\n";
  db.close();
  Outcome r = run(quote(ATSCAN_CLANG_TOOL) + " -p " + quote(dir.string()) + " -j 2 --fail-on=note");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  auto diags = parse_diagnostics(r.output);
  std::set<std::string> files_seen;
  for (const auto& d : diags) files_seen.insert(d.file);
  EXPECT_EQ(files_seen, (std::set<std::string>{"tests/clang/curl.cpp", "tests/clang/openssl.cpp"})) << r.output;
}

}  // namespace
}  // namespace atscan::clangtest
