#pragma once
// JavaScript/TypeScript: native trust code written as a template literal, which a build step (an Expo
// config plugin, a code generator) writes into the app: TrustKit `kTSKPublicKeyHashes`, OkHttp
// `CertificatePinner` pins and the client that installs them, Android `<pin digest=…>`. The generated
// source is not in the tree, so the template is where the pinning is. Each such line is a pin set: its
// literal pins are judged; pins filled in from `${…}` are values the scan cannot see (UNKNOWN).
#include <string>
#include <string_view>

#include <tree_sitter/api.h>

#include "core/model/facts.h"

namespace atscan::ts {

void add_generated_native_trust(TSNode root, std::string_view source, const std::string& file, FileFacts& out);

}  // namespace atscan::ts
