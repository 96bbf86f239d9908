// A trust directive a script writes into a configuration file takes effect where that file is included.
#include "core/judge/written_includes.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

FileFacts script(const std::string& dest) {
  FileFacts f;
  f.file = "docker-entrypoint.d/20-trust.sh";
  TrustFact t;
  t.rule_id = "ats-custom-ca-bundle";
  t.kind = TrustKind::bundle_path;
  t.api = "js_fetch_trusted_certificate (written by the script)";
  t.value = "${CERT}";
  t.location = {f.file, 5, 8, 5, 60};
  f.trust.push_back(t);
  f.flows.producers.push_back({flow::ProducerKind::written, "", dest, t.location});
  return f;
}

FileFacts config(const std::string& include) {
  FileFacts f;
  f.file = "etc/nginx/templates/default.conf.template";
  f.flows.language = "nginx";
  f.flows.imports.push_back({include, "", "", true, {f.file, 12, 9, 12, 60}});
  return f;
}

TEST(WrittenIncludes, AnIncludeOfAWrittenFileHoldsTheScriptsSettingThere) {
  std::vector<FileFacts> files{script("/etc/nginx/conf.d/trust.conf"), config("/etc/nginx/conf.d/trust.conf")};
  add_settings_of_written_includes(files);
  ASSERT_EQ(files[1].trust.size(), 1u);
  const TrustFact& t = files[1].trust[0];
  EXPECT_EQ(t.location, (Location{files[1].file, 12, 9, 12, 60}));
  EXPECT_EQ(t.kind, TrustKind::bundle_path);
  EXPECT_EQ(t.value, "${CERT}");
  EXPECT_EQ(t.api, "js_fetch_trusted_certificate (in /etc/nginx/conf.d/trust.conf, written by docker-entrypoint.d/20-trust.sh)");
  ASSERT_FALSE(t.value_origins.empty());
  EXPECT_EQ(t.value_origins[0], files[0].trust[0].location);
  EXPECT_EQ(files[0].trust.size(), 1u);  // the script keeps its own
}

TEST(WrittenIncludes, VariablesAndGlobsInTheIncludeMatchAnyText) {
  std::vector<FileFacts> files{script("/etc/nginx/conf.d/v4_trust.conf"), config("/etc/nginx/conf.d/v${VERSION}_*.conf")};
  add_settings_of_written_includes(files);
  EXPECT_EQ(files[1].trust.size(), 1u);
}

TEST(WrittenIncludes, OtherFilesAndOtherFoldersAreNotTheWrittenOne) {
  for (const char* include : {"/etc/nginx/conf.d/cors.conf", "/etc/nginx/other/trust.conf", "/etc/nginx/conf.d/*/trust.conf"}) {
    std::vector<FileFacts> files{script("/etc/nginx/conf.d/trust.conf"), config(include)};
    add_settings_of_written_includes(files);
    EXPECT_TRUE(files[1].trust.empty()) << include;
  }
}

}  // namespace
}  // namespace atscan
