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

TEST(DisplayPaths, MentionsOfCarriedFilesAreRenamedLikeTheLocations) {
  Finding f;
  f.location.file = "certs/legacy.pem";
  f.evidence = "certs/legacy.pem";  // a certificate file's own path
  f.message = "certificate bundle: REJECTS; loaded by app/upload.py for S3/CloudFront";
  f.related.push_back({Location{"app/upload.py", 3, 32}, "loaded by a client"});
  Finding g;
  g.location.file = "app/net.py";
  g.evidence = "certs/legacy.pem";  // as written in the code: quoted, never rewritten
  g.message = "custom CA bundle (verify= certs/legacy.pem): REJECTS; reaches S3 endpoint 'b' (S3) via jobs/up.py:6";
  g.related.push_back({Location{"certs/legacy.pem", 0, 0}, "certificate file loaded here"});
  g.path.push_back({Location{"jobs/up.py", 5, 1}, "value: returned by app/net.py:make()"});
  g.fix = Fix{"append the anchors to certs/legacy.pem", {Edit{Location{"certs/legacy.pem", 0, 0}, "x"}}};
  std::vector<Finding> findings{f, g};
  std::vector<Notification> notes{{"lib/a.py", "flow: search from lib/a.py:3:1 stopped; lib/a.pyc and xlib/a.py are other files", "note"}};
  rewrite_paths(findings, notes, [](const std::string& p) { return "../" + p; });
  EXPECT_EQ(findings[0].message, "certificate bundle: REJECTS; loaded by ../app/upload.py for S3/CloudFront");
  EXPECT_EQ(findings[0].evidence, "../certs/legacy.pem");
  EXPECT_EQ(findings[1].message, "custom CA bundle (verify= certs/legacy.pem): REJECTS; reaches S3 endpoint 'b' (S3) via ../jobs/up.py:6");
  EXPECT_EQ(findings[1].evidence, "certs/legacy.pem");
  EXPECT_EQ(findings[1].path[0].message, "value: returned by ../app/net.py:make()");
  EXPECT_EQ(findings[1].fix->description, "append the anchors to ../certs/legacy.pem");
  EXPECT_EQ(notes[0].message, "flow: search from ../lib/a.py:3:1 stopped; lib/a.pyc and xlib/a.py are other files");
}

TEST(DisplayPaths, MentionIsAWholePathLongestFirst) {
  const std::vector<std::pair<std::string, std::string>> r{{"a.py", "src/a.py"}, {"a.py.bak", "src/a.py.bak"}};
  EXPECT_EQ(rewrite_path_mentions("a.py, data.py, x/a.py, a.pyc, 'a.py', a.py.bak and a.py.", r),
            "src/a.py, data.py, x/a.py, a.pyc, 'src/a.py', src/a.py.bak and src/a.py.");
  // A quoted value is copied as written only where it stands whole.
  EXPECT_EQ(rewrite_path_mentions("a.py via a.py:3", r, "a.py"), "a.py via a.py:3");
  EXPECT_EQ(rewrite_path_mentions("a via a.py:3", r, "a"), "a via src/a.py:3");
}

}  // namespace
}  // namespace atscan
