#pragma once
// A place in a scanned file. Paths are relative to the scan root with forward slashes.
#include "core/model/file_path.h"

namespace atscan {

struct Location {
  FilePath file;      // relative to the scan root, '/' separators (interned: file_path.h)
  int line = 0;       // 1-based; 0 = whole file
  int column = 0;     // 1-based, in bytes
  int end_line = 0;
  int end_column = 0;

  bool operator==(const Location&) const = default;
  auto operator<=>(const Location&) const = default;
};

}  // namespace atscan
