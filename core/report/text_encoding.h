#pragma once
// Text clean-up shared by the reporters: findings carry raw bytes from scanned files (evidence,
// snippets), and every output format needs valid UTF-8 and its own escaping.
#include <string>
#include <string_view>

namespace atscan {

// `text` with each invalid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// For a terminal or a line-oriented log: valid UTF-8 with every control character made visible, so a
// file name or an evidence string can neither forge extra lines nor send terminal escapes.
// \n \r \t become those two-character escapes (a tab is kept when `keep_tab`), other C0 controls,
// DEL, C1 controls (U+0080–U+009F) and bidirectional overrides (U+202A–U+202E, U+2066–U+2069)
// become \xHH or \u{HHHH}.
std::string escape_controls(std::string_view text, bool keep_tab = false);

// Escaped for an XML 1.0 attribute value or text node: & < > " ' as entities, tab/LF/CR as character
// references (so attribute normalisation keeps them), other control characters (not allowed in
// XML 1.0 at all) and invalid UTF-8 as U+FFFD.
std::string xml_escape(std::string_view text);

// Percent-encodes a '/'-separated path for a URI: every byte except unreserved characters and '/'.
std::string uri_encode_path(std::string_view path);

// "file:///abs/dir/" for an absolute directory (a trailing '/' is added; '\\' becomes '/').
std::string file_uri_of_directory(std::string_view absolute_dir);

}  // namespace atscan
