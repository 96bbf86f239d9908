// Nothing is reported in a translation unit that sets a verify mode other than SSL_VERIFY_NONE: then the
// handshake itself refuses a bad chain. Functions of the same file that ask for the result (directly or
// through one another) count as checks where they are called.
#include "clang-plugin/engine/peer_cert_check.h"

#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/Stmt.h>
#include <clang/AST/StmtCXX.h>

#include <functional>
#include <set>
#include <string>

#include "atscan/rule_ids.h"
#include "clang-plugin/engine/collector.h"
#include "core/paths/result_check.h"

namespace atscan::clangfe {
using namespace clang;
using paths::Cond;
using paths::Stmt;

namespace {

std::string callee_name(const CallExpr* call) {
  if (const FunctionDecl* fd = call->getDirectCallee()) return fd->getNameAsString();
  return {};
}

// Every statement and expression under `s`, pre-order; `f` returns false to skip a subtree.
void each(const clang::Stmt* s, const std::function<bool(const clang::Stmt*)>& f) {
  if (!s || !f(s)) return;
  if (isa<LambdaExpr>(s)) return;  // its own function
  for (const clang::Stmt* c : s->children()) each(c, f);
}

class Translator {
 public:
  Translator(ASTContext& ctx, const std::set<std::string>& checks, const CallExpr* start)
      : ctx_(ctx), checks_(checks), start_(start) {}

  void find_subject(const clang::Stmt* body) {
    each(body, [&](const clang::Stmt* s) {
      if (const auto* ds = dyn_cast<DeclStmt>(s)) {
        for (const Decl* d : ds->decls())
          if (const auto* v = dyn_cast<VarDecl>(d); v && v->getInit() && v->getInit()->IgnoreParenCasts() == start_) subject_ = v;
      } else if (const auto* b = dyn_cast<BinaryOperator>(s); b && b->getOpcode() == BO_Assign && b->getRHS()->IgnoreParenCasts() == start_) {
        if (const auto* r = dyn_cast<DeclRefExpr>(b->getLHS()->IgnoreParenImpCasts())) subject_ = dyn_cast<VarDecl>(r->getDecl());
      }
      return !subject_;
    });
  }

  Stmt statement(const clang::Stmt* s) {
    Stmt out;
    if (!s) return out;
    if (const auto* c = dyn_cast<CompoundStmt>(s)) {
      out.kind = Stmt::Kind::block;
      for (const clang::Stmt* k : c->body()) out.kids.push_back(statement(k));
      return out;
    }
    if (const auto* r = dyn_cast<ReturnStmt>(s)) {
      out.kind = Stmt::Kind::exit;
      if (r->getRetValue()) out.cond = expr(r->getRetValue());
      return out;
    }
    if (const auto* i = dyn_cast<IfStmt>(s)) {
      out.kind = Stmt::Kind::branch;
      if (const VarDecl* v = i->getConditionVariable(); v && v->getInit() && holds_start(v->getInit())) {
        if (v->getInit()->IgnoreParenCasts() == start_) subject_ = v;
      }
      if (i->isConsteval() || (i->getInit() && relevant(i->getInit()))) out.kind = Stmt::Kind::unknown;
      out.cond = expr(i->getCond());
      out.kids.push_back(statement(i->getThen()));
      if (i->getElse()) out.kids.push_back(statement(i->getElse()));
      return out;
    }
    if (const auto* l = dyn_cast<LabelStmt>(s)) return statement(l->getSubStmt());
    if (const auto* a = dyn_cast<AttributedStmt>(s)) return statement(a->getSubStmt());
    if (isa<GotoStmt>(s) || isa<IndirectGotoStmt>(s) || isa<BreakStmt>(s) || isa<ContinueStmt>(s)) {
      out.kind = Stmt::Kind::unknown;
      return out;
    }
    if (const auto* ds = dyn_cast<DeclStmt>(s)) {
      for (const Decl* d : ds->decls())
        if (const auto* v = dyn_cast<VarDecl>(d); v && v->getInit()) {
          if (holds_start(v->getInit())) return plain(expr(v->getInit()));
          if (holds_check(v->getInit())) out.cond.kind = Cond::Kind::check;
        }
      return out;
    }
    if (const auto* e = dyn_cast<Expr>(s)) {
      const Expr* bare = e->IgnoreParenImpCasts();
      if (isa<CXXThrowExpr>(bare)) out.kind = Stmt::Kind::stop;
      else if (const auto* call = dyn_cast<CallExpr>(bare); call && ends_path(call)) out.kind = Stmt::Kind::stop;
      else out.cond = expr(e);
      return out;
    }
    // Loops, switch, try, …: not followed. Harmless when nothing in them matters.
    if (relevant(s)) out.kind = Stmt::Kind::unknown;
    return out;
  }

 private:
  static Stmt plain(Cond c) {
    Stmt s;
    s.cond = std::move(c);
    return s;
  }

  bool ends_path(const CallExpr* call) const {
    const FunctionDecl* fd = call->getDirectCallee();
    return fd && (fd->isNoReturn() || paths::is_path_end_call(fd->getNameAsString()));
  }

  bool relevant(const clang::Stmt* s) const {
    bool found = false;
    each(s, [&](const clang::Stmt* c) {
      if (found) return false;
      if (c == start_ || isa<ReturnStmt>(c) || isa<GotoStmt>(c) || isa<IndirectGotoStmt>(c) || isa<CXXThrowExpr>(c)) found = true;
      else if (const auto* call = dyn_cast<CallExpr>(c)) found = checks_.count(callee_name(call)) > 0 || ends_path(call);
      return !found;
    });
    return found;
  }

