// The catalog and profiles parsed at build time into the Clang modules (clang-plugin/judge_data/): equal
// to what the YAML loaders return for the same files, and never used once a byte of those files differs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "clang-plugin/judge_data/format.h"
#include "clang-plugin/judge_data/prebuilt.h"
#include "core/hosts/host_classifier.h"

namespace atscan::judgedata {
namespace {
namespace fs = std::filesystem;

const fs::path kRules = fs::path(ATSCAN_SOURCE_DIR) / "rules";

// A fresh copy of what the catalog and profiles are read from (rules/*.yaml, rules/profiles/), to change.
fs::path copy_of_rules(const std::string& name) {
  const fs::path dir = fs::path(ATSCAN_CLANG_TEST_TMP) / "judge-data" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(kRules))
    if (e.path().extension() == ".yaml") fs::copy_file(e.path(), dir / e.path().filename());
  fs::copy(kRules / "profiles", dir / "profiles", fs::copy_options::recursive);
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

// Host patterns come with databases compiled at build time; a classifier that loads them answers like
// one that compiles every pattern itself, and bytes that do not load are ignored (compiled instead).
TEST(JudgeData, PrecompiledHostDatabasesClassifyLikeCompiledOnes) {
  const auto profile = prebuilt_profile(kRules / "profiles" / "aws-ats.yaml");
  ASSERT_NE(profile, nullptr);
  const auto dbs = prebuilt_host_databases(*profile);
  for (const auto& h : profile->hosts) EXPECT_TRUE(dbs.count(h.regex)) << h.regex;
  std::map<std::string, std::string_view> garbage;
  for (const auto& h : profile->hosts) garbage.emplace(h.regex, "not a database");
  const HostClassifier compiled(profile), loaded(profile, dbs), fallback(profile, garbage);
  const char* hosts[] = {"my-bucket.s3.us-east-1.amazonaws.com", "https://s3.amazonaws.com/b/k", "assets.example.cloudfront.net",
                         "d111111abcdef8.cloudfront.net",       "bucket.s3-website-us-west-2.amazonaws.com", "s3.cn-north-1.amazonaws.com.cn",
                         "http://my-bucket.s3.eu-west-1.amazonaws.com", "example.com", "S3.AMAZONAWS.COM", "{bucket}.s3.{region}.amazonaws.com",
                         "cloudfront.amazonaws.com", "notcloudfront.net"};
  int s3 = 0;
  for (const char* h : hosts) {
    const HostMatch want = compiled.classify(h);
    s3 += want.cls == EndpointClass::s3;
    for (const HostClassifier* c : {&loaded, &fallback}) {
      const HostMatch got = c->classify(h);
      EXPECT_EQ(got.cls, want.cls) << h;
      EXPECT_EQ(got.tag, want.tag) << h;
      EXPECT_EQ(got.impact, want.impact) << h;
    }
  }
  EXPECT_GE(s3, 5);
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
