#pragma once
// C/C++: a peer certificate taken (SSL_get_peer_certificate) in a function that does not ask for the
// verification result on every path that keeps it; the path model is core/paths/result_check.h, shared
// with the tree-sitter fallback.
#include <clang/AST/Decl.h>

#include <vector>

namespace atscan::clangfe {

class Collector;

void add_unchecked_peer_certificates(Collector& c, const std::vector<clang::Decl*>& main_decls);

}  // namespace atscan::clangfe
