#include "clang-plugin/engine/collector.h"
#include "clang-plugin/engine/peer_cert_check.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>
#include <clang/ASTMatchers/ASTMatchers.h>
#include <clang/Lex/Lexer.h>

#include <filesystem>

#include "core/util/test_code.h"

namespace atscan::clangfe {
using namespace clang;
using namespace clang::ast_matchers;
namespace fs = std::filesystem;

namespace {

std::string last_component(const std::string& qualified) {
  auto at = qualified.rfind("::");
  return at == std::string::npos ? qualified : qualified.substr(at + 2);
}

// "a::b::c" names "::x::a::b::c" too (hasAnyName semantics), never "::x::ya::b::c".
bool names(const std::string& qualified, const std::string& table) {
  if (qualified == table) return true;
  return qualified.size() > table.size() + 2 && qualified.compare(qualified.size() - table.size(), table.size(), table) == 0 &&
         qualified.compare(qualified.size() - table.size() - 2, 2, "::") == 0;
}

// Nodes a value passes through unchanged on its way to the variable it initialises.
bool transparent(const DynTypedNode& n) {
  if (const auto* e = n.get<Expr>()) {
    if (isa<ImplicitCastExpr, ParenExpr, ExprWithCleanups, MaterializeTemporaryExpr, CXXBindTemporaryExpr, CXXNewExpr,
            ExplicitCastExpr>(e))
      return true;
    if (auto* ctor = dyn_cast<CXXConstructExpr>(e)) return ctor->getNumArgs() == 1;  // Ptr(new T), copies
  }
  return false;
}

}  // namespace

Collector::Collector(std::string root) : root_(std::move(root)) {
  for (const Family& f : all_families()) {
    for (const auto& n : f.functions) functions_[last_component(n)].push_back({&f, n});
    for (const auto& n : f.constructors) constructors_[last_component(n)].push_back({&f, n});
    for (const auto& n : f.fields) fields_[last_component(n)].push_back({&f, n});
  }
}

// Forwards the main-file finder's matches; its end of TU is not the caller's.
class Collector::Matches : public MatchFinder::MatchCallback {
 public:
  explicit Matches(Collector& c) : c_(c) {}
  void run(const MatchFinder::MatchResult& result) override { c_.on_match(result); }

