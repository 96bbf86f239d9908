// clang-19 -fplugin=atscan-clang-plugin-19.so: runs the shared matchers after the main action (the
// build goes on) and reports findings as warnings "[ats-…]". Options:
//   -fplugin-arg-atscan-profile=NAME  -fplugin-arg-atscan-rules=DIR  -fplugin-arg-atscan-root=DIR
//   -fplugin-arg-atscan-min-severity=note|warning|error  -fplugin-arg-atscan-werror (findings as errors)
//   -fplugin-arg-atscan-now=YYYY-MM-DD (today for every date decision; default SOURCE_DATE_EPOCH, else the clock)
// (or the -Xclang -plugin-arg-atscan -Xclang key=value spelling).
#include <clang/AST/ASTConsumer.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendPluginRegistry.h>

#include "clang-plugin/engine/collector.h"
#include "clang-plugin/engine/judging.h"
#include "core/util/clock.h"

namespace atscan::clangfe {
namespace {

struct PluginOptions {
  EngineOptions engine;
  bool werror = false;
};

class Consumer : public clang::ASTConsumer {
 public:
  explicit Consumer(PluginOptions o) : options_(std::move(o)), collector_(resolved_root(options_.engine)) {}

  void HandleTranslationUnit(clang::ASTContext& ctx) override {
    collector_.collect(ctx);
    TuResult tu = collector_.finish();
    auto& de = ctx.getDiagnostics();
    std::vector<TuDiagnostic> diags;
    try {
      diags = judge_tu(tu, options_.engine);
    } catch (const std::exception& e) {
      de.Report(de.getCustomDiagID(clang::DiagnosticsEngine::Error, "%0")) << e.what();
      return;
    }
    const unsigned warn = de.getCustomDiagID(options_.werror ? clang::DiagnosticsEngine::Error : clang::DiagnosticsEngine::Warning, "%0 [%1]");
    // Note-level findings (ATS-safe) are remarks: never warnings, so -Werror builds do not fail on them.
    const unsigned remark = de.getCustomDiagID(clang::DiagnosticsEngine::Remark, "%0 [%1]");
    const unsigned note = de.getCustomDiagID(clang::DiagnosticsEngine::Note, "%0");
    for (const auto& d : diags) {
      {
        auto b = de.Report(d.loc, d.finding.severity == Severity::note ? remark : warn);
        b << d.finding.message << d.finding.rule_id;
        if (d.fix) b << clang::FixItHint::CreateInsertion(d.fix->at, d.fix->text);
      }
      for (const auto& [loc, text] : d.notes) de.Report(loc, note) << text;
    }
  }

 private:
  PluginOptions options_;
  Collector collector_;
};

class Action : public clang::PluginASTAction {
 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance&, llvm::StringRef) override {
    return std::make_unique<Consumer>(options_);
  }

  bool ParseArgs(const clang::CompilerInstance& ci, const std::vector<std::string>& args) override {
    auto& de = ci.getDiagnostics();
    for (const auto& a : args) {
      auto eq = a.find('=');
      std::string key = a.substr(0, eq), value = eq == std::string::npos ? "" : a.substr(eq + 1);
      if (key == "profile") options_.engine.profile = value;
      else if (key == "rules") options_.engine.rules_dir = value;
      else if (key == "root") options_.engine.root = value;
      else if (key == "now" && parse_iso_day(value)) options_.engine.now = value;
      else if (key == "werror") options_.werror = true;
      else if (key == "test-code-same-level") options_.engine.lower_test_code = false;
      else if (key == "min-severity" && parse_severity(value)) options_.engine.min_severity = *parse_severity(value);
      else {
        de.Report(de.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                     "atscan plugin: unknown argument '%0' (profile=, rules=, root=, now=YYYY-MM-DD, min-severity=, werror, test-code-same-level)"))
            << a;
        return false;
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

 private:
  PluginOptions options_;
};

}  // namespace
}  // namespace atscan::clangfe

static clang::FrontendPluginRegistry::Add<atscan::clangfe::Action> atscan_plugin("atscan", "atscan trust-configuration checks");
