#include "clang-plugin/engine/values.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>

#include "clang-plugin/engine/collector.h"

namespace atscan::clangfe {
using namespace clang;

namespace {

constexpr int kMaxDepth = 8;

// Transparent wrappers around a value: temporaries, casts and copy constructions.
const Expr* strip(const Expr* e) {
  while (e) {
    e = e->IgnoreParenImpCasts();
    if (auto* x = dyn_cast<ExprWithCleanups>(e)) e = x->getSubExpr();
    else if (auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) e = m->getSubExpr();
    else if (auto* b = dyn_cast<CXXBindTemporaryExpr>(e)) e = b->getSubExpr();
    else if (auto* f = dyn_cast<CXXFunctionalCastExpr>(e)) e = f->getSubExpr();
    else if (auto* cs = dyn_cast<ExplicitCastExpr>(e)) e = cs->getSubExpr();
    else break;
  }
  return e;
}

// A literal spelled inside a macro body: the macro definition is where the value comes from.
void add_macro_origin(Collector& c, SourceLocation loc, Value& v) {
  if (loc.isMacroID() && c.sm().isMacroBodyExpansion(loc)) v.origins.push_back(c.location_of(c.sm().getSpellingLoc(loc)));
}

const VarDecl* var_of(const Expr* e) {
  if (auto* d = dyn_cast_or_null<DeclRefExpr>(e)) return dyn_cast<VarDecl>(d->getDecl());
  return nullptr;
}

}  // namespace

std::optional<Value> resolve_string(Collector& c, const Expr* e, int depth) {
  if (!e || depth > kMaxDepth) return std::nullopt;
  SourceLocation use = e->getBeginLoc();
  e = strip(e);
  if (auto* s = dyn_cast<StringLiteral>(e)) {
    Value v;
    v.text = s->getCharByteWidth() == 1 ? s->getString().str() : s->getBytes().str();
    add_macro_origin(c, s->getBeginLoc(), v);
    if (v.origins.empty()) add_macro_origin(c, use, v);
    return v;
  }
  if (const VarDecl* vd = var_of(e)) {
    const Expr* init = vd->getAnyInitializer();
    if (!init) return std::nullopt;
    auto v = resolve_string(c, init, depth + 1);
    if (v) {
      Value out;
      out.text = std::move(v->text);
      out.bytes = v->bytes;
      add_macro_origin(c, use, out);
      // The constant's definition comes first, then where its own value came from.
      if (!vd->isLocalVarDeclOrParm() || vd->getType().isConstQualified() || vd->isConstexpr())
        out.origins.push_back(c.location_of(vd->getLocation()));
      for (auto& o : v->origins) out.origins.push_back(std::move(o));
      return out;
    }
    return std::nullopt;
  }
  if (auto* ctor = dyn_cast<CXXConstructExpr>(e)) {  // std::string("…"), std::string(s)
    if (ctor->getNumArgs() >= 1 && !isa<CXXDefaultArgExpr>(ctor->getArg(0))) return resolve_string(c, ctor->getArg(0), depth + 1);
    return std::nullopt;
  }
  if (auto* op = dyn_cast<CXXOperatorCallExpr>(e); op && op->getOperator() == OO_Plus && op->getNumArgs() == 2) {
    auto a = resolve_string(c, op->getArg(0), depth + 1);
    auto b = a ? resolve_string(c, op->getArg(1), depth + 1) : std::nullopt;
    if (!a || !b) return std::nullopt;
    a->text += b->text;
    for (auto& o : b->origins) a->origins.push_back(std::move(o));
    return a;
  }
  if (auto* m = dyn_cast<CXXMemberCallExpr>(e)) {  // s.c_str(), s.data()
    if (auto* md = m->getMethodDecl(); md && md->getIdentifier() && (md->getName() == "c_str" || md->getName() == "data"))
      return resolve_string(c, m->getImplicitObjectArgument(), depth + 1);
    return std::nullopt;
  }
  if (auto* cond = dyn_cast<ConditionalOperator>(e)) {  // only when both arms agree
    auto a = resolve_string(c, cond->getTrueExpr(), depth + 1);
    auto b = resolve_string(c, cond->getFalseExpr(), depth + 1);
    if (a && b && a->text == b->text) return a;
  }
  return std::nullopt;
}

std::optional<std::int64_t> resolve_int(Collector& c, const Expr* e) {
  if (!e || e->isValueDependent() || e->containsErrors()) return std::nullopt;
  Expr::EvalResult r;
  if (e->EvaluateAsInt(r, c.ast())) return r.Val.getInt().getExtValue();
  if (const VarDecl* vd = var_of(strip(e)))  // a local `long off = 0;` used once
    if (const Expr* init = vd->getAnyInitializer(); init && vd->isLocalVarDecl() && init->EvaluateAsInt(r, c.ast()))
      return r.Val.getInt().getExtValue();
  return std::nullopt;
}

std::optional<Value> resolve_data(Collector& c, const Expr* e, int depth) {
  if (!e || depth > kMaxDepth) return std::nullopt;
  if (auto v = resolve_string(c, e, depth)) return v;
  e = strip(e);
  if (auto* list = dyn_cast<InitListExpr>(e)) {
    if (list->getNumInits() == 0) return std::nullopt;
    Value bytes;
    bytes.bytes = true;
    bool all_int = true;
    for (const Expr* init : list->inits()) {
      auto b = resolve_int(c, init);
      if (!b) {
        all_int = false;
        break;
      }
      bytes.text.push_back(static_cast<char>(*b & 0xff));
    }
    if (all_int) return bytes;
    for (const Expr* init : list->inits())  // an aggregate holding the data (curl_blob{data, len, flags})
      if (auto v = resolve_data(c, init, depth + 1)) return v;
    return std::nullopt;
  }
  if (auto* u = dyn_cast<UnaryOperator>(e); u && (u->getOpcode() == UO_AddrOf || u->getOpcode() == UO_Deref))
    return resolve_data(c, u->getSubExpr(), depth + 1);
  if (const VarDecl* vd = var_of(e)) {
    auto v = resolve_data(c, vd->getAnyInitializer(), depth + 1);
    if (v && (!vd->isLocalVarDeclOrParm() || vd->getType().isConstQualified())) v->origins.insert(v->origins.begin(), c.location_of(vd->getLocation()));
    return v;
  }
  if (auto* m = dyn_cast<MemberExpr>(e)) return resolve_data(c, m->getBase(), depth + 1);
  if (auto* call = dyn_cast<CallExpr>(e)) {
    for (const Expr* a : call->arguments())
      if (auto v = resolve_data(c, a, depth + 1); v && (v->looks_pem() || v->looks_der())) return v;
    if (auto* m = dyn_cast<CXXMemberCallExpr>(call)) return resolve_data(c, m->getImplicitObjectArgument(), depth + 1);
    return std::nullopt;
  }
  if (auto* ctor = dyn_cast<CXXConstructExpr>(e)) {
    for (const Expr* a : ctor->arguments())
      if (auto v = resolve_data(c, a, depth + 1); v && (v->looks_pem() || v->looks_der())) return v;
  }
  return std::nullopt;
}

std::string enum_name(const Expr* e) {
  if (!e) return "";
  e = strip(e);
  if (auto* d = dyn_cast<DeclRefExpr>(e))
    if (auto* ec = dyn_cast<EnumConstantDecl>(d->getDecl())) return ec->getName().str();
  return "";
}

}  // namespace atscan::clangfe