 private:
  Collector& c_;
};

void Collector::collect(ASTContext& ctx) {
  ast_ = &ctx;
  const SourceManager& sm = ctx.getSourceManager();
  std::vector<Decl*> main_decls;
  for (Decl* d : ctx.getTranslationUnitDecl()->decls()) {
    SourceLocation at = d->getLocation();
    if (at.isValid() && sm.isInMainFile(sm.getExpansionLoc(at))) main_decls.push_back(d);
  }
  std::vector<llvm::StringRef> fn, ctor, field;  // views of the static family tables
  for (const Family& f : all_families()) {
    fn.insert(fn.end(), f.functions.begin(), f.functions.end());
    ctor.insert(ctor.end(), f.constructors.begin(), f.constructors.end());
    field.insert(field.end(), f.fields.begin(), f.fields.end());
  }
  Matches matches(*this);
  MatchFinder finder;
  // Template instantiations and macro expansions can still put header code under a main-file decl.
  auto in_main = isExpansionInMainFile();
  // A call to a function or method some family knows.
  finder.addMatcher(callExpr(in_main, callee(functionDecl(hasAnyName(fn)).bind("fn"))).bind("call"), &matches);
  // A construction of a class some family knows (clients, contexts, requests).
  finder.addMatcher(cxxConstructExpr(in_main, hasDeclaration(cxxConstructorDecl(ofClass(cxxRecordDecl(hasAnyName(ctor)).bind("class")))))
                        .bind("construct"),
                    &matches);
  // An assignment to a known field, built-in or through operator= (Aws::String).
  auto known_field = memberExpr(member(fieldDecl(hasAnyName(field)).bind("field"))).bind("lhs");
  finder.addMatcher(binaryOperator(in_main, isAssignmentOperator(), hasLHS(ignoringParenImpCasts(known_field))).bind("assign"), &matches);
  finder.addMatcher(cxxOperatorCallExpr(in_main, hasOverloadedOperatorName("="), hasArgument(0, ignoringParenImpCasts(known_field)))
                        .bind("assign"),
                    &matches);
  // A struct initialiser ({.cert_pem = ca} in C, aggregates in C++): each known field's value is
  // dispatched like an assignment to that field of the initialised variable.
  finder.addMatcher(initListExpr(in_main, hasType(hasUnqualifiedDesugaredType(recordType()))).bind("list"), &matches);
  // A local variable initialised from other objects: the configured object is handed on.
  finder.addMatcher(varDecl(in_main, hasLocalStorage(), hasInitializer(expr())).bind("var"), &matches);

  // The scope also bounds the parent map that scope_of and result_object build. Restored afterwards
  // (clearing the parent map again) so other clang-tidy checks see the whole TU.
  const std::vector<Decl*> saved = ctx.getTraversalScope();
  ctx.setTraversalScope(main_decls);
  finder.matchAST(ctx);
  ctx.setTraversalScope(saved);
  add_unchecked_peer_certificates(*this, main_decls);
}

void Collector::register_matchers(MatchFinder& finder) { finder.addMatcher(translationUnitDecl().bind("tu"), this); }

void Collector::run(const MatchFinder::MatchResult& result) {
  if (result.Nodes.getNodeAs<TranslationUnitDecl>("tu")) collect(*result.Context);
}

void Collector::on_match(const MatchFinder::MatchResult& result) {
  const auto& nodes = result.Nodes;
  if (const auto* call = nodes.getNodeAs<CallExpr>("call")) {
    const auto* fn = nodes.getNodeAs<FunctionDecl>("fn");
    std::vector<const Expr*> args(call->arg_begin(), call->arg_end());
    const Expr* object = nullptr;
    if (const auto* m = dyn_cast<CXXMemberCallExpr>(call)) object = m->getImplicitObjectArgument();
    else if (const auto* op = dyn_cast<CXXOperatorCallExpr>(call); op && isa<CXXMethodDecl>(fn) && !args.empty()) {
      object = args.front();
      args.erase(args.begin());
    }
    dispatch(fn->getQualifiedNameAsString(), functions_, SiteKind::call, call, std::move(args), object);
  } else if (const auto* ctor = nodes.getNodeAs<CXXConstructExpr>("construct")) {
    const auto* cls = nodes.getNodeAs<CXXRecordDecl>("class");
    std::vector<const Expr*> args;
    for (const Expr* a : ctor->arguments())
      if (!isa<CXXDefaultArgExpr>(a)) args.push_back(a);
    dispatch(cls->getQualifiedNameAsString(), constructors_, SiteKind::construct, ctor, std::move(args), nullptr);
  } else if (const auto* assign = nodes.getNodeAs<Expr>("assign")) {
    const auto* field = nodes.getNodeAs<FieldDecl>("field");
    const auto* lhs = nodes.getNodeAs<MemberExpr>("lhs");
    const Expr* rhs = nullptr;
    if (const auto* b = dyn_cast<BinaryOperator>(assign)) rhs = b->getRHS();
    else if (const auto* op = dyn_cast<CXXOperatorCallExpr>(assign); op && op->getNumArgs() == 2) rhs = op->getArg(1);
    dispatch(field->getQualifiedNameAsString(), fields_, SiteKind::assign, assign, {rhs}, lhs);
  } else if (const auto* list = nodes.getNodeAs<InitListExpr>("list")) {
    designated(*list);
  } else if (const auto* var = nodes.getNodeAs<VarDecl>("var")) {
    handover(*var);
  }
}

// The semantic form holds one initialiser per field in declaration order (implicit ones for the rest).
void Collector::designated(const InitListExpr& list) {
  const InitListExpr* sem = list.isSemanticForm() ? &list : list.getSemanticForm();
  if (!sem || !seen_lists_.insert(sem).second) return;
  const RecordDecl* rd = sem->getType()->getAsRecordDecl();
  if (!rd || rd->isUnion()) return;
  unsigned i = 0;
  for (const FieldDecl* fd : rd->fields()) {
    if (i >= sem->getNumInits()) break;
    const Expr* init = sem->getInit(i++);
    if (!init || isa<ImplicitValueInitExpr>(init)) continue;
    // Implicit casts of the semantic form are not in the parent map; the written expression is.
    init = init->IgnoreImpCasts();
    dispatch(fd->getQualifiedNameAsString(), fields_, SiteKind::assign, init, {init}, nullptr);
  }
}

void Collector::dispatch(const std::string& qualified, const std::map<std::string, std::vector<Dispatch>>& table, SiteKind kind,
                         const Expr* node, std::vector<const Expr*> args, const Expr* object) {
  auto it = table.find(last_component(qualified));
  if (it == table.end()) return;
  for (const Dispatch& d : it->second) {
    if (!names(qualified, d.table_name) || !d.family->handle) continue;
    CallSite site(*this, kind, d.table_name, node, args, object);
    d.family->handle(site);
    return;
  }
}

// `SSL* ssl = SSL_new(ctx);`, `S3Client s3(cfg);`: every local object in the initialiser reaches the variable.
void Collector::handover(const VarDecl& var) {
  QualType t = var.getType();
  if (!(t->isPointerType() || t->isRecordType() || t->isReferenceType())) return;
  const std::string to = scope_of(var.getInit()) + "::" + var.getName().str();
  std::vector<const Stmt*> work{var.getInit()};
  while (!work.empty()) {
    const Stmt* s = work.back();
    work.pop_back();
    if (!s || isa<LambdaExpr>(s)) continue;
    if (const auto* d = dyn_cast<DeclRefExpr>(s))
      if (const auto* vd = dyn_cast<VarDecl>(d->getDecl()); vd && vd != &var && vd->isLocalVarDeclOrParm()) {
        QualType ft = vd->getType();
        if (ft->isPointerType() || ft->isRecordType() || ft->isReferenceType()) {
          UseFact u;
          u.from_object = object_name(d);
          u.to_object = to;
          u.message = "'" + vd->getName().str() + "' is handed to '" + var.getName().str() + "' here";
          add_use(std::move(u), var.getLocation());
        }
      }
    for (const Stmt* c : s->children()) work.push_back(c);
  }
}

Location Collector::location_of(SourceLocation loc) {
  const auto& sm = this->sm();
  SourceLocation file_loc = sm.getFileLoc(loc);
  if (loc.isMacroID() && sm.isMacroBodyExpansion(loc) && !sm.isInMainFile(sm.getExpansionLoc(loc))) file_loc = sm.getExpansionLoc(loc);
  Location l;
  l.file = path_of(sm.getFileID(file_loc));
  l.line = static_cast<int>(sm.getSpellingLineNumber(file_loc));
  l.column = static_cast<int>(sm.getSpellingColumnNumber(file_loc));
  out_.where.emplace(l, file_loc);
  return l;
}

std::string Collector::path_of(FileID fid) const {
  auto ref = sm().getFileEntryRefForID(fid);
  if (!ref) return "<unknown>";
  std::string name = sm().getFileManager().getCanonicalName(*ref).str();
  std::error_code ec;
  fs::path rel = fs::path(name).lexically_relative(root_);
  std::string r = rel.generic_string();
  if (r.empty() || r.rfind("..", 0) == 0) return fs::path(name).generic_string();
  return r;
}

std::string Collector::scope_of(const Stmt* s) const {
  if (!s) return "";
  DynTypedNodeList parents = ast_->getParents(*s);
  while (!parents.empty()) {
    const DynTypedNode& p = parents[0];
    if (const auto* fd = p.get<FunctionDecl>()) return fd->getQualifiedNameAsString();
    if (const auto* d = p.get<Decl>())
      if (const auto* fd = dyn_cast_or_null<FunctionDecl>(d->getParentFunctionOrMethod())) return fd->getQualifiedNameAsString();
    parents = ast_->getParents(p);
  }
  return "";
}

std::string Collector::object_name(const Expr* e) const {
  if (!e) return "";
  e = e->IgnoreParenImpCasts();
  if (const auto* x = dyn_cast<ExprWithCleanups>(e)) return object_name(x->getSubExpr());
  if (const auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) return object_name(m->getSubExpr());
  if (const auto* u = dyn_cast<UnaryOperator>(e); u && (u->getOpcode() == UO_AddrOf || u->getOpcode() == UO_Deref))
    return object_name(u->getSubExpr());
  if (const auto* m = dyn_cast<CXXMemberCallExpr>(e)) return object_name(m->getImplicitObjectArgument());  // s.native_handle(), p.get()
  if (const auto* op = dyn_cast<CXXOperatorCallExpr>(e); op && (op->getOperator() == OO_Arrow || op->getOperator() == OO_Star))
    return object_name(op->getArg(0));
  if (const auto* ctor = dyn_cast<CXXConstructExpr>(e); ctor && ctor->getNumArgs() == 1) return object_name(ctor->getArg(0));
  if (const auto* d = dyn_cast<DeclRefExpr>(e)) {
    const auto* vd = dyn_cast<VarDecl>(d->getDecl());
    if (!vd) return "";
    if (vd->isLocalVarDeclOrParm()) return scope_of(e) + "::" + vd->getName().str();
    return "::" + vd->getQualifiedNameAsString();
  }
  if (const auto* m = dyn_cast<MemberExpr>(e)) {
    const Expr* base = m->getBase()->IgnoreParenImpCasts();
    const std::string field = m->getMemberDecl()->getNameAsString();
    if (isa<CXXThisExpr>(base)) {
      if (const auto* rd = dyn_cast<CXXRecordDecl>(m->getMemberDecl()->getDeclContext())) return rd->getQualifiedNameAsString() + "::" + field;
      return field;
    }
    std::string b = object_name(base);
    return b.empty() ? "" : b + "." + field;
  }
  return "";
}

std::string Collector::result_object(const Expr* e) const {
  if (!e) return "";
  DynTypedNode cur = DynTypedNode::create(*e);
  for (int guard = 0; guard < 12; ++guard) {
    DynTypedNodeList parents = ast_->getParents(cur);
    if (parents.empty()) return "";
    const DynTypedNode& p = parents[0];
    if (const auto* vd = p.get<VarDecl>()) {
      if (vd->isLocalVarDeclOrParm()) return scope_of(e) + "::" + vd->getName().str();
      return "::" + vd->getQualifiedNameAsString();
    }
    if (const auto* b = p.get<BinaryOperator>(); b && b->isAssignmentOp()) return object_name(b->getLHS());
    if (const auto* op = p.get<CXXOperatorCallExpr>(); op && op->getOperator() == OO_Equal) return object_name(op->getArg(0));
    if (!transparent(p)) return "";
    cur = p;
  }
  return "";
}

std::string Collector::initialised_object(const Expr* e) const {
  if (!e) return "";
  DynTypedNode cur = DynTypedNode::create(*e);
  for (int guard = 0; guard < 12; ++guard) {
    DynTypedNodeList parents = ast_->getParents(cur);
    if (parents.empty()) return "";
    const DynTypedNode& p = parents[0];
    if (const auto* vd = p.get<VarDecl>()) {
      if (vd->isLocalVarDeclOrParm()) return scope_of(e) + "::" + vd->getName().str();
      return "::" + vd->getQualifiedNameAsString();
    }
    const auto* x = p.get<Expr>();
    if (!x || !isa<InitListExpr, DesignatedInitExpr, ImplicitCastExpr, ParenExpr, ExplicitCastExpr>(x)) return "";
    cur = p;
  }
  return "";
}

std::string Collector::source_text(const Expr* e) const {
  // An argument of a function-like macro (curl_easy_setopt is one in the real curl.h) is shown as
  // written, not as the whole macro call its expansion range would give.
  CharSourceRange range = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(e->getSourceRange()), sm(), ast_->getLangOpts());
  if (range.isInvalid()) range = CharSourceRange::getTokenRange(sm().getExpansionRange(e->getSourceRange()).getAsRange());
  return Lexer::getSourceText(range, sm(), ast_->getLangOpts()).str();
}

