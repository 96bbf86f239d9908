// Build steps that download files: curl -o/-O, wget -O/-P, Dockerfile ADD <url>, CMake file(DOWNLOAD).
#include <gtest/gtest.h>

#include "tests/unit/config/config_test_support.h"

namespace {
using atscan::testing::scan_text;

std::vector<std::pair<std::string, std::string>> downloads(const atscan::FileFacts& f) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : f.flows.producers) out.emplace_back(p.source, p.dest);
  return out;
}
using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(DownloadProducers, CurlOutputInAClusterAsAWordAndAsRemoteName) {
  auto r = scan_text("get.sh",
                     "curl -sSLo certs/a.pem https://h.example/a.pem\n"
                     "curl -o certs/b.pem https://h.example/b.pem\n"
                     "curl --output=certs/c.pem https://h.example/c.pem\n"
                     "curl -fsSLO https://h.example/pki/d.pem\n"
                     "curl https://h.example/not-saved.pem\n"
                     "curl -o /dev/null https://h.example/e.pem\n");
  EXPECT_EQ(downloads(r.facts), (Pairs{{"https://h.example/a.pem", "certs/a.pem"},
                                       {"https://h.example/b.pem", "certs/b.pem"},
                                       {"https://h.example/c.pem", "certs/c.pem"},
                                       {"https://h.example/pki/d.pem", "d.pem"}}));
  ASSERT_FALSE(r.facts.flows.producers.empty());
  EXPECT_EQ(r.facts.flows.producers[0].location.line, 1);
}

TEST(DownloadProducers, WgetOutputDocumentDirectoryPrefixAndDefaultName) {
  auto r = scan_text("get.sh",
                     "wget -O certs/a.pem https://h.example/a.pem\n"
                     "wget --output-document=certs/b.pem https://h.example/b.pem\n"
                     "wget -P /opt/certs https://h.example/c.pem\n"
                     "wget https://h.example/d.pem\n"
                     "wget -O - https://h.example/stdout.pem\n");
  EXPECT_EQ(downloads(r.facts), (Pairs{{"https://h.example/a.pem", "certs/a.pem"},
                                       {"https://h.example/b.pem", "certs/b.pem"},
                                       {"https://h.example/c.pem", "/opt/certs/c.pem"},
                                       {"https://h.example/d.pem", "d.pem"}}));
}

TEST(DownloadProducers, DockerfileAddOfAUrlAndRunCurl) {
  auto r = scan_text("Dockerfile",
                     "FROM debian\n"
                     "ADD https://h.example/pki/root.pem /opt/certs/\n"
                     "ADD https://h.example/other.pem /opt/ca.pem\n"
                     "ADD local.pem /opt/local.pem\n"
                     "RUN curl -so /etc/ssl/x.pem https://h.example/x.pem\n");
  EXPECT_EQ(downloads(r.facts), (Pairs{{"https://h.example/pki/root.pem", "/opt/certs/root.pem"},
                                       {"https://h.example/other.pem", "/opt/ca.pem"},
                                       {"https://h.example/x.pem", "/etc/ssl/x.pem"}}));
}

TEST(DownloadProducers, CmakeFileDownloadWithSetVariablesAndComments) {
  auto r = scan_text("CMakeLists.txt",
                     "set(CA_URL \"https://h.example/root.pem\")\n"
                     "# file(DOWNLOAD https://h.example/commented.pem x.pem)\n"
                     "file(DOWNLOAD ${CA_URL}\n"
                     "     \"${CMAKE_BINARY_DIR}/certs/root.pem\" TLS_VERIFY ON)\n"
                     "file(DOWNLOAD ${UNKNOWN_URL} y.pem)\n"
                     "file(READ x.pem CONTENT)\n");
  EXPECT_EQ(downloads(r.facts), (Pairs{{"https://h.example/root.pem", "${CMAKE_BINARY_DIR}/certs/root.pem"}}));
  ASSERT_EQ(r.facts.flows.producers.size(), 1u);
  EXPECT_EQ(r.facts.flows.producers[0].location.line, 3);
  EXPECT_EQ(r.facts.flows.producers[0].location.column, 15);
}

TEST(DownloadProducers, ComposeBindMountsOfTreeFoldersOnly) {
  auto r = scan_text("docker-compose.yml",
                     "services:\n"
                     "  a:\n"
                     "    image: x\n"
                     "    volumes:\n"
                     "      - ./certs:/etc/ssl/custom:ro\n"
                     "      - data:/var/lib/data\n"
                     "      - /etc/ssl/certs:/etc/ssl/certs:ro\n"
                     "      - type: bind\n"
                     "        source: ../shared/ca\n"
                     "        target: /ca\n"
                     "    environment:\n"
                     "      SSL_CERT_FILE: /etc/ssl/custom/ca.pem\n");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& p : r.facts.flows.producers) {
    EXPECT_EQ(p.kind, atscan::flow::ProducerKind::volume);
    got.emplace_back(p.source, p.dest);
  }
  EXPECT_EQ(got, (Pairs{{"./certs", "/etc/ssl/custom"}, {"../shared/ca", "/ca"}}));
  ASSERT_EQ(r.facts.flows.producers.size(), 2u);
  EXPECT_EQ(r.facts.flows.producers[1].location.line, 9);
}

}  // namespace
