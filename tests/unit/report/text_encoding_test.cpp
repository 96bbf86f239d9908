#include "core/report/text_encoding.h"

#include <gtest/gtest.h>

namespace atscan {
namespace {

TEST(TextEncoding, ValidUtf8KeepsGoodTextAndReplacesBadBytes) {
  EXPECT_EQ(valid_utf8("plain é ✓ 😀"), "plain é ✓ 😀");
  EXPECT_EQ(valid_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");    // overlong '/'
  EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(valid_utf8("\xE2\x9C"), "\xEF\xBF\xBD\xEF\xBF\xBD");     // truncated at the end
}

TEST(TextEncoding, XmlEscape) {
  EXPECT_EQ(xml_escape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(xml_escape("l1\nl2\tx\r"), "l1&#10;l2&#9;x&#13;");
  EXPECT_EQ(xml_escape(std::string("nul\0!", 5)), "nul\xEF\xBF\xBD!");
}

TEST(TextEncoding, UriPaths) {
  EXPECT_EQ(uri_encode_path("config/app settings.yaml"), "config/app%20settings.yaml");
  EXPECT_EQ(uri_encode_path("a:b/c#d%e?f"), "a%3Ab/c%23d%25e%3Ff");
  EXPECT_EQ(uri_encode_path("é"), "%C3%A9");
  EXPECT_EQ(file_uri_of_directory("/src/my project"), "file:///src/my%20project/");
  EXPECT_EQ(file_uri_of_directory("/src/x/"), "file:///src/x/");
}

}  // namespace
}  // namespace atscan
