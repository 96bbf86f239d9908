// atscan-clang: the Clang engine over a compilation database, parallel over translation units,
// judged once across all of them, reported by the core reporters.
//   atscan-clang -p build/ [files…] [-j N] [--format text|…] [-o FILE] [--fail-on error|warning|note|never]
// Exit: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error,
//       3 at least one translation unit had compiler errors (its findings are what parsed).
#include <clang/Tooling/CommonOptionsParser.h>
#include <llvm/Support/CommandLine.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "clang-plugin/engine/judging.h"
#include "clang-plugin/tool/tu_runner.h"
#include "core/filters/suppressions.h"
#include "core/judge/judge.h"
#include "core/model/fingerprint.h"
#include "core/report/reporter.h"

namespace {

namespace cl = llvm::cl;
using namespace atscan;
using namespace atscan::clangfe;

cl::OptionCategory category("atscan-clang options");
cl::opt<unsigned> jobs("j", cl::desc("Translation units in parallel (default: all cores)"), cl::init(0), cl::cat(category));
cl::opt<std::string> format("format", cl::desc("Output format (text, jsonl, sarif, … as built)"), cl::init("text"), cl::cat(category));
cl::opt<std::string> output("o", cl::desc("Write the report to FILE"), cl::value_desc("FILE"), cl::cat(category));
cl::opt<std::string> profile("profile", cl::desc("CA migration profile: name under rules/profiles or a YAML file"), cl::init("aws-ats"),
                             cl::cat(category));
cl::opt<std::string> rules("rules", cl::desc("Rule catalog directory"), cl::cat(category));
cl::opt<std::string> root("root", cl::desc("Scan root: paths in the report are relative to it (default: current directory)"),
                          cl::cat(category));
cl::opt<std::string> fail_on("fail-on", cl::desc("Exit 1 when a finding is at or above: error, warning, note, never"), cl::init("error"),
                             cl::cat(category));
cl::opt<std::string> now("now", cl::desc("Today for every date decision, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the machine clock)"),
                         cl::cat(category));
cl::opt<bool> test_same("test-code-same-level", cl::desc("Report test code at the same level as other code"), cl::cat(category));

void fill_snippets(const std::string& root_dir, std::vector<Finding>& findings) {
  std::map<std::string, std::vector<std::string>> lines_of;
  for (auto& f : findings) {
    if (f.location.line <= 0) continue;
    auto [it, fresh] = lines_of.try_emplace(f.location.file);
    if (fresh) {
      std::filesystem::path p(f.location.file.str());
      std::ifstream in(p.is_absolute() ? p : std::filesystem::path(root_dir) / p, std::ios::binary);
      for (std::string l; std::getline(in, l);) it->second.push_back(l.empty() || l.back() != '\r' ? l : l.substr(0, l.size() - 1));
    }
    if (f.location.line <= static_cast<int>(it->second.size())) {
      const std::string& s = it->second[f.location.line - 1];
      auto b = s.find_first_not_of(" \t");
      f.snippet = b == std::string::npos ? "" : s.substr(b, 240);
    }
  }
}

}  // namespace

