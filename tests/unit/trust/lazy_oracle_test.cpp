// The oracle builds what it derives from the profile (parsed certificates, verified paths) only on the
// first question that needs it, so a run or a clang-tidy process whose facts hold no certificate, pin or
// callback pays nothing for it; a lazily built oracle must answer exactly as one built up front.
#include <gtest/gtest.h>

#include <functional>
#include <thread>
#include <vector>

#include "core/trust/trust_context.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

const std::string kRoot1Pin = "sha256//++MBgDH5WGvL9Bcn5Be30cRcL0f5O+NyoXuWtQdX1aI=";

TEST(LazyOracle, NothingIsBuiltUntilAVerdictIsAsked) {
  TrustOracle oracle(aws_profile(), "", kTestNow);
  EXPECT_FALSE(oracle.context_built());
  // The profile and the clock need no certificate work.
  EXPECT_EQ(oracle.profile().id, aws_profile()->id);
  EXPECT_EQ(oracle.now(), kTestNow);
  EXPECT_FALSE(oracle.context_built());
  const TrustVerdict v = oracle.judge_pins({kRoot1Pin});
  EXPECT_TRUE(oracle.context_built());
  EXPECT_EQ(v.kind, VerdictKind::accepts) << v.summary();
}

TEST(LazyOracle, BundlePinAndCallbackVerdictsEqualThoseOfAnEagerOracle) {
  TrustOracle eager(aws_profile(), "", kTestNow);
  ASSERT_FALSE(eager.context().paths.empty());  // built up front
  const std::string anchors = slurp(cert_data("ats_anchors.pem"));
  const std::string corp = slurp(cert_data("sfs_g2_only.pem"));
  const std::vector<CallbackConstant> callback = {{"subject", "CN=Amazon Root CA 1,O=Amazon,C=US"}};
  using Question = std::function<TrustVerdict(TrustOracle&)>;
  const std::vector<Question> questions = {
      [&](TrustOracle& o) { return o.judge_bundle_bytes(anchors); },
      [&](TrustOracle& o) { return o.judge_bundle_bytes(corp, 1); },
      [&](TrustOracle& o) { return o.judge_bundle_path(cert_data("ats_anchors.pem")); },
      [&](TrustOracle& o) { return o.judge_pins({kRoot1Pin}); },
      [&](TrustOracle& o) { return o.judge_pins({"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}, true); },
      [&](TrustOracle& o) { return o.judge_callback(callback); },
  };
  std::vector<TrustVerdict> want;
  for (const auto& q : questions) want.push_back(q(eager));
  EXPECT_EQ(want[0].kind, VerdictKind::accepts) << want[0].summary();
  EXPECT_EQ(want[1].kind, VerdictKind::partial) << want[1].summary();
  // Each kind of question as the first one a lazy oracle hears, then all of them.
  for (size_t first = 0; first < questions.size(); ++first) {
    TrustOracle lazy(aws_profile(), "", kTestNow);
    ASSERT_FALSE(lazy.context_built());
    const TrustVerdict v = questions[first](lazy);
    EXPECT_TRUE(lazy.context_built());
    EXPECT_EQ(v.summary(), want[first].summary()) << first;
    for (size_t i = 0; i < questions.size(); ++i) {
      const TrustVerdict got = questions[i](lazy);
      EXPECT_EQ(got.kind, want[i].kind) << first << "/" << i << ": " << got.summary() << " vs " << want[i].summary();
      EXPECT_EQ(got.summary(), want[i].summary()) << first << "/" << i;
      EXPECT_EQ(got.reason, want[i].reason) << first << "/" << i;
    }
  }
}

TEST(LazyOracle, ThreadsAskingFirstBuildItOnce) {
  TrustOracle oracle(aws_profile(), "", kTestNow);
  std::vector<std::thread> threads;
  std::vector<std::string> answers(4);
  for (size_t i = 0; i < answers.size(); ++i)
    threads.emplace_back([&, i] { answers[i] = oracle.judge_pins({kRoot1Pin}).summary(); });
  for (auto& t : threads) t.join();
  EXPECT_TRUE(oracle.context_built());
  for (const auto& a : answers) EXPECT_EQ(a, answers.front());
  EXPECT_NE(answers.front().find("ACCEPTS"), std::string::npos) << answers.front();
}

}  // namespace
}  // namespace atscan
