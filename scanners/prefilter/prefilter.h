#pragma once
// Multi-literal prefilter: a file that contains none of the catalog's trigger literals is never
// parsed. Literal matching is case-sensitive; built once, shared by all threads.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace atscan {

class Prefilter {
 public:
  explicit Prefilter(const std::vector<std::string>& literals);
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  // True when `content` contains at least one literal (or the literal list is empty).
  bool matches(std::string_view content) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace atscan