  bool holds_start(const clang::Stmt* s) const {
    bool found = false;
    each(s, [&](const clang::Stmt* c) {
      found = found || c == start_;
      return !found;
    });
    return found;
  }

  bool holds_check(const clang::Stmt* s) const {
    bool found = false;
    each(s, [&](const clang::Stmt* c) {
      if (const auto* call = dyn_cast<CallExpr>(c); call && checks_.count(callee_name(call))) found = true;
      return !found;
    });
    return found;
  }

  bool null_like(const Expr* e) const {
    return e->isNullPointerConstant(ctx_, Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
  }

  Cond expr(const Expr* e) {
    if (!e) return {};
    e = e->IgnoreParenCasts();
    if (e == start_) return {Cond::Kind::start, {}};
    if (const auto* r = dyn_cast<DeclRefExpr>(e); r && subject_ && r->getDecl() == subject_) return {Cond::Kind::subject, {}};
    if (const auto* u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_LNot) return {Cond::Kind::negate, {expr(u->getSubExpr())}};
    if (const auto* b = dyn_cast<BinaryOperator>(e)) {
      switch (b->getOpcode()) {
        case BO_LAnd: return {Cond::Kind::both, {expr(b->getLHS()), expr(b->getRHS())}};
        case BO_LOr: return {Cond::Kind::either, {expr(b->getLHS()), expr(b->getRHS())}};
        case BO_Assign: return expr(b->getRHS());
        case BO_EQ:
        case BO_NE: {
          const Expr* other = null_like(b->getRHS()) ? b->getLHS() : null_like(b->getLHS()) ? b->getRHS() : nullptr;
          if (other) {
            Cond c = expr(other);
            if (c.kind == Cond::Kind::start || c.kind == Cond::Kind::subject || c.kind == Cond::Kind::negate)
              return b->getOpcode() == BO_NE ? c : Cond{Cond::Kind::negate, {c}};
          }
          break;
        }
        default: break;
      }
    }
    if (holds_start(e)) return {Cond::Kind::start, {}};  // taken inside a larger expression: effect only
    if (holds_check(e)) return {Cond::Kind::check, {}};
    return {};
  }

  ASTContext& ctx_;
  const std::set<std::string>& checks_;
  const CallExpr* start_;
  const VarDecl* subject_ = nullptr;
};

struct Function {
  const FunctionDecl* decl;
  std::set<std::string> calls;
  std::vector<const CallExpr*> peer_calls;
};

void gather(Decl* d, std::vector<Function>& fns, bool& verify_mode_set, ASTContext& ctx) {
  if (auto* fd = dyn_cast<FunctionDecl>(d); fd && fd->doesThisDeclarationHaveABody()) {
    Function f{fd, {}, {}};
    each(fd->getBody(), [&](const clang::Stmt* s) {
      const auto* call = dyn_cast<CallExpr>(s);
      if (!call) return true;
      const std::string name = callee_name(call);
      if (name.empty()) return true;
      f.calls.insert(name);
      if (paths::is_peer_certificate_call(name)) f.peer_calls.push_back(call);
      if (paths::is_verify_mode_setter(name) && call->getNumArgs() >= 2) {
        Expr::EvalResult mode;
        const Expr* m = call->getArg(1);
        if (m->isValueDependent() || !m->EvaluateAsInt(mode, ctx) || mode.Val.getInt() != 0) verify_mode_set = true;
      }
      return true;
    });
    fns.push_back(std::move(f));
  }
  if (auto* dc = dyn_cast<DeclContext>(d))
    for (Decl* inner : dc->decls())
      if (!isa<FunctionDecl>(d) || !isa<ParmVarDecl>(inner)) gather(inner, fns, verify_mode_set, ctx);
}

}  // namespace

void add_unchecked_peer_certificates(Collector& c, const std::vector<Decl*>& main_decls) {
  std::vector<Function> fns;
  bool verify_mode_set = false;
  for (Decl* d : main_decls) gather(d, fns, verify_mode_set, c.ast());
  bool any = false;
  for (const auto& f : fns) any = any || !f.peer_calls.empty();
  if (!any || verify_mode_set) return;

  std::set<std::string> checks;
  for (const auto& f : fns)
    for (const auto& n : f.calls)
      if (paths::is_verify_result_call(n)) checks.insert(n);
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& f : fns) {
      const std::string name = f.decl->getNameAsString();
      if (name.empty() || checks.count(name)) continue;
      for (const auto& n : f.calls)
        if (checks.count(n)) {
          grew = checks.insert(name).second || grew;
          break;
        }
    }
  }

  const SourceManager& sm = c.sm();
  for (const auto& f : fns)
    for (const CallExpr* call : f.peer_calls) {
      if (!sm.isInMainFile(sm.getExpansionLoc(call->getBeginLoc()))) continue;
      Translator tr(c.ast(), checks, call);
      tr.find_subject(f.decl->getBody());
      if (paths::check_paths(tr.statement(f.decl->getBody())) != paths::Outcome::unchecked) continue;
      TrustFact t;
      t.rule_id = rule_ids::kVerificationDisabled;
      t.kind = TrustKind::verify_disabled;
      t.api = callee_name(call) + " without SSL_get_verify_result on every path, and no SSL_VERIFY_PEER";
      c.add_trust(std::move(t), call->getBeginLoc(), {}, std::nullopt);
    }
}

}  // namespace atscan::clangfe
