// First version: one search per literal. The vectorscan matcher replaces it.
#include "scanners/prefilter/prefilter.h"

namespace atscan {

struct Prefilter::Impl {
  std::vector<std::string> literals;
};

Prefilter::Prefilter(const std::vector<std::string>& literals) : impl_(std::make_unique<Impl>(Impl{literals})) {}
Prefilter::~Prefilter() = default;

bool Prefilter::matches(std::string_view content) const {
  if (impl_->literals.empty()) return true;
  for (const auto& l : impl_->literals)
    if (content.find(l) != std::string_view::npos) return true;
  return false;
}

}  // namespace atscan
