#pragma once
/// One clang-tidy check per catalog rule (`ats-custom-ca-bundle`, …). All enabled ats- checks of a
/// translation unit share one fact collector, so the matchers run once however many are enabled;
/// at the end of the TU the judge runs once and each check reports the findings of its rule.
/// Docs: docs/integrations/clang-tidy.md, docs/rules/<check>.md.
#include <clang-tidy/ClangTidyCheck.h>

#include <memory>

#include "clang-plugin/engine/judging.h"

namespace atscan::clangfe {

struct SharedTu;

class AtsCheck : public clang::tidy::ClangTidyCheck {
 public:
  AtsCheck(llvm::StringRef name, clang::tidy::ClangTidyContext* context);
  void registerMatchers(clang::ast_matchers::MatchFinder* finder) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap& opts) override;

 private:
  std::string check_name_;
  EngineOptions options_;
  std::string min_severity_;
  std::shared_ptr<SharedTu> tu_;
};

}  // namespace atscan::clangfe
