#pragma once
// The constants a verification callback's body compares certificate names or digests with
// (`chain[0].getIssuerX500Principal().getName().contains("DigiCert")`,
// `strings.Contains(cert.Issuer.CommonName, "DigiCert")`, `hex.EncodeToString(sum[:]) == "ab12…"`),
// so the judge can decide from them. Language-neutral: it reads call and comparison shapes that
// Java, Kotlin, Go, C# and JavaScript grammars share.
#include <vector>

#include <tree_sitter/api.h>

#include "core/model/facts.h"
#include "scanners/treesitter/string_values.h"

namespace atscan::ts {

std::vector<CallbackConstant> callback_constants(TSNode body, const ValueResolver& values);

}  // namespace atscan::ts
