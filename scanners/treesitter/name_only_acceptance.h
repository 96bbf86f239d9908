#pragma once
// C#: a certificate validation callback that answers `true` when the certificate's subject or issuer
// name matches, before it has looked at the policy errors. A name is text anyone can put in a
// self-signed certificate, so such a branch accepts an unverified chain: verification is off for every
// certificate that carries the name. The branch is the finding's line; a callback that rejects on
// policy errors first, or that compares keys, digests or thumbprints, is left to the callback rules.
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

#include "core/model/facts.h"

namespace atscan::ts {

void add_name_only_acceptances(TSNode root, std::string_view source, const std::string& file, FileFacts& out);

}  // namespace atscan::ts
