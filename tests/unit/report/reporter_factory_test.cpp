#include <gtest/gtest.h>

#include "core/report/reporter.h"

namespace atscan {
namespace {

TEST(ReporterFactory, EveryListedNameMakesAReporter) {
  const auto names = reporter_names();
  EXPECT_EQ(names, (std::vector<std::string>{"text", "jsonl", "sarif", "github", "rdjsonl", "gitlab", "checkstyle"}));
  for (const auto& n : names) EXPECT_NE(make_reporter(n), nullptr) << n;
}

TEST(ReporterFactory, UnknownNameIsNull) {
  EXPECT_EQ(make_reporter("xml"), nullptr);
  EXPECT_EQ(make_reporter(""), nullptr);
  EXPECT_EQ(make_reporter("SARIF"), nullptr);
}

}  // namespace
}  // namespace atscan
