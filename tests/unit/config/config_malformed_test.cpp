// Malformed configuration files give a clear skip note and no crash; truncated copies of every
// fixture never crash a front-end.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "tests/unit/config/config_test_support.h"

namespace fs = std::filesystem;
using atscan::testing::config_fixture_dir;
using atscan::testing::read_bytes;
using atscan::testing::scan_text;

namespace {

std::string only_note(const std::string& rel, const std::string& as) {
  auto r = scan_text(as, read_bytes(config_fixture_dir() + "/malformed/" + rel));
  EXPECT_TRUE(r.facts.trust.empty()) << rel;
  if (r.notes.size() != 1) return "notes: " + std::to_string(r.notes.size());
  return r.notes[0].message;
}

TEST(ConfigMalformed, BrokenAndroidXmlNamesTheLine) {
  EXPECT_EQ(only_note("res/xml/network_security_config.xml", "res/xml/network_security_config.xml").rfind("skipped: malformed XML at line 6: ", 0), 0u);
}

TEST(ConfigMalformed, TruncatedYamlNamesTheLine) {
  auto msg = only_note("truncated.yml", "ci/truncated.yml");
  EXPECT_EQ(msg.rfind("skipped: malformed YAML at line ", 0), 0u) << msg;
}

TEST(ConfigMalformed, HelmTemplateIsANoteNotAWarning) {
  auto r = scan_text("chart/templates/deployment.yaml",
                     "spec:\n  {{- if .Values.curl }}\n  command: [\"curl\", \"-k\"]\n  {{- end }}\n  env: {{ toYaml .Values.env | nindent 4 }}\n");
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].level, "note");
  EXPECT_EQ(r.notes[0].message.rfind("skipped: templated YAML (Go/Helm template)", 0), 0u) << r.notes[0].message;
}

TEST(ConfigMalformed, TruncatedBinaryPlistIsSkipped) {
  auto msg = only_note("Truncated/Info.plist", "Truncated/Info.plist");
  EXPECT_EQ(msg.rfind("skipped: binary plist", 0), 0u) << msg;
}

TEST(ConfigMalformed, GarbageBinaryPlistIsSkipped) {
  auto msg = only_note("Garbage/Info.plist", "Garbage/Info.plist");
  EXPECT_EQ(msg.rfind("skipped: binary plist", 0), 0u) << msg;
}

TEST(ConfigMalformed, UnclosedNginxBlockIsSkipped) {
  EXPECT_EQ(only_note("nginx.conf", "nginx.conf"), "skipped: malformed nginx configuration: unclosed block at end of file");
}

TEST(ConfigMalformed, SelfReferencingBinaryPlistIsRefused) {
  // bplist00 whose only object is an array containing itself.
  std::string b = "bplist00";
  b += '\xA1';  // array, 1 element
  b += '\x00';  // ref → object 0 (itself)
  const size_t table = b.size();
  b += '\x08';  // offset of object 0
  std::string trailer(32, '\0');
  trailer[6] = 1;   // offset int size
  trailer[7] = 1;   // ref size
  trailer[15] = 1;  // one object
  trailer[31] = static_cast<char>(table);
  b += trailer;
  auto r = scan_text("Info.plist", b);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].message.find("deeper than"), std::string::npos) << r.notes[0].message;
}

// Every prefix length of every fixture (in steps) through every front-end: no crash, no hang.
TEST(ConfigMalformed, TruncatedFixturesNeverCrash) {
  size_t files = 0;
  for (const auto& f : fs::recursive_directory_iterator(config_fixture_dir())) {
    if (!f.is_regular_file()) continue;
    const std::string rel = fs::relative(f.path(), config_fixture_dir()).generic_string();
    const std::string bytes = read_bytes(f.path().string());
    const size_t step = std::max<size_t>(1, bytes.size() / 40);
    for (size_t n = 0; n < bytes.size(); n += step) scan_text(rel, bytes.substr(0, n));
    ++files;
  }
  EXPECT_GT(files, 20u);
}

// Seeded byte mutations of every fixture (flips, deletions, inserted quotes and brackets).
TEST(ConfigMalformed, MutatedFixturesNeverCrash) {
  std::mt19937 rng(20261129);
  std::string specials = "\"'{}[]<>\\;:=\n\t#$()`|&-";
  specials += '\0';  // NUL and a stray UTF-8 lead byte: a char* literal would stop at the NUL
  specials += '\xff';
  size_t runs = 0;
  for (const auto& f : fs::recursive_directory_iterator(config_fixture_dir())) {
    if (!f.is_regular_file()) continue;
    const std::string rel = fs::relative(f.path(), config_fixture_dir()).generic_string();
    const std::string original = read_bytes(f.path().string());
    if (original.empty()) continue;
    for (int round = 0; round < 25; ++round) {
      std::string bytes = original;
      for (int k = 0; k < 4; ++k) {
        const size_t at = rng() % bytes.size();
        switch (rng() % 3) {
          case 0: bytes[at] = specials[rng() % specials.size()]; break;
          case 1: bytes.erase(at, 1 + rng() % 8); break;
          default: bytes.insert(at, 1, specials[rng() % specials.size()]); break;
        }
        if (bytes.empty()) bytes = "x";
      }
      scan_text(rel, bytes);
      ++runs;
    }
  }
  EXPECT_GT(runs, 500u);
}

}  // namespace
