#pragma once
// A scanned file's path as a Location holds it: the text is kept once per process (interned) and a
// FilePath is a pointer to it, so copying a Location allocates nothing. A scan's flow records hold
// about a hundred thousand locations of a few hundred files; a std::string per location was millions
// of bytes of copies and an allocation each.
//
// Equal paths share one text, so == compares pointers; ordering compares the text, so sorted output
// does not depend on the order paths were first seen. Thread-safe; the texts live until the process
// ends (a process sees a bounded set of paths: the files of its scans).
#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace atscan {

class FilePath {
 public:
  FilePath() noexcept;
  FilePath(std::string_view text);  // NOLINT(google-explicit-constructor): a path is written as text
  FilePath(const std::string& text) : FilePath(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
  FilePath(const char* text) : FilePath(std::string_view(text)) {}          // NOLINT(google-explicit-constructor)

  const std::string& str() const noexcept { return *text_; }
  operator const std::string&() const noexcept { return *text_; }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const noexcept { return *text_; }    // NOLINT(google-explicit-constructor)

  bool empty() const noexcept { return text_->empty(); }
  std::size_t size() const noexcept { return text_->size(); }
  const char* data() const noexcept { return text_->data(); }
  const char* c_str() const noexcept { return text_->c_str(); }
  auto begin() const noexcept { return text_->begin(); }
  auto end() const noexcept { return text_->end(); }
  char back() const { return text_->back(); }
  std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return text_->find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const noexcept { return text_->find(c, pos); }
  std::size_t rfind(char c, std::size_t pos = std::string::npos) const noexcept { return text_->rfind(c, pos); }
  std::size_t rfind(std::string_view s, std::size_t pos = std::string::npos) const noexcept { return text_->rfind(s, pos); }
  std::size_t find_last_of(std::string_view s) const noexcept { return text_->find_last_of(s); }
  std::string substr(std::size_t pos, std::size_t n = std::string::npos) const { return text_->substr(pos, n); }
  bool starts_with(std::string_view s) const noexcept { return text_->starts_with(s); }
  bool ends_with(std::string_view s) const noexcept { return text_->ends_with(s); }

  friend bool operator==(const FilePath& a, const FilePath& b) noexcept { return a.text_ == b.text_; }
  friend std::strong_ordering operator<=>(const FilePath& a, const FilePath& b) noexcept {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return *a.text_ <=> *b.text_;
  }
  friend bool operator==(const FilePath& a, std::string_view b) noexcept { return *a.text_ == b; }
  friend bool operator==(const FilePath& a, const std::string& b) noexcept { return *a.text_ == b; }
  friend bool operator==(const FilePath& a, const char* b) noexcept { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const FilePath& a, std::string_view b) noexcept {
    return std::string_view(*a.text_) <=> b;
  }
  friend std::string operator+(const FilePath& a, std::string_view b) { return *a.text_ + std::string(b); }
  friend std::string operator+(std::string_view a, const FilePath& b) { return std::string(a) + *b.text_; }
  friend std::string operator+(const FilePath& a, char b) { return *a.text_ + b; }
  friend std::ostream& operator<<(std::ostream& os, const FilePath& p) { return os << *p.text_; }

 private:
  const std::string* text_;
};

}  // namespace atscan

template <>
struct std::hash<atscan::FilePath> {
  std::size_t operator()(const atscan::FilePath& p) const noexcept { return std::hash<std::string>{}(p.str()); }
};
