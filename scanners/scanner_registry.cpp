#include <algorithm>

#include "scanners/scanner.h"

namespace atscan {
namespace {
std::vector<std::pair<std::string, ScannerFactory>>& table() {
  static std::vector<std::pair<std::string, ScannerFactory>> t;
  return t;
}
}  // namespace

ScannerRegistration::ScannerRegistration(std::string name, ScannerFactory factory) {
  auto& t = table();
  t.emplace_back(std::move(name), std::move(factory));
  // Registration order depends on link order; keep it deterministic.
  std::sort(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

const std::vector<std::pair<std::string, ScannerFactory>>& registered_scanners() { return table(); }

}  // namespace atscan
