// The shared path walk behind the peer-certificate check: which bodies leave with an unchecked
// certificate, and which constructs make it give no verdict rather than guess.
#include <gtest/gtest.h>

#include <string>

#include <optional>

#include "core/paths/result_check.h"

namespace atscan::paths {
namespace {

Cond c(Cond::Kind k, std::vector<Cond> kids = {}) { return {k, std::move(kids)}; }
Stmt plain(Cond cond) { return {Stmt::Kind::plain, std::move(cond), {}}; }
Stmt ret(Cond cond = {}) { return {Stmt::Kind::exit, std::move(cond), {}}; }
Stmt block(std::vector<Stmt> kids) { return {Stmt::Kind::block, {}, std::move(kids)}; }
Stmt branch(Cond cond, Stmt then, std::optional<Stmt> otherwise = std::nullopt) {
  Stmt s{Stmt::Kind::branch, std::move(cond), {std::move(then)}};
  if (otherwise) s.kids.push_back(std::move(*otherwise));
  return s;
}
const Cond kStart = c(Cond::Kind::start), kSubject = c(Cond::Kind::subject), kCheck = c(Cond::Kind::check),
           kOther = c(Cond::Kind::other);

TEST(ResultCheck, NoCheckAtAllIsUnchecked) {
  EXPECT_EQ(check_paths(block({plain(kStart), ret()})), Outcome::unchecked);
  EXPECT_EQ(check_paths(block({plain(kStart)})), Outcome::unchecked);  // falls off the end
}

TEST(ResultCheck, CheckOnEveryPathThatHoldsTheSubject) {
  EXPECT_EQ(check_paths(block({plain(kStart), plain(kCheck), ret()})), Outcome::checked);
  // if (!cert) return; check; return
  EXPECT_EQ(check_paths(block({plain(kStart), branch(c(Cond::Kind::negate, {kSubject}), ret()), plain(kCheck), ret()})),
            Outcome::checked);
  // if (!cert || check != 0) return 0; return 1   (short-circuit)
  EXPECT_EQ(check_paths(block({plain(kStart), branch(c(Cond::Kind::either, {c(Cond::Kind::negate, {kSubject}), kCheck}), ret()), ret()})),
            Outcome::checked);
  // checked before the subject is taken
  EXPECT_EQ(check_paths(block({plain(kCheck), plain(kStart), ret()})), Outcome::checked);
}

TEST(ResultCheck, ACheckOnSomePathsOnlyIsUnchecked) {
  // if (cert && other()) check; return
  EXPECT_EQ(check_paths(block({plain(kStart), branch(c(Cond::Kind::both, {kSubject, kOther}), plain(kCheck)), ret()})),
            Outcome::unchecked);
  // if (cert) return; check   (checked only without a certificate)
  EXPECT_EQ(check_paths(block({plain(kStart), branch(kSubject, ret()), plain(kCheck), ret()})), Outcome::unchecked);
}

TEST(ResultCheck, StopsAndUnknownConstructs) {
  // a path that ends in abort() hands nothing back
  EXPECT_EQ(check_paths(block({plain(kStart), branch(kOther, {Stmt::Kind::stop, {}, {}}, block({plain(kCheck)})), ret()})),
            Outcome::checked);
  EXPECT_EQ(check_paths(block({plain(kStart), {Stmt::Kind::unknown, {}, {}}, ret()})), Outcome::unknown);
}

TEST(ResultCheck, TooManyPathsGiveNoVerdict) {
  // Checked on every path, but past the path budget the walk says nothing rather than "checked".
  std::vector<Stmt> body{plain(kStart), plain(kCheck)};
  for (int i = 0; i < 20; ++i) body.push_back(branch(kOther, plain(kOther), plain(kOther)));  // 2^20 paths
  body.push_back(ret());
  EXPECT_EQ(check_paths(block(std::move(body))), Outcome::unknown);
}

// The text guard the tree-sitter front-end uses before walking a file: every name the call test accepts
// passes it, and a file without one does not.
TEST(ResultCheck, APeerCertificateCallIsOnlyPossibleInSourceThatNamesOne) {
  for (const char* name : {"SSL_get_peer_certificate", "SSL_get1_peer_certificate", "SSL_get0_peer_certificate", "wolfSSL_get_peer_certificate"}) {
    EXPECT_TRUE(is_peer_certificate_call(name)) << name;
    EXPECT_TRUE(may_take_peer_certificate(std::string("X509 *c = ") + name + "(ssl);")) << name;
  }
  EXPECT_FALSE(may_take_peer_certificate("if (SSL_get_verify_result(ssl) != X509_V_OK) return -1;"));
}

}  // namespace
}  // namespace atscan::paths
