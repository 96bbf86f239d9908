#include "clang-plugin/engine/judging.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <tuple>

#include "clang-plugin/judge_data/prebuilt.h"
#include "core/filters/suppressions.h"
#include "core/judge/judge.h"
#include "core/util/clock.h"

namespace atscan::clangfe {
namespace fs = std::filesystem;

std::string resolved_root(const EngineOptions& options) {
  std::error_code ec;
  fs::path root = options.root.empty() ? fs::current_path(ec) : fs::path(options.root);
  return fs::weakly_canonical(fs::absolute(root, ec), ec).generic_string();
}

JudgeContext& judge_context(const EngineOptions& options) {
  static std::mutex mu;
  static std::map<std::tuple<std::string, std::string, std::string>, std::unique_ptr<JudgeContext>> cache;
  const fs::path rules = options.rules_dir.empty() ? default_rules_dir(nullptr) : fs::path(options.rules_dir);
  std::lock_guard lock(mu);
  auto& slot = cache[{rules.string(), options.profile, options.now}];
  if (!slot) {
    auto ctx = std::make_unique<JudgeContext>();
    try {
      // The copy parsed at build time when rules/ is what the module was built with, else the YAML.
      if (auto prebuilt = judgedata::prebuilt_catalog(rules)) ctx->catalog = std::move(*prebuilt);
      else ctx->catalog = Catalog::load(rules);
    } catch (const std::exception& e) {
      throw std::runtime_error("atscan: cannot load the rule catalog from '" + rules.string() + "': " + e.what());
    }
    try {
      const bool is_file = options.profile.find('/') != std::string::npos || fs::path(options.profile).extension() == ".yaml";
      ctx->profile = judgedata::prebuilt_profile(is_file ? fs::path(options.profile) : rules / "profiles" / (options.profile + ".yaml"));
      if (!ctx->profile) ctx->profile = is_file ? Profile::load(options.profile) : Profile::load_named(rules, options.profile);
    } catch (const std::exception& e) {
      throw std::runtime_error("atscan: cannot load profile '" + options.profile + "': " + e.what());
    }
    std::int64_t now = 0;
    try {
      now = resolve_now(options.now);
    } catch (const std::exception& e) {
      throw std::runtime_error(std::string("atscan: ") + e.what());
    }
    ctx->oracle = std::make_unique<TrustOracle>(ctx->profile, now);
    ctx->hosts = std::make_unique<HostClassifier>(ctx->profile, judgedata::prebuilt_host_databases(*ctx->profile));
    slot = std::move(ctx);
  }
  return *slot;
}

std::vector<TuDiagnostic> judge_tu(const TuResult& tu, const EngineOptions& options) {
  std::vector<TuDiagnostic> out;
  // Loaded even for a TU without facts: a bad profile or rules directory is an error in every TU.
  JudgeContext& jc = judge_context(options);
  if (tu.facts.trust.empty()) return out;
  const std::string root = resolved_root(options);
  Judge judge(jc.catalog, *jc.oracle, *jc.hosts, JudgeOptions{root, options.lower_test_code});
  std::vector<Notification> notes;
  std::vector<Finding> findings = judge.judge({tu.facts}, notes);
  // The same in-source suppressions as the CLI (atscan:ignore, NOLINT, NOLINTNEXTLINE, NOLINTBEGIN/END).
  RunSummary summary;
  apply_suppressions(findings, root, SuppressionOptions{}, notes, summary);
  std::erase_if(findings, [](const Finding& f) { return f.suppression.has_value(); });
  sort_findings(findings);
  auto where = [&](const Location& l) {
    auto it = tu.where.find(Location{l.file, l.line, l.column, 0, 0});
    return it == tu.where.end() ? clang::SourceLocation() : it->second;
  };
  for (auto& f : findings) {
    if (f.severity < options.min_severity) continue;
    TuDiagnostic d;
    d.loc = where(f.location);
    if (d.loc.isInvalid()) continue;
    for (const auto& r : f.related)
      if (auto l = where(r.location); l.isValid()) d.notes.emplace_back(l, r.message);
    if (auto it = tu.fixes.find(Location{f.location.file, f.location.line, f.location.column, 0, 0}); it != tu.fixes.end()) {
      d.fix = &it->second;
      f.fix = it->second.fix;
    }
    d.finding = std::move(f);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace atscan::clangfe
