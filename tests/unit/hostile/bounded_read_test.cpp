// Files that used to hang or exhaust memory: FIFOs in place of files, files that grow after the walk,
// oversized bundles, CApath links out of the tree and into devices.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/trust/cert_loader.h"
#include "core/util/safe_read.h"
#include "tests/unit/hostile/hostile_support.h"

namespace atscan::testing {
namespace {
namespace fs = std::filesystem;

std::string ats_pem() {
  std::ifstream in(ATSCAN_TEST_DATA "/certs/ats_anchors.pem", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SafeRead, ReadsARegularFile) {
  HostileTree t;
  auto p = t.write("a.txt", "hello");
  auto r = read_file_safely(p, {.max_bytes = 100, .root = t.dir()});
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_EQ(r.data, "hello");
}

// The read asks for one byte more than fstat announced and stops at a short read of exactly that size:
// every size reads whole, at the cap too, and a file that announces no size (/proc) is read on.
TEST(SafeRead, ReadsWholeFilesOfEverySizeAndFilesThatAnnounceNone) {
  HostileTree t;
  for (size_t n : {size_t{0}, size_t{1}, size_t{511}, size_t{512}, size_t{4096}, size_t{65537}, size_t{200000}}) {
    std::string text(n, 'x');
    for (size_t i = 0; i < n; ++i) text[i] = static_cast<char>('a' + i % 26);
    auto p = t.write("f" + std::to_string(n), text);
    auto r = read_file_safely(p, {.max_bytes = 200000, .root = t.dir()});
    ASSERT_TRUE(r.ok()) << n << ": " << r.reason;
    EXPECT_EQ(r.data, text) << n;
  }
  struct stat st {};
  ASSERT_EQ(::stat("/proc/self/status", &st), 0);
  ASSERT_EQ(st.st_size, 0);  // what makes it a test of the read past the announced size
  auto r = read_file_safely("/proc/self/status");
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NE(r.data.find("Name:"), std::string::npos);
  EXPECT_NE(r.data.find("VmRSS:"), std::string::npos);  // whole, not the first byte or the first 512
}

// One buffer for file after file (a worker's): each read leaves exactly that file's bytes in view,
// across a growth past the first 2 MiB, and nothing after a refused file.
TEST(SafeRead, ABufferHoldsEachFileReadIntoItWholeAndOnlyThat) {
  HostileTree t;
  ReadBuffer buffer;
  auto small = t.write("small.txt", "abc");
  ASSERT_TRUE(read_file_safely(small, {.max_bytes = 0, .root = t.dir()}, buffer).ok());
  EXPECT_EQ(buffer.view(), "abc");
  std::string big((3u << 20) + 7, 'x');
  for (size_t i = 0; i < big.size(); i += 4093) big[i] = static_cast<char>('a' + i % 26);
  auto large = t.write("large.bin", big);
  ASSERT_TRUE(read_file_safely(large, {.max_bytes = 0, .root = t.dir()}, buffer).ok());
  EXPECT_TRUE(buffer.view() == big);
  auto two = t.write("two.txt", "de");
  ASSERT_TRUE(read_file_safely(two, {.max_bytes = 0, .root = t.dir()}, buffer).ok());
  EXPECT_EQ(buffer.view(), "de");
  const auto pipe = t.dir() / "pipe";
  ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
  auto refused = read_file_safely(pipe, {}, buffer);
  EXPECT_EQ(refused.status, SafeReadStatus::not_regular);
  EXPECT_TRUE(buffer.view().empty());
  auto over = read_file_safely(large, {.max_bytes = 1000, .root = t.dir()}, buffer);
  EXPECT_EQ(over.status, SafeReadStatus::too_large);
  EXPECT_TRUE(buffer.view().empty());
  ASSERT_TRUE(read_file_safely("/proc/self/status", {}, buffer).ok());  // announces 0 bytes
  EXPECT_NE(buffer.view().find("VmRSS:"), std::string_view::npos);
}

TEST(SafeRead, FifoIsRefusedWithoutBlocking) {
  HostileTree t;
  const auto p = t.dir() / "pipe";
  ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0);
  auto r = read_file_safely(p);
  EXPECT_EQ(r.status, SafeReadStatus::not_regular);
  EXPECT_EQ(r.reason, "not a regular file (FIFO)");
}

TEST(SafeRead, DevicesAndDirectoriesAreRefused) {
  EXPECT_EQ(read_file_safely("/dev/zero").status, SafeReadStatus::not_regular);
  HostileTree t;
  EXPECT_EQ(read_file_safely(t.dir()).status, SafeReadStatus::not_regular);
  EXPECT_EQ(read_file_safely(t.dir() / "missing").status, SafeReadStatus::missing);
}

TEST(SafeRead, FileOverTheCapIsRefusedAndNothingIsRead) {
  HostileTree t;
  const auto p = t.dir() / "sparse";
  {
    std::ofstream(p).put('x');
  }
  fs::resize_file(p, std::uint64_t{8} << 30);  // 8 GiB, sparse: costs no disk
  auto r = read_file_safely(p, {1u << 20, {}});
  EXPECT_EQ(r.status, SafeReadStatus::too_large);
  EXPECT_TRUE(r.data.empty());
}

TEST(SafeRead, SymlinkOutOfTheRootIsRefusedAndInsideIsFollowed) {
  HostileTree t, outside;
  auto secret = outside.write("secret.pem", "secret");
  fs::create_symlink(secret, t.dir() / "out.pem");
  t.write("real.pem", "inside");
  fs::create_symlink(t.dir() / "real.pem", t.dir() / "in.pem");
  EXPECT_EQ(read_file_safely(t.dir() / "out.pem", {.root = t.dir()}).status, SafeReadStatus::outside_root);
  auto in = read_file_safely(t.dir() / "in.pem", {.root = t.dir()});
  ASSERT_TRUE(in.ok()) << in.reason;
  EXPECT_EQ(in.data, "inside");
}

// Reads under a root open the file beneath the root in one system call (openat2); these cases leave
// that path for the slow one, which must give the same answers as before.
TEST(SafeRead, RelativeSymlinksInsideTheRootAreFollowedAndEscapesAreRefused) {
  HostileTree t, outside;
  outside.write("secret.pem", "secret");
  t.write("certs/real.pem", "inside");
  fs::create_symlink("certs/real.pem", t.dir() / "rel.pem");                      // relative, stays inside
  fs::create_symlink("../" + outside.dir().filename().string() + "/secret.pem", t.dir() / "rel-out.pem");
  fs::create_symlink(outside.dir(), t.dir() / "linked-dir");                     // a directory link out
  const SafeReadOptions under{.root = t.dir()};
  auto in = read_file_safely(t.dir() / "rel.pem", under);
  ASSERT_TRUE(in.ok()) << in.reason;
  EXPECT_EQ(in.data, "inside");
  EXPECT_EQ(read_file_safely(t.dir() / "rel-out.pem", under).status, SafeReadStatus::outside_root);
  EXPECT_EQ(read_file_safely(t.dir() / "linked-dir" / "secret.pem", under).status, SafeReadStatus::outside_root);
  const fs::path dotdot = t.dir() / "certs" / ".." / ".." / outside.dir().filename() / "secret.pem";
  EXPECT_EQ(read_file_safely(dotdot, under).status, SafeReadStatus::outside_root);
  EXPECT_EQ(read_file_safely(t.dir() / "certs" / "missing.pem", under).status, SafeReadStatus::missing);
  const auto fifo = t.dir() / "certs" / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(read_file_safely(fifo, under).status, SafeReadStatus::not_regular);
  // A second root on the same thread, then the first again: each keeps its own answers.
  auto again = read_file_safely(outside.dir() / "secret.pem", {.root = outside.dir()});
  ASSERT_TRUE(again.ok()) << again.reason;
  EXPECT_EQ(read_file_safely(t.dir() / "rel-out.pem", under).status, SafeReadStatus::outside_root);
}

TEST(BoundedScan, FileReplacedByAFifoAfterTheWalkIsSkipped) {
  // The walker sees a regular file; the external-source hook runs after the walk and swaps it for a
  // FIFO, as an attacker racing the scan would. The pipeline's read must not block.
  HostileTree t;
  const auto p = t.write("app.py", "import requests\nrequests.get('https://b.s3.amazonaws.com', verify=False)\n");
  ScanOptions opts;
  opts.walk.roots = {t.dir().string()};
  opts.jobs = 1;
  opts.external = [&](const ExternalRequest& req) {
    EXPECT_EQ(req.files->size(), 1u);
    fs::remove(p);
    EXPECT_EQ(::mkfifo(p.c_str(), 0600), 0);
    return ExternalResult{};
  };
  auto& e = hostile_engine();
  auto o = run_scan(opts, e.catalog, e.oracle, e.hosts);
  EXPECT_TRUE(noted(o, "app.py", "skipped: not a regular file (FIFO)")) << notes_of(o);
  EXPECT_TRUE(o.findings.empty());
}

TEST(BoundedScan, FileThatGrowsAfterTheWalkIsSkipped) {
  HostileTree t;
  const auto p = t.write("app.py", "import requests\n");
  ScanOptions opts;
  opts.walk.roots = {t.dir().string()};
  opts.walk.max_file_size = 1024;
  opts.jobs = 1;
  opts.external = [&](const ExternalRequest&) {
    std::ofstream(p, std::ios::app) << std::string(4096, '#');
    return ExternalResult{};
  };
  auto& e = hostile_engine();
  auto o = run_scan(opts, e.catalog, e.oracle, e.hosts);
  EXPECT_TRUE(noted(o, "app.py", "skipped: larger than 1024 bytes")) << notes_of(o);
}

TEST(BoundedScan, AndroidManifestThatIsAFifoDoesNotBlockTheConfigScan) {
  HostileTree t;
  t.write("app/src/main/res/xml/network_security_config.xml",
          "<network-security-config><domain-config><domain>b.s3.amazonaws.com</domain>"
          "<trust-anchors><certificates src=\"@raw/ca\"/></trust-anchors></domain-config></network-security-config>\n");
  const auto manifest = t.dir() / "app/src/main/AndroidManifest.xml";
  ASSERT_EQ(::mkfifo(manifest.c_str(), 0600), 0);
  auto o = scan_tree(t.dir());  // would block forever in open() before
  EXPECT_TRUE(noted(o, "app/src/main/AndroidManifest.xml", "not a regular file")) << notes_of(o);
}

TEST(BoundedScan, BundleOverTheCapIsNotLoaded) {
  HostileTree t;
  const auto p = t.dir() / "huge.pem";
  {
    std::ofstream(p) << ats_pem();
  }
  fs::resize_file(p, kMaxCertificateFileBytes + 1);
  auto r = load_certificates_path(p);
  EXPECT_EQ(r.status, LoadStatus::unreadable);
  EXPECT_NE(r.error.find("larger than"), std::string::npos) << r.error;
}

TEST(BoundedScan, CapathLinksOutOfTheRootAndIntoDevicesAreRefused) {
  HostileTree t, outside;
  fs::create_directories(t.dir() / "capath");
  auto secret = outside.write("ca.pem", ats_pem());
  fs::create_symlink(secret, t.dir() / "capath/12345678.0");
  fs::create_symlink("/dev/zero", t.dir() / "capath/12345678.1");
  auto r = load_capath(t.dir() / "capath", {.max_bytes = kMaxCertificateFileBytes, .root = t.dir()});
  EXPECT_EQ(r.status, LoadStatus::empty);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0], "12345678.0: resolves outside the scan root");
  EXPECT_EQ(r.problems[1], "12345678.1: resolves outside the scan root");
  // Without a root (the `cert` command on a path the user named), devices are still refused.
  auto no_root = load_capath(t.dir() / "capath");
  bool device = false;
  for (const auto& p : no_root.problems) device = device || p == "12345678.1: not a regular file (character device)";
  EXPECT_TRUE(device);
}

}  // namespace
}  // namespace atscan::testing
