// clang-tidy-19 --load=atscan-tidy-19.so: registers one check per rule id the Clang matchers emit.
#include <clang-tidy/ClangTidyModule.h>
#include <clang-tidy/ClangTidyModuleRegistry.h>

#include "clang-plugin/engine/rule_ids.h"
#include "clang-plugin/tidy/ats_check.h"

namespace atscan::clangfe {

class AtscanTidyModule : public clang::tidy::ClangTidyModule {
 public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories& factories) override {
    for (std::string_view id : kClangRuleIds)
      factories.registerCheckFactory(id, [](llvm::StringRef name, clang::tidy::ClangTidyContext* ctx) {
        return std::make_unique<AtsCheck>(name, ctx);
      });
  }
};

}  // namespace atscan::clangfe

static clang::tidy::ClangTidyModuleRegistry::Add<atscan::clangfe::AtscanTidyModule> atscan_tidy_module(
    "atscan-module", "atscan: trust configuration that breaks S3/CloudFront after a CA change");
