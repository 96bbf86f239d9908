#include "clang-plugin/tidy/ats_check.h"

#include "clang-plugin/engine/collector.h"
#include "core/util/clock.h"

namespace atscan::clangfe {

// The collector and the judged diagnostics of the TU being checked, shared by its ats- checks.
struct SharedTu {
  explicit SharedTu(const EngineOptions& o) : options(o), collector(resolved_root(o)) {}
  EngineOptions options;
  Collector collector;
  clang::ast_matchers::MatchFinder* finder = nullptr;
  bool judged = false;
  std::string error;
  TuResult result;
  std::vector<TuDiagnostic> diagnostics;
  std::vector<AtsCheck*> checks;
};

AtsCheck::AtsCheck(llvm::StringRef name, clang::tidy::ClangTidyContext* context) : ClangTidyCheck(name, context), check_name_(name.str()) {
  options_.rules_dir = Options.getLocalOrGlobal("RulesDir", "").str();
  options_.profile = Options.getLocalOrGlobal("Profile", "aws-ats").str();
  options_.root = Options.getLocalOrGlobal("Root", "").str();
  options_.now = Options.getLocalOrGlobal("Now", "").str();
  if (!options_.now.empty() && !parse_iso_day(options_.now))
    configurationDiag("invalid Now '%0' for %1: use YYYY-MM-DD") << options_.now << name;
  options_.lower_test_code = Options.getLocalOrGlobal("LowerTestCode", true);
  // Note-level findings (a trust set that accepts the ATS chains) are hidden unless asked for, and
  // then reported as remarks: never as warnings, which WarningsAsErrors builds would fail on.
  min_severity_ = Options.getLocalOrGlobal("MinSeverity", "warning").str();
  if (auto s = parse_severity(min_severity_)) options_.min_severity = *s;
  else
    configurationDiag("invalid MinSeverity '%0' for %1: use note, warning or error", clang::DiagnosticIDs::Error) << min_severity_ << name;
}

void AtsCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap& opts) {
  Options.store(opts, "RulesDir", options_.rules_dir);
  Options.store(opts, "Profile", options_.profile);
  Options.store(opts, "Root", options_.root);
  Options.store(opts, "Now", options_.now);
  Options.store(opts, "LowerTestCode", options_.lower_test_code);
  Options.store(opts, "MinSeverity", min_severity_);
}

void AtsCheck::registerMatchers(clang::ast_matchers::MatchFinder* finder) {
  // One collector per TU: the first ats- check registers the matchers, the others join it. A new
  // finder means a new TU (the previous TU's checks, and with them its collector, are gone).
  static std::weak_ptr<SharedTu> current;
  auto tu = current.lock();
  if (!tu || tu->finder != finder) {
    tu = std::make_shared<SharedTu>(options_);
    tu->finder = finder;
    tu->collector.register_matchers(*finder);
    // The collector is the only match callback, so it hears the end of the TU and lets every check report.
    SharedTu* raw = tu.get();
    tu->collector.on_end = [raw] {
      for (AtsCheck* c : raw->checks) c->onEndOfTranslationUnit();
    };
    current = tu;
  }
  tu->checks.push_back(this);
  tu_ = tu;
}

void AtsCheck::onEndOfTranslationUnit() {
  if (!tu_) return;
  if (!tu_->judged) {
    tu_->judged = true;
    tu_->result = tu_->collector.finish();
    try {
      tu_->diagnostics = judge_tu(tu_->result, tu_->options);
    } catch (const std::exception& e) {
      // A bad Profile or RulesDir runs no check: an error, so clang-tidy exits non-zero.
      tu_->error = e.what();
      configurationDiag("%0", clang::DiagnosticIDs::Error) << tu_->error;
    }
  }
  const std::string& self = check_name_;
  for (const auto& d : tu_->diagnostics) {
    if (d.finding.rule_id != self) continue;
    {
      const auto level = d.finding.severity == Severity::note ? clang::DiagnosticIDs::Remark : clang::DiagnosticIDs::Warning;
      auto builder = diag(d.loc, "%0", level) << d.finding.message;
      if (d.fix) builder << clang::FixItHint::CreateInsertion(d.fix->at, d.fix->text);
    }
    for (const auto& [loc, text] : d.notes) diag(loc, "%0", clang::DiagnosticIDs::Note) << text;
  }
}

}  // namespace atscan::clangfe
