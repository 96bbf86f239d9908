#include "scanners/walk/path_filter.h"

namespace atscan {
namespace {

std::string join_lines(const std::vector<std::string>& globs) {
  std::string text;
  for (const auto& g : globs) text += g + "\n";
  return text;
}

}  // namespace

PathFilter::PathFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude)
    : include_("", join_lines(include)), exclude_("", join_lines(exclude)), has_includes_(!include_.empty()) {}

bool PathFilter::excluded(std::string_view rel, bool is_dir) const {
  return exclude_.match(rel, is_dir) == IgnoreMatch::ignore;
}

bool PathFilter::included(std::string_view rel, bool is_dir) const {
  return !has_includes_ || include_.match(rel, is_dir) == IgnoreMatch::ignore;
}

}  // namespace atscan
