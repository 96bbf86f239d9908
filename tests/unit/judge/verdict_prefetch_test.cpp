// The judge asks the oracle for verdicts on material written in the facts on a thread of its own while
// the flow solver builds its graph: it must ask exactly when there is such material, ask what the judge
// will ask (so the judge finds the verdicts made), and leave the verdicts as they would be.
#include "core/judge/verdict_prefetch.h"

#include <gtest/gtest.h>

#include "tests/unit/filters/review_fixture.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

const std::string kRoot1Pin = "sha256//++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=";

TrustFact fact(TrustKind kind) {
  TrustFact t;
  t.kind = kind;
  t.rule_id = "ats-pinned-certificate";
  return t;
}

FileFacts file_with(std::vector<TrustFact> trust) {
  FileFacts f;
  f.file = "src/client.c";
  f.trust = std::move(trust);
  return f;
}

TEST(VerdictPrefetch, TellsWhichFactsHoldMaterialTheOracleJudges) {
  TrustFact pins = fact(TrustKind::pin_set);
  EXPECT_FALSE(VerdictPrefetch::judged_as_written(pins));  // no pin read
  pins.values = {kRoot1Pin};
  EXPECT_TRUE(VerdictPrefetch::judged_as_written(pins));
  TrustFact bundle = fact(TrustKind::bundle_path);
  EXPECT_FALSE(VerdictPrefetch::judged_as_written(bundle));
  bundle.value = "certs/ca.pem";
  EXPECT_TRUE(VerdictPrefetch::judged_as_written(bundle));
  TrustFact callback = fact(TrustKind::custom_verify_callback);
  EXPECT_FALSE(VerdictPrefetch::judged_as_written(callback));  // no constants: nothing to judge
  callback.callback_constants = {{"subject", "CN=Amazon Root CA 1,O=Amazon,C=US"}};
  EXPECT_TRUE(VerdictPrefetch::judged_as_written(callback));
  // Settings whose verdict is a sentence, not X.509 work.
  for (TrustKind k : {TrustKind::verify_disabled, TrustKind::hostname_check_disabled, TrustKind::bundle_added,
                      TrustKind::system_trust_replaced, TrustKind::user_ca_trusted, TrustKind::unresolved}) {
    TrustFact t = fact(k);
    t.value = "anything";
    EXPECT_FALSE(VerdictPrefetch::judged_as_written(t)) << to_string(k);
  }
}

TEST(VerdictPrefetch, AsksNothingWhenNoFactHoldsMaterial) {
  TrustOracle oracle(aws_profile(), "", kTestNow);
  const std::vector<FileFacts> files = {file_with({fact(TrustKind::verify_disabled), fact(TrustKind::bundle_added)})};
  VerdictPrefetch prefetch(files, oracle, "", {});
  prefetch.wait();
  EXPECT_FALSE(oracle.context_built());  // a run without certificates, pins or callbacks pays nothing
}

TEST(VerdictPrefetch, AsksForThePinSetAndLeavesItsVerdictAsItWouldBe) {
  TrustOracle oracle(aws_profile(), "", kTestNow);
  TrustFact pins = fact(TrustKind::pin_set);
  pins.values = {kRoot1Pin};
  const std::vector<FileFacts> files = {file_with({fact(TrustKind::verify_disabled), pins})};
  VerdictPrefetch prefetch(files, oracle, "", {});
  prefetch.wait();
  EXPECT_TRUE(oracle.context_built());
  // What the judge then asks, with the judge's arguments: the same verdict as a fresh oracle gives.
  const PinSetOptions options = VerdictPrefetch::pin_set_options(pins);
  TrustOracle fresh(aws_profile(), "", kTestNow);
  const TrustVerdict got = oracle.judge_pins(pins.values, options), want = fresh.judge_pins(pins.values, options);
  EXPECT_EQ(got.kind, VerdictKind::accepts) << got.summary();
  EXPECT_EQ(got.summary(), want.summary());
}

TEST(VerdictPrefetch, ABundleInTheTreeIsJudgedAsTheJudgeResolvesIt) {
  const TempTree tree;
  tree.write("src/certs/ca.pem", slurp(cert_data("ats_anchors.pem")));
  TrustOracle oracle(aws_profile(), "", kTestNow);
  TrustFact bundle = fact(TrustKind::bundle_path);
  bundle.value = "certs/ca.pem";  // beside the file that names it
  const std::vector<FileFacts> files = {file_with({bundle})};
  VerdictPrefetch prefetch(files, oracle, tree.str(), tree.path());
  prefetch.wait();
  EXPECT_TRUE(oracle.context_built());
  const TrustVerdict v = oracle.judge_bundle_path(tree.path() / "src" / "certs" / "ca.pem", 0, tree.path());
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
}

TEST(VerdictPrefetch, StoppingEndsTheAskingAndAMissingBundleIsNoError) {
  TrustOracle oracle(aws_profile(), "", kTestNow);
  TrustFact missing = fact(TrustKind::bundle_path);
  missing.value = "/nonexistent/ca.pem";
  std::vector<FileFacts> files;
  for (int i = 0; i < 50; ++i) files.push_back(file_with({missing}));
  VerdictPrefetch prefetch(files, oracle, "/nonexistent-root", {});
  prefetch.stop();
  prefetch.stop();  // twice is harmless
  prefetch.wait();
  // Nothing resolved inside the (missing) root: no verdict was asked, so nothing was built.
  EXPECT_FALSE(oracle.context_built());
}

}  // namespace
}  // namespace atscan
