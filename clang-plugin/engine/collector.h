#pragma once
// The shared Clang matchers: one matcher per node kind (calls, constructions, field assignments,
// local variables handed other objects), built from every family's name lists. Matches in the main
// file become facts; the three front doors judge them (per TU or across TUs).
// Only the main file's declarations are traversed (a traversal scope), so neither the matchers nor
// the parent map walk the headers: that walk cost more than the parse in a clang-tidy run.
#include <clang/AST/ASTContext.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "clang-plugin/engine/call_site.h"
#include "clang-plugin/engine/tu_result.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {

class Collector : public clang::ast_matchers::MatchFinder::MatchCallback {
 public:
  // `root`: absolute scan root; fact paths are relative to it (absolute when outside).
  explicit Collector(std::string root);

  // Runs the matchers over the main file's declarations of `ctx`.
  void collect(clang::ASTContext& ctx);
  // For a finder that walks the whole TU (clang-tidy's): one cheap matcher on the translation unit
  // that calls collect(); then on_end at the end of the TU.
  void register_matchers(clang::ast_matchers::MatchFinder& finder);
  void run(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  // MatchFinder calls this on its callbacks only (not on clang-tidy checks without matchers).
  void onEndOfTranslationUnit() override {
    if (on_end) on_end();
  }
  std::function<void()> on_end;
  // The main file's facts after matching, with order-independent rules applied (default paths kept).
  TuResult finish();

  // --- used by CallSite and the value resolver ---
  clang::ASTContext& ast() const { return *ast_; }
  const clang::SourceManager& sm() const { return ast_->getSourceManager(); }
  Location location_of(clang::SourceLocation loc);   // remembered for turning findings back into diagnostics
  std::string path_of(clang::FileID fid) const;      // relative to root
  std::string object_name(const clang::Expr* e) const;
  std::string scope_of(const clang::Stmt* s) const;  // qualified name of the enclosing function
  std::string result_object(const clang::Expr* e) const;
  // The variable whose struct initialiser holds `e` (`cfg` of `T cfg = {.field = e}`), "" if none.
  std::string initialised_object(const clang::Expr* e) const;
  std::string source_text(const clang::Expr* e) const;

  void add_trust(TrustFact f, clang::SourceLocation at, std::vector<std::string> keep_objects, std::optional<PendingFix> fix);
  void add_endpoint(EndpointFact e, clang::SourceLocation at);
  void add_use(UseFact u, clang::SourceLocation at);
  void keep(const std::string& object) { keeps_.insert(object); }
  // `object` is the server end of TLS (a context from a server method, a connection that accepts).
  void server_side(const std::string& object) { servers_.insert(object); }
  // `connection` was made from `context` (SSL_new): an accepting connection makes its context a server's.
  void connection_of(const std::string& context, const std::string& connection) { connections_.emplace_back(context, connection); }

 private:
  class Matches;  // the callback of the main-file finder
  void on_match(const clang::ast_matchers::MatchFinder::MatchResult& result);
  struct Dispatch {
    const Family* family;
    std::string table_name;
  };
  void dispatch(const std::string& qualified, const std::map<std::string, std::vector<Dispatch>>& table, SiteKind kind,
                const clang::Expr* node, std::vector<const clang::Expr*> args, const clang::Expr* object);
  void handover(const clang::VarDecl& var);
  void designated(const clang::InitListExpr& list);

  std::string root_;
  clang::ASTContext* ast_ = nullptr;
  std::map<std::string, std::vector<Dispatch>> functions_, constructors_, fields_;  // by last name component
  TuResult out_;
  std::vector<std::vector<std::string>> keep_objects_;  // parallel to out_.facts.trust
  std::set<std::string> keeps_;
  std::set<std::string> servers_;
  std::vector<std::pair<std::string, std::string>> connections_;  // (context, connection)
  std::set<std::pair<std::string, std::string>> seen_uses_;
  std::set<const clang::InitListExpr*> seen_lists_;  // semantic forms already dispatched
};

}  // namespace atscan::clangfe
