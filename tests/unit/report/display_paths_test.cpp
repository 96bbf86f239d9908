#include "core/report/display_paths.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

TEST(DisplayPaths, RelativeArgumentIsShownAsTyped) {
  DisplayPaths p("/w/proj/examples/uploader", {"examples/uploader/upload.cpp"}, "/w/proj");
  EXPECT_EQ(p.as_typed("upload.cpp"), "examples/uploader/upload.cpp");
  // A related file beside the scanned one: relative to the current directory.
  EXPECT_EQ(p.as_typed("certs/a.pem"), "examples/uploader/certs/a.pem");
}

TEST(DisplayPaths, DotAddsNoPrefixAndDotSlashIsDropped) {
  DisplayPaths dot("/w/proj", {"."}, "/w/proj");
  EXPECT_EQ(dot.as_typed("src/a.py"), "src/a.py");
  DisplayPaths dot_slash("/w/proj/src", {"./src/"}, "/w/proj");
  EXPECT_EQ(dot_slash.as_typed("a.py"), "src/a.py");
}

TEST(DisplayPaths, ParentAndAbsoluteArgumentsKeepTheirSpelling) {
  DisplayPaths up("/w/proj", {".", "../certs"}, "/w/proj/app");
  EXPECT_EQ(up.as_typed("app/upload.py"), "upload.py");
  EXPECT_EQ(up.as_typed("certs/legacy.pem"), "../certs/legacy.pem");
  DisplayPaths abs("/w/proj", {"/w/proj"}, "/elsewhere");
  EXPECT_EQ(abs.as_typed("src/a.py"), "/w/proj/src/a.py");
}

TEST(DisplayPaths, LongestArgumentWins) {
  DisplayPaths p("/w/proj", {"/w/proj", "src"}, "/w/proj");
  EXPECT_EQ(p.as_typed("src/a.py"), "src/a.py");
  EXPECT_EQ(p.as_typed("lib/b.py"), "/w/proj/lib/b.py");
}

TEST(DisplayPaths, RelativeToBaseOrAbsoluteOutside) {
  DisplayPaths p("/w/proj/sub", {"sub"}, "/w/proj");
  EXPECT_EQ(p.relative_to("a.py", "/w/proj"), "sub/a.py");
  EXPECT_EQ(p.relative_to("a.py", "/w/proj/sub"), "a.py");
  EXPECT_EQ(p.relative_to("a.py", "/w/other"), "/w/proj/sub/a.py");
  EXPECT_EQ(p.relative_to("", "/w/proj"), "");
}

TEST(DisplayPaths, RewriteCoversEveryPathAFindingCarries) {
  Finding f;
  f.location.file = "a.py";
  f.related.push_back({Location{"certs/c.pem", 1, 1}, "loaded here"});
  f.fix = Fix{"append", {Edit{Location{"certs/c.pem", 0, 0}, "x"}, Edit{Location{"", 2, 1}, "y"}}};
  std::vector<Finding> findings{f};
  std::vector<Notification> notes{{"b.bin", "skipped: binary file", "note"}, {"", "run-wide", "warning"}};
  rewrite_paths(findings, notes, [](const std::string& p) { return "src/" + p; });
  EXPECT_EQ(findings[0].location.file, "src/a.py");
  EXPECT_EQ(findings[0].related[0].location.file, "src/certs/c.pem");
  EXPECT_EQ(findings[0].fix->edits[0].range.file, "src/certs/c.pem");
  EXPECT_EQ(findings[0].fix->edits[1].range.file, "");  // the finding's own file stays implicit
  EXPECT_EQ(notes[0].file, "src/b.bin");
}

}  // namespace
}  // namespace atscan
