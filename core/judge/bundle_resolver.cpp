#include "core/judge/bundle_resolver.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "core/util/input_log.h"

namespace atscan {
namespace fs = std::filesystem;

std::optional<fs::path> resolve_in_root(const std::string& root, const std::string& from_file, const std::string& value) {
  if (value.empty() || root.empty() || value.find('\n') != std::string::npos) return std::nullopt;
  std::error_code ec;
  const fs::path r = fs::weakly_canonical(root, ec);
  std::vector<fs::path> candidates;
  fs::path v(value);
  if (v.is_absolute()) {
    candidates.push_back(v);
    static const char* kSystem[] = {"/etc/", "/usr/", "/System/", "/Library/", "/var/lib/", "/opt/homebrew/"};
    const bool system = std::any_of(std::begin(kSystem), std::end(kSystem), [&](const char* p) { return value.rfind(p, 0) == 0; });
    if (!system) {
      std::vector<fs::path> parts(std::next(v.begin()), v.end());
      for (size_t skip = 1; skip < parts.size(); ++skip) {
        fs::path tail;
        for (size_t i = skip; i < parts.size(); ++i) tail /= parts[i];
        candidates.push_back(r / tail);
      }
    }
  } else {
    candidates.push_back(r / fs::path(from_file).parent_path() / v);
    candidates.push_back(r / v);
    // "$srcdir/data/ca.pem", "${CERT_DIR}/ca.pem": a variable that names a folder of the project; the
    // rest is tried from the file's folder and the root.
    if (value[0] == '$') {
      const auto slash = value.find('/');
      const std::string name = value.substr(0, slash);
      const bool one_name = slash != std::string::npos && slash > 1 && name.find_first_of(" \t.") == std::string::npos;
      if (one_name) {
        const fs::path rest(value.substr(slash + 1));
        candidates.push_back(r / fs::path(from_file).parent_path() / rest);
        candidates.push_back(r / rest);
      }
    }
  }
  for (auto c : candidates) {
    c = fs::weakly_canonical(c, ec);
    auto rel = c.lexically_relative(r).generic_string();
    if (rel.empty() || rel.rfind("..", 0) == 0) continue;
    note_input_path(c);
    if (fs::is_regular_file(c, ec) || fs::is_directory(c, ec)) return c;
  }
  return std::nullopt;
}

}  // namespace atscan
