#pragma once
// C/C++: a peer certificate taken (SSL_get_peer_certificate) in a function that does not ask for the
// verification result on every path that keeps it. Translates each function body into the path model of
// core/paths/result_check.h; the Clang engine does the same from its AST.
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

#include "core/model/facts.h"

namespace atscan::ts {

void add_unchecked_peer_certificates(TSNode root, std::string_view source, const std::string& file, FileFacts& out);

}  // namespace atscan::ts
