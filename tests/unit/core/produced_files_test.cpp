// Build-step downloads: which trust path a download produces, and which published certificate its URL names.
#include <gtest/gtest.h>

#include "core/judge/produced_files.h"
#include "core/profile/profile.h"
#include "tests/unit/trust/trust_fixture.h"

namespace atscan {
namespace {
using namespace atscan::testing;

FileFacts with_downloads(const std::string& file, std::vector<std::pair<std::string, std::string>> url_dest) {
  FileFacts f;
  f.file = file;
  int line = 1;
  for (auto& [url, dest] : url_dest) f.flows.producers.push_back({flow::ProducerKind::download, url, dest, Location{file, line++, 1}});
  return f;
}

TEST(ProducedFiles, FileNameOfDropsFoldersQueryAndFragment) {
  EXPECT_EQ(file_name_of("https://h.example/a/b.pem?x=1#y"), "b.pem");
  EXPECT_EQ(file_name_of("${CMAKE_BINARY_DIR}/certs/ca.pem"), "ca.pem");
  EXPECT_EQ(file_name_of("/opt/certs/"), "certs");
  EXPECT_EQ(file_name_of("ca.pem"), "ca.pem");
}

TEST(ProducedFiles, APathIsProducedByTheDownloadOfTheSameFileName) {
  auto profile = Profile::load_named(repo_path("rules"), "aws-ats");
  std::vector<FileFacts> files{with_downloads("CMakeLists.txt", {{"https://pki.example/root.pem", "${CMAKE_BINARY_DIR}/certs/ca.pem"}})};
  ProducedFiles d(files, *profile);
  ASSERT_NE(d.producing("certs/ca.pem"), nullptr);
  EXPECT_EQ(d.producing("/etc/ssl/ca.pem")->url, "https://pki.example/root.pem");
  EXPECT_EQ(d.producing("/etc/ssl/other.pem"), nullptr);
}

TEST(ProducedFiles, TwoDifferentUrlsForOneNameLeaveThePathUnknown) {
  auto profile = Profile::load_named(repo_path("rules"), "aws-ats");
  std::vector<FileFacts> files{with_downloads("a.sh", {{"https://a.example/ca.pem", "x/ca.pem"}}),
                               with_downloads("b.sh", {{"https://b.example/ca.pem", "y/ca.pem"}}),
                               with_downloads("c.sh", {{"http://A.example/ca.pem", "z/root.pem"}, {"https://a.example/ca.pem", "w/root.pem"}})};
  ProducedFiles d(files, *profile);
  EXPECT_EQ(d.producing("ca.pem"), nullptr);
  // The same URL over http and https, host in any case, is one download.
  EXPECT_NE(d.producing("root.pem"), nullptr);
}

TEST(ProducedFiles, APublishedUrlOrItsFileNameNamesTheCertificate) {
  auto profile = Profile::load_named(repo_path("rules"), "aws-ats");
  ProducedFiles d({}, *profile);
  const ProfileCert* c = d.published_at("http://CACERTS.digicert.com/BaltimoreCyberTrustRoot.crt.pem");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Baltimore CyberTrust Root");
  c = d.published_at("https://mirror.example/pki/AmazonRootCA1.pem");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Amazon Root CA 1");
  EXPECT_EQ(d.published_at("https://pki.example/corp-root.pem"), nullptr);
}

TEST(ProducedFiles, AMountMapsAContainerPathBackToTheTreeTheLongestPrefixAndSameFileFirst) {
  auto profile = Profile::load_named(repo_path("rules"), "aws-ats");
  FileFacts compose;
  compose.file = "deploy/docker-compose.yml";
  compose.flows.producers = {{flow::ProducerKind::volume, "./certs", "/etc/ssl/custom/", {compose.file, 7, 9}},
                             {flow::ProducerKind::volume, "./all", "/etc/ssl", {compose.file, 8, 9}}};
  FileFacts other;
  other.file = "other/compose.yaml";
  other.flows.producers = {{flow::ProducerKind::volume, "./x", "/data", {other.file, 3, 9}}};
  ProducedFiles d({compose, other}, *profile);
  auto m = d.mounted("/etc/ssl/custom/legacy.pem", compose.file);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].tree_path, "./certs/legacy.pem");
  EXPECT_EQ(m[0].location.line, 7);
  EXPECT_EQ(d.mounted("/etc/ssl/other.pem", compose.file).at(0).tree_path, "./all/other.pem");
  // A path under no mount, or a prefix that is not a whole folder name.
  EXPECT_TRUE(d.mounted("/opt/ca.pem", compose.file).empty());
  EXPECT_TRUE(d.mounted("/etc/ssl-old/ca.pem", compose.file).empty());
  // From another file: only a mount that is the one way to that path.
  EXPECT_EQ(d.mounted("/data/ca.pem", "app/main.py").at(0).tree_path, "./x/ca.pem");
}

}  // namespace
}  // namespace atscan