int main(int argc, const char** argv) {
  auto parsed = clang::tooling::CommonOptionsParser::create(argc, argv, category, cl::ZeroOrMore,
                                                            "atscan-clang: trust configuration in C and C++ through Clang\n");
  if (!parsed) {
    llvm::errs() << "atscan-clang: error: " << llvm::toString(parsed.takeError()) << "\n";
    return 2;
  }
  auto severity = parse_severity(fail_on);
  auto reporter = make_reporter(format);
  if (!severity || !reporter) {
    std::cerr << "atscan-clang: error: " << (!severity ? "--fail-on: expected error, warning, note or never" : "--format: unknown format '" + format + "'")
              << '\n';
    return 2;
  }
  EngineOptions options;
  options.rules_dir = rules;
  options.profile = profile;
  options.root = root;
  options.now = now;
  options.lower_test_code = !test_same;
  const std::string root_dir = resolved_root(options);
  JudgeContext* jc = nullptr;
  try {
    jc = &judge_context(options);
  } catch (const std::exception& e) {
    std::cerr << "atscan-clang: error: " << e.what() << '\n';
    return 2;
  }

  // Without source paths CommonOptionsParser loads no database: then every TU of the -p database runs.
  std::vector<std::string> files = parsed->getSourcePathList();
  std::unique_ptr<clang::tooling::CompilationDatabase> own_db;
  if (files.empty()) {
    std::string build_path = ".", error;
    for (int i = 1; i < argc; ++i) {
      llvm::StringRef a(argv[i]);
      if ((a == "-p" || a == "--p") && i + 1 < argc) build_path = argv[++i];
      else if (a.starts_with("-p=") || a.starts_with("--p=")) build_path = a.substr(a.find('=') + 1).str();
      else if (a == "--") break;
    }
    own_db = clang::tooling::CompilationDatabase::autoDetectFromDirectory(build_path, error);
    if (!own_db) {
      std::cerr << "atscan-clang: error: " << error << '\n';
      return 2;
    }
    files = own_db->getAllFiles();
  }
  const clang::tooling::CompilationDatabase& db = own_db ? *own_db : parsed->getCompilations();
  if (files.empty()) {
    std::cerr << "atscan-clang: error: no translation units: give files, or -p with a compile_commands.json\n";
    return 2;
  }

  std::vector<TuOutcome> outcomes(files.size());
  std::atomic<size_t> next{0};
  unsigned n = jobs ? jobs.getValue() : std::max(1u, std::thread::hardware_concurrency());
  n = std::min<unsigned>(n, static_cast<unsigned>(files.size()));
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) outcomes[i] = run_tu(db, files[i], root_dir, ATSCAN_CLANG_RESOURCE_DIR);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();

  ReportContext ctx;
  ctx.catalog = &jc->catalog;
  ctx.root = root_dir;
  std::vector<FileFacts> facts;
  std::map<Location, Fix> fixes;
  bool had_errors = false, missing = false;
  std::map<std::string, bool> seen;  // a file compiled by several databases entries counts once
  for (auto& o : outcomes) {
    if (!o.ran) {
      ctx.notifications.push_back({o.file, "no compile command for this file in the compilation database", "error"});
      ++ctx.summary.files_skipped;
      missing = true;
      continue;
    }
    ++ctx.summary.files_scanned;
    if (o.errors) {
      had_errors = true;
      std::string msg = std::to_string(o.errors) + " compiler error(s); findings are from what parsed";
      for (const auto& m : o.messages) msg += "; " + m;
      ctx.notifications.push_back({o.facts.file.empty() ? o.file : o.facts.file, msg, "error"});
    }
    if (seen[o.facts.file]) continue;
    seen[o.facts.file] = true;
    for (auto& [l, f] : o.fixes) fixes.emplace(l, std::move(f));
    if (!o.facts.trust.empty()) facts.push_back(std::move(o.facts));
  }

  Judge judge(jc->catalog, *jc->oracle, *jc->hosts, JudgeOptions{root_dir, options.lower_test_code});
  std::vector<Finding> findings = judge.judge(facts, ctx.notifications);
  for (auto& f : findings)
    if (auto it = fixes.find(Location{f.location.file, f.location.line, f.location.column, 0, 0}); it != fixes.end()) f.fix = it->second;
  // The same in-source suppressions as every other door; suppressed findings are kept, marked.
  apply_suppressions(findings, root_dir, SuppressionOptions{}, ctx.notifications, ctx.summary);
  fill_snippets(root_dir, findings);
  sort_findings(findings);
  assign_fingerprints(findings);
  std::sort(ctx.notifications.begin(), ctx.notifications.end());

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output.empty()) {
    file.open(output, std::ios::binary);
    if (!file) {
      std::cerr << "atscan-clang: error: -o: cannot write '" << output << "'\n";
      return 2;
    }
    out = &file;
  }
  reporter->write(*out, findings, ctx);
  out->flush();
  if (had_errors) return 3;
  if (missing) return 2;
  if (*severity == Severity::none) return 0;
  for (const auto& f : findings)
    if (!f.suppression && f.severity >= *severity) return 1;
  return 0;
}
