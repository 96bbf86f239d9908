// The catalog and profiles parsed at build time into the Clang modules (clang-plugin/judge_data/): equal
// to what the YAML loaders return for the same files, and never used once a byte of those files differs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "clang-plugin/judge_data/format.h"
#include "clang-plugin/judge_data/prebuilt.h"

namespace atscan::judgedata {
namespace {
namespace fs = std::filesystem;

const fs::path kRules = fs::path(ATSCAN_SOURCE_DIR) / "rules";

// A fresh copy of rules/ to change.
fs::path copy_of_rules(const std::string& name) {
  const fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / "judge-data" / name;
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  fs::copy(kRules, dir, fs::copy_options::recursive);
  return dir;
}

void append(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::app);
  out << text;
}

TEST(JudgeData, PrebuiltCatalogEqualsTheLoadedOne) {
  const std::optional<Catalog> prebuilt = prebuilt_catalog(kRules);
  ASSERT_TRUE(prebuilt.has_value());
  const Catalog loaded = Catalog::load(kRules);
  EXPECT_EQ(prebuilt->dir(), loaded.dir());
  ASSERT_EQ(prebuilt->rules().size(), loaded.rules().size());
  for (size_t i = 0; i < loaded.rules().size(); ++i) EXPECT_TRUE(prebuilt->rules()[i] == loaded.rules()[i]) << loaded.rules()[i].id;
  EXPECT_EQ(prebuilt->find("ats-verification-disabled")->severity, loaded.find("ats-verification-disabled")->severity);
}

TEST(JudgeData, EveryPrebuiltProfileEqualsTheLoadedOne) {
  int profiles = 0;
  for (const auto& e : fs::directory_iterator(kRules / "profiles")) {
    if (e.path().extension() != ".yaml") continue;
    ++profiles;
    const auto prebuilt = prebuilt_profile(e.path());
    ASSERT_NE(prebuilt, nullptr) << e.path();
    const auto loaded = Profile::load(e.path());
    EXPECT_TRUE(*prebuilt == *loaded) << e.path();
    EXPECT_FALSE(prebuilt->certs.empty());
    EXPECT_FALSE(prebuilt->inputs.empty());
  }
  EXPECT_GE(profiles, 2);
}

TEST(JudgeData, AnIdenticalCopyOfRulesIsServedWithItsOwnPaths) {
  const fs::path dir = copy_of_rules("identical");
  const auto catalog = prebuilt_catalog(dir);
  ASSERT_TRUE(catalog.has_value());
  const Catalog loaded = Catalog::load(dir);
  ASSERT_EQ(catalog->rules().size(), loaded.rules().size());
  for (size_t i = 0; i < loaded.rules().size(); ++i) EXPECT_EQ(catalog->rules()[i].source, loaded.rules()[i].source);
  const auto profile = prebuilt_profile(dir / "profiles" / "aws-ats.yaml");
  ASSERT_NE(profile, nullptr);
  EXPECT_EQ(profile->source, dir / "profiles" / "aws-ats.yaml");
}

TEST(JudgeData, AChangedRuleOrAnExtraRuleFileIsNotServed) {
  const fs::path dir = copy_of_rules("changed-rule");
  append(dir / "ats-verification-disabled.yaml", "# edited\n");
  EXPECT_FALSE(prebuilt_catalog(dir).has_value());
  const fs::path extra = copy_of_rules("extra-rule");
  fs::copy_file(extra / "ats-verification-disabled.yaml", extra / "ats-zz-copy.yaml");
  EXPECT_FALSE(prebuilt_catalog(extra).has_value());
  EXPECT_FALSE(prebuilt_catalog(fs::path(ATSCAN_CLANG_TEST_TMP) / "judge-data" / "no-such-dir").has_value());
}

TEST(JudgeData, AChangedProfileOrCertificateFileIsNotServed) {
  const fs::path yaml_changed = copy_of_rules("changed-profile");
  append(yaml_changed / "profiles" / "aws-ats.yaml", "# edited\n");
  EXPECT_EQ(prebuilt_profile(yaml_changed / "profiles" / "aws-ats.yaml"), nullptr);
  // A certificate file the profile names: the YAML is the same, the bytes it points at are not.
  const fs::path pem_changed = copy_of_rules("changed-pem");
  const auto loaded = Profile::load(pem_changed / "profiles" / "aws-ats.yaml");
  ASSERT_FALSE(loaded->inputs.empty());
  append(pem_changed / "profiles" / loaded->inputs.back(), "\n");
  EXPECT_EQ(prebuilt_profile(pem_changed / "profiles" / "aws-ats.yaml"), nullptr);
  EXPECT_EQ(prebuilt_profile(pem_changed / "profiles" / "no-such-profile.yaml"), nullptr);
}

TEST(JudgeData, SerializeRoundTripsAndRejectsForeignBytes) {
  JudgeData d;
  d.catalog.files.push_back({"ats-x.yaml", std::string("id: ats-x\n\0binary\xff", 19)});
  Rule r;
  r.id = "ats-x";
  r.severity = Severity::error;
  r.languages = {"c", "cpp"};
  r.trigger_patterns = {"MII[A-Za-z]"};
  d.catalog.rules.push_back(r);
  ProfileData p;
  p.yaml = {"p.yaml", "id: p\n"};
  p.pems.push_back({"a.pem", "-----BEGIN CERTIFICATE-----"});
  p.profile.id = "p";
  p.profile.paths.push_back({"class", true, {"t"}, {"s1", "s2"}, -5, "note"});
  p.profile.chains.push_back({"chain", {"leaf", "inter"}, 1700000000});
  p.profile.hosts.push_back({"^x$", "TAG", "s3", "affected"});
  p.profile.inputs = {"a.pem"};
  d.profiles.push_back(p);
  const std::string bytes = serialize(d);
  const JudgeData back = deserialize(bytes);
  ASSERT_EQ(back.catalog.files.size(), 1u);
  EXPECT_EQ(back.catalog.files[0].bytes, d.catalog.files[0].bytes);
  ASSERT_EQ(back.catalog.rules.size(), 1u);
  EXPECT_TRUE(back.catalog.rules[0] == r);
  ASSERT_EQ(back.profiles.size(), 1u);
  EXPECT_TRUE(back.profiles[0].profile == p.profile);
  EXPECT_EQ(back.profiles[0].pems[0].bytes, p.pems[0].bytes);
  EXPECT_THROW(deserialize(bytes.substr(0, bytes.size() - 1)), std::runtime_error);
  EXPECT_THROW(deserialize("not judge data"), std::runtime_error);
}

}  // namespace
}  // namespace atscan::judgedata
