#include "clang-plugin/tool/tu_runner.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/VirtualFileSystem.h>

#include "clang-plugin/engine/collector.h"

namespace atscan::clangfe {
namespace {

using namespace clang;

class Consumer : public ASTConsumer {
 public:
  Consumer(TuOutcome& out, const std::string& root) : out_(out), collector_(root) {}
  void HandleTranslationUnit(ASTContext& ctx) override {
    collector_.collect(ctx);
    if (out_.ran) return;  // the same file under a second compile command: the first one counts
    out_.ran = true;
    TuResult r = collector_.finish();
    out_.facts = std::move(r.facts);
    for (auto& [loc, fix] : r.fixes) out_.fixes.emplace(loc, std::move(fix.fix));
  }

 private:
  TuOutcome& out_;
  Collector collector_;
};

class Action : public ASTFrontendAction {
 public:
  Action(TuOutcome& out, const std::string& root) : out_(out), root_(root) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance&, llvm::StringRef) override {
    return std::make_unique<Consumer>(out_, root_);
  }

 private:
  TuOutcome& out_;
  const std::string& root_;
};

class Factory : public tooling::FrontendActionFactory {
 public:
  Factory(TuOutcome& out, const std::string& root) : out_(out), root_(root) {}
  std::unique_ptr<FrontendAction> create() override { return std::make_unique<Action>(out_, root_); }

 private:
  TuOutcome& out_;
  const std::string& root_;
};

// Compiler errors are counted and kept short; they are not printed (output stays one report).
class ErrorCounter : public DiagnosticConsumer {
 public:
  explicit ErrorCounter(TuOutcome& out) : out_(out) {}
  void HandleDiagnostic(DiagnosticsEngine::Level level, const Diagnostic& info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < DiagnosticsEngine::Error) return;
    ++out_.errors;
    if (out_.messages.size() >= 3) return;
    llvm::SmallString<160> text;
    info.FormatDiagnostic(text);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      PresumedLoc p = info.getSourceManager().getPresumedLoc(info.getSourceManager().getFileLoc(info.getLocation()));
      if (p.isValid()) where = std::string(llvm::sys::path::filename(p.getFilename())) + ":" + std::to_string(p.getLine()) + ": ";
    }
    out_.messages.push_back(where + text.str().str());
  }

 private:
  TuOutcome& out_;
};

}  // namespace

TuOutcome run_tu(const tooling::CompilationDatabase& db, const std::string& file, const std::string& root, const std::string& resource_dir) {
  TuOutcome out;
  out.file = file;
  if (db.getCompileCommands(file).empty()) return out;
  // A physical file system per TU: the shared real one changes the process working directory for each
  // compile command, which is not safe with TUs running in parallel.
  tooling::ClangTool tool(db, {file}, std::make_shared<PCHContainerOperations>(), llvm::vfs::createPhysicalFileSystem());
  tool.appendArgumentsAdjuster([resource_dir](const tooling::CommandLineArguments& args, llvm::StringRef) {
    for (const auto& a : args)
      if (llvm::StringRef(a).starts_with("-resource-dir")) return args;
    tooling::CommandLineArguments adjusted = args;
    adjusted.insert(adjusted.begin() + (adjusted.empty() ? 0 : 1), "-resource-dir=" + resource_dir);
    return adjusted;
  });
  ErrorCounter counter(out);
  tool.setDiagnosticConsumer(&counter);
  Factory factory(out, root);
  int rc = tool.run(&factory);
  if (rc != 0 && out.errors == 0) {
    ++out.errors;
    out.messages.push_back("the compiler could not process this translation unit");
  }
  return out;
}

}  // namespace atscan::clangfe
