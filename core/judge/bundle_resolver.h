#pragma once
// Where a CA path named in code or config lives in the scanned tree.
#include <filesystem>
#include <optional>
#include <string>

namespace atscan {

// A path named in code or config, resolved inside the scan root only: the file's folder first,
// then the root. Absolute paths count when they fall inside the root; otherwise, outside the usual
// system locations, an absolute path is taken as a container or deployment path whose tail names a
// file of the tree (`COPY . /app` then `/app/certs/ca.pem` → `certs/ca.pem`).
std::optional<std::filesystem::path> resolve_in_root(const std::string& root, const std::string& from_file, const std::string& value);

}  // namespace atscan