void Collector::add_trust(TrustFact f, SourceLocation at, std::vector<std::string> keep_objects, std::optional<PendingFix> fix) {
  f.location = location_of(at);
  if (fix) out_.fixes.emplace(f.location, std::move(*fix));
  out_.facts.trust.push_back(std::move(f));
  keep_objects_.push_back(std::move(keep_objects));
}

void Collector::add_endpoint(EndpointFact e, SourceLocation at) {
  e.location = location_of(at);
  out_.facts.endpoints.push_back(std::move(e));
}

void Collector::add_use(UseFact u, SourceLocation at) {
  if (u.from_object.empty() || u.to_object.empty() || u.from_object == u.to_object) return;
  if (!seen_uses_.insert({u.from_object, u.to_object}).second) return;
  u.location = location_of(at);
  out_.facts.uses.push_back(std::move(u));
}

TuResult Collector::finish() {
  if (ast_) out_.facts.file = path_of(sm().getMainFileID());
  out_.facts.is_test_code = is_test_path(out_.facts.file);
  // Client-certificate verification on a server context is not the trust of an outgoing connection.
  for (const auto& [context, connection] : connections_)
    if (servers_.count(connection)) servers_.insert(context);
  for (size_t i = out_.facts.trust.size(); i-- > 0;)
    if (!out_.facts.trust[i].object.empty() && servers_.count(out_.facts.trust[i].object)) {
      out_.fixes.erase(out_.facts.trust[i].location);
      out_.facts.trust.erase(out_.facts.trust.begin() + static_cast<std::ptrdiff_t>(i));
      keep_objects_.erase(keep_objects_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  for (size_t i = 0; i < out_.facts.trust.size(); ++i) {
    TrustFact& t = out_.facts.trust[i];
    t.location.file = out_.facts.file;
    const bool replaces = t.kind == TrustKind::bundle_path || t.kind == TrustKind::system_trust_replaced ||
                          t.kind == TrustKind::embedded_pem || t.kind == TrustKind::embedded_der || t.kind == TrustKind::unresolved;
    if (!replaces) continue;
    bool kept = keeps_.count(t.object) > 0;
    for (const auto& o : keep_objects_[i]) kept = kept || keeps_.count(o) > 0;
    if (kept) {
      t.kind = TrustKind::bundle_added;  // the system defaults stay: additive, not a replacement
      out_.fixes.erase(t.location);
    }
  }
  TuResult r = std::move(out_);
  out_ = {};
  keep_objects_.clear();
  keeps_.clear();
  servers_.clear();
  connections_.clear();
  seen_uses_.clear();
  return r;
}

}  // namespace atscan::clangfe
