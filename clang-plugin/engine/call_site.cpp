#include "clang-plugin/engine/call_site.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>

#include "clang-plugin/engine/collector.h"
#include "clang-plugin/engine/values.h"

namespace atscan::clangfe {
using namespace clang;

CallSite::CallSite(Collector& collector, SiteKind kind, std::string name, const Expr* node, std::vector<const Expr*> args,
                   const Expr* object)
    : c_(collector), kind_(kind), name_(std::move(name)), node_(node), args_(std::move(args)), object_(object) {}

std::optional<Value> CallSite::string_arg(size_t i) const { return resolve_string(c_, arg(i)); }
std::optional<Value> CallSite::data_arg(size_t i) const { return resolve_data(c_, arg(i)); }
std::optional<std::int64_t> CallSite::int_arg(size_t i) const { return resolve_int(c_, arg(i)); }
std::string CallSite::enum_arg(size_t i) const { return enum_name(arg(i)); }
std::string CallSite::object_arg(size_t i) const { return c_.object_name(arg(i)); }
std::string CallSite::text_arg(size_t i) const { return arg(i) ? c_.source_text(arg(i)) : ""; }

bool CallSite::null_arg(size_t i) const {
  const Expr* a = arg(i);
  return a && !a->isValueDependent() && a->isNullPointerConstant(c_.ast(), Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

std::string CallSite::arg_type(size_t i) const {
  const Expr* a = arg(i);
  if (!a) return "";
  if (auto* rd = a->getType()->getAsCXXRecordDecl()) return rd->getQualifiedNameAsString();
  return "";
}

const FunctionDecl* CallSite::callback_arg(size_t i) const {
  const Expr* a = arg(i);
  if (!a) return nullptr;
  a = a->IgnoreParenImpCasts();
  if (auto* m = dyn_cast<MaterializeTemporaryExpr>(a)) a = m->getSubExpr()->IgnoreParenImpCasts();
  if (auto* ctor = dyn_cast<CXXConstructExpr>(a); ctor && ctor->getNumArgs() == 1) a = ctor->getArg(0)->IgnoreParenImpCasts();  // std::function
  if (auto* m = dyn_cast<MaterializeTemporaryExpr>(a)) a = m->getSubExpr()->IgnoreParenImpCasts();
  if (auto* u = dyn_cast<UnaryOperator>(a); u && u->getOpcode() == UO_AddrOf) a = u->getSubExpr()->IgnoreParenImpCasts();
  if (auto* conv = dyn_cast<CXXMemberCallExpr>(a)) a = conv->getImplicitObjectArgument()->IgnoreParenImpCasts();  // lambda → fn ptr
  if (auto* lambda = dyn_cast<LambdaExpr>(a)) return lambda->getCallOperator();
  if (auto* d = dyn_cast<DeclRefExpr>(a)) {
    if (auto* fd = dyn_cast<FunctionDecl>(d->getDecl())) {
      const FunctionDecl* def = nullptr;
      return fd->hasBody(def) ? def : fd;
    }
    if (auto* vd = dyn_cast<VarDecl>(d->getDecl()); vd && vd->getInit()) {  // auto cb = [](…){…};
      const Expr* init = vd->getInit()->IgnoreParenImpCasts();
      if (auto* ctor = dyn_cast<CXXConstructExpr>(init); ctor && ctor->getNumArgs() == 1) init = ctor->getArg(0)->IgnoreParenImpCasts();
      if (auto* m = dyn_cast<MaterializeTemporaryExpr>(init)) init = m->getSubExpr()->IgnoreParenImpCasts();
      if (auto* lambda = dyn_cast<LambdaExpr>(init)) return lambda->getCallOperator();
    }
  }
  return nullptr;
}

std::string CallSite::this_object() const {
  if (kind_ == SiteKind::construct) return result_object();
  if (kind_ == SiteKind::assign && object_)  // the assigned field's owner
    if (auto* m = dyn_cast<MemberExpr>(object_->IgnoreParenImpCasts())) return c_.object_name(m->getBase());
  if (kind_ == SiteKind::assign && !object_) return c_.initialised_object(node_);  // a struct initialiser: the initialised variable
  return c_.object_name(object_);
}

std::string CallSite::result_object() const { return c_.result_object(node_); }

void CallSite::trust(TrustFact f, const std::optional<Value>& value, std::vector<std::string> keep_objects) {
  if (value) {
    if (f.value.empty() && f.values.empty()) f.value = value->text;
    for (const auto& o : value->origins) f.value_origins.push_back(o);
  }
  SourceLocation at = isa<CXXMemberCallExpr>(node_) ? node_->getExprLoc() : node_->getBeginLoc();
  if (kind_ == SiteKind::assign && object_)
    if (auto* m = dyn_cast<MemberExpr>(object_->IgnoreParenImpCasts())) at = m->getMemberLoc();
  if (kind_ == SiteKind::construct)
    if (auto* ctor = dyn_cast<CXXConstructExpr>(node_)) at = ctor->getLocation();
  c_.add_trust(std::move(f), at, std::move(keep_objects), std::nullopt);
}

void CallSite::trust_with_insert_fix(TrustFact f, const std::optional<Value>& value, const std::string& text, const std::string& description) {
  // Safe only when the call is a statement of its own in a block: inserting a statement before it
  // cannot change control flow.
  std::optional<PendingFix> fix;
  const Stmt* stmt = node_;
  auto parents = c_.ast().getParents(*stmt);
  if (parents.size() == 1)
    if (auto* block = parents[0].get<CompoundStmt>()) {
      SourceLocation begin = stmt->getBeginLoc();
      if (begin.isValid() && !begin.isMacroID()) {
        const auto& sm = c_.sm();
        unsigned col = sm.getSpellingColumnNumber(begin);
        std::string indent(col > 0 ? col - 1 : 0, ' ');
        PendingFix p;
        p.at = begin;
        p.text = text + "\n" + indent;
        Location l = c_.location_of(begin);
        p.fix.description = description;
        p.fix.edits.push_back({Location{l.file, l.line, l.column, l.line, l.column}, p.text});
        fix = std::move(p);
      }
      (void)block;
    }
  if (value) {
    if (f.value.empty()) f.value = value->text;
    for (const auto& o : value->origins) f.value_origins.push_back(o);
  }
  c_.add_trust(std::move(f), node_->getBeginLoc(), {}, std::move(fix));
}

void CallSite::endpoint(const std::string& object, const Value& value, const std::string& api, bool implied) {
  EndpointFact e;
  e.object = object;
  e.value = value.text;
  e.api = api;
  e.implied = implied;
  c_.add_endpoint(std::move(e), kind_ == SiteKind::construct ? cast<CXXConstructExpr>(node_)->getLocation() : node_->getBeginLoc());
}

void CallSite::use(const std::string& from, const std::string& to, const std::string& message) {
  if (from.empty() || to.empty() || from == to) return;
  UseFact u;
  u.from_object = from;
  u.to_object = to;
  u.message = message;
  c_.add_use(std::move(u), kind_ == SiteKind::construct ? cast<CXXConstructExpr>(node_)->getLocation() : node_->getBeginLoc());
}

void CallSite::keeps_system_trust(const std::string& object) {
  if (!object.empty()) c_.keep(object);
}

void CallSite::server_side(const std::string& object) {
  if (!object.empty()) c_.server_side(object);
}

void CallSite::connection_of(const std::string& context, const std::string& connection) {
  if (!context.empty() && !connection.empty()) c_.connection_of(context, connection);
}

}  // namespace atscan::clangfe
