// Demand parsing reads a file for a name only where the file uses it as the solver would link it.
#include "scanners/pipeline/demand_names.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

using Strings = std::vector<std::string>;

TEST(UsesIdentifier, OnlyAWholeIdentifierInItsOwnCaseIsAUse) {
  EXPECT_TRUE(uses_identifier("s = make_session()\n", "make_session"));
  EXPECT_TRUE(uses_identifier("make_session", "make_session"));  // at both ends of the text
  EXPECT_TRUE(uses_identifier("from pkg.net import (make_session)", "make_session"));
  EXPECT_TRUE(uses_identifier("x = net.make_session", "make_session"));
  EXPECT_FALSE(uses_identifier("def test_methods_with_output(self):", "test_methods"));
  EXPECT_FALSE(uses_identifier("def my_test_methods(self):", "test_methods"));
  EXPECT_FALSE(uses_identifier("# simple examples are symmetric", "EXAMPLES"));
  EXPECT_FALSE(uses_identifier("$make_session()", "make_session"));  // a JS/PHP name joined by '$'
  EXPECT_FALSE(uses_identifier("make_sessioné = 1", "make_session"));  // joined to a non-ASCII letter
  // The second occurrence is whole where the first is not.
  EXPECT_TRUE(uses_identifier("make_sessions = [make_session()]", "make_session"));
  EXPECT_FALSE(uses_identifier("", "make_session"));
  EXPECT_FALSE(uses_identifier("anything", ""));
}

TEST(DemandNames, MentionsCountEveryFormAndUsesOnlyTheNamesAsWritten) {
  const DemandNames names({"make_session", "EXAMPLES", "BUCKET_URL"});
  const auto a = names.in("s = make_session()\n# more examples\nurl = bucket_url_of(job)\n");
  EXPECT_EQ(a.mentioned, (Strings{"bucket_url", "examples", "make_session"}));
  EXPECT_EQ(a.used, (Strings{"make_session"}));
  const auto b = names.in("print(EXAMPLES, BUCKET_URL)\n");
  EXPECT_EQ(b.mentioned, (Strings{"bucket_url", "examples"}));
  EXPECT_EQ(b.used, (Strings{"bucket_url", "examples"}));
  const auto none = names.in("nothing here\n");
  EXPECT_TRUE(none.mentioned.empty());
  EXPECT_TRUE(none.used.empty());
}

TEST(DemandNames, TwoNamesThatDifferInCaseAreBothLookedFor) {
  const DemandNames names({"CaFile", "cafile"});
  EXPECT_EQ(names.in("x = CaFile\n").used, (Strings{"cafile"}));
  EXPECT_EQ(names.in("x = cafile\n").used, (Strings{"cafile"}));
  EXPECT_TRUE(names.in("x = CAFILE\n").used.empty());
}

}  // namespace
}  // namespace atscan
