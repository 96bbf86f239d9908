#pragma once
// The `go` directive of the go.mod that governs a Go file: the nearest go.mod from the file's folder up
// to the scan root. Some standard-library behaviour that decides trust changed between releases
// (x509.SystemCertPool fails on Windows before Go 1.18), and the directive is the oldest release the
// module promises to build with.
#include <optional>
#include <utility>

#include "scanners/scanner.h"

namespace atscan::ts {

// {major, minor}, or nothing when no go.mod up to the scan root names a version (or one cannot be read).
std::optional<std::pair<int, int>> go_module_version(const SourceFile& file);

}  // namespace atscan::ts
