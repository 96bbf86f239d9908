#include "core/catalog/catalog.h"

#include <gtest/gtest.h>

using atscan::Catalog;
using atscan::CatalogError;

namespace {

const char* kGood = R"(id: ats-sample
title: A sample
severity: warning
message: "m {api}"
languages: [python]
docs: docs/rules/ats-sample.md
tags: [x]
triggers: [verify]
)";

TEST(Catalog, ParsesAValidRule) {
  auto r = Catalog::parse_rule(kGood, "sample.yaml");
  EXPECT_EQ(r.id, "ats-sample");
  EXPECT_EQ(r.severity, atscan::Severity::warning);
  EXPECT_EQ(r.triggers, std::vector<std::string>{"verify"});
}

TEST(Catalog, UnknownKeyNamesFileAndLine) {
  std::string doc = std::string(kGood) + "colour: red\n";
  try {
    Catalog::parse_rule(doc, "bad.yaml");
    FAIL() << "expected CatalogError";
  } catch (const CatalogError& e) {
    EXPECT_STREQ(e.what(), "bad.yaml:9: unknown key 'colour'");
  }
}

TEST(Catalog, TriggerPatternsAreReadAndMustCompile) {
  auto r = Catalog::parse_rule(std::string(kGood) + "trigger-patterns: ['MII[A-Za-z0-9+/]{3}C[BC]']\n", "sample.yaml");
  EXPECT_EQ(r.trigger_patterns, std::vector<std::string>{"MII[A-Za-z0-9+/]{3}C[BC]"});
  try {
    Catalog::parse_rule(std::string(kGood) + "trigger-patterns: ['(unclosed']\n", "bad.yaml");
    FAIL() << "expected CatalogError";
  } catch (const CatalogError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.yaml:9: trigger pattern '(unclosed' does not compile"), std::string::npos) << e.what();
  }
}

TEST(Catalog, WeakTriggersAreReadAndJoinedAcrossRules) {
  auto r = Catalog::parse_rule(std::string(kGood) + "weak-triggers: [verify, \"ca:\"]\n", "sample.yaml");
  EXPECT_EQ(r.weak_triggers, (std::vector<std::string>{"verify", "ca:"}));
  EXPECT_THROW(Catalog::parse_rule(std::string(kGood) + "weak-triggers: verify\n", "sample.yaml"), CatalogError);
  Catalog c;
  c.add(r);
  r.id = "ats-other";
  r.weak_triggers = {"mii", "verify"};
  c.add(r);
  EXPECT_EQ(c.weak_triggers(), (std::vector<std::string>{"ca:", "mii", "verify"}));
}

TEST(Catalog, MissingFieldIsAnError) {
  std::string doc = kGood;
  doc.erase(doc.find("title:"), doc.find("severity:") - doc.find("title:"));
  EXPECT_THROW(Catalog::parse_rule(doc, "bad.yaml"), CatalogError);
}

TEST(Catalog, BrokenYamlNamesLine) {
  try {
    Catalog::parse_rule("id: ats-x\ntitle: [unclosed\n", "broken.yaml");
    FAIL();
  } catch (const CatalogError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.yaml:"), std::string::npos) << e.what();
  }
}

TEST(Catalog, RejectsIdsWithoutPrefix) { EXPECT_THROW(Catalog::parse_rule(std::string(kGood).replace(4, 10, "xx-sample"), "x.yaml"), CatalogError); }

TEST(Catalog, ProjectCatalogLoadsAndHasDocsForEveryRule) {
  auto c = Catalog::load(ATSCAN_SOURCE_DIR "/rules");
  ASSERT_FALSE(c.rules().empty());
  for (const auto& r : c.rules()) {
    EXPECT_TRUE(std::filesystem::exists(std::string(ATSCAN_SOURCE_DIR) + "/" + r.docs)) << r.id;
  }
}

}  // namespace
