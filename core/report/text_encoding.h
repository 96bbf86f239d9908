#pragma once
// Text clean-up shared by the reporters: findings carry raw bytes from scanned files (evidence,
// snippets), and every output format needs valid UTF-8 and its own escaping.
#include <string>
#include <string_view>

namespace atscan {

// `text` with each invalid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// Escaped for an XML 1.0 attribute value or text node: & < > " ' as entities, tab/LF/CR as character
// references (so attribute normalisation keeps them), other control characters (not allowed in
// XML 1.0 at all) and invalid UTF-8 as U+FFFD.
std::string xml_escape(std::string_view text);

// Percent-encodes a '/'-separated path for a URI: every byte except unreserved characters and '/'.
std::string uri_encode_path(std::string_view path);

// "file:///abs/dir/" for an absolute directory (a trailing '/' is added; '\\' becomes '/').
std::string file_uri_of_directory(std::string_view absolute_dir);

}  // namespace atscan
