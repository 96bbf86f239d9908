// Written from git's documented wildmatch behaviour (gitignore(5), "PATTERN FORMAT").
#include "scanners/walk/glob.h"

#include <cctype>
#include <cstring>

namespace atscan {
namespace {

// ABORT_ALL prunes backtracking: once the text ran out, consuming more text in an
// earlier `*` cannot help (the classic wildmatch optimisation).
enum class Result { match, no_match, abort_all };

bool posix_class(std::string_view name, unsigned char c) {
  if (name == "alnum") return std::isalnum(c);
  if (name == "alpha") return std::isalpha(c);
  if (name == "blank") return c == ' ' || c == '\t';
  if (name == "cntrl") return std::iscntrl(c);
  if (name == "digit") return std::isdigit(c);
  if (name == "graph") return std::isgraph(c);
  if (name == "lower") return std::islower(c);
  if (name == "print") return std::isprint(c);
  if (name == "punct") return std::ispunct(c);
  if (name == "space") return std::isspace(c);
  if (name == "upper") return std::isupper(c);
  if (name == "xdigit") return std::isxdigit(c);
  return false;
}

// Matches `c` against the class starting just after '['. Sets `end` to the index after ']';
// returns false with end == npos when the class is unterminated (git: the pattern never matches).
bool match_class(std::string_view p, size_t i, unsigned char c, size_t& end) {
  bool negate = false;
  if (i < p.size() && (p[i] == '!' || p[i] == '^')) {
    negate = true;
    ++i;
  }
  bool matched = false;
  bool first = true;
  while (i < p.size()) {
    unsigned char lo = static_cast<unsigned char>(p[i]);
    if (lo == ']' && !first) {
      end = i + 1;
      return matched != negate;
    }
    first = false;
    if (lo == '[' && i + 1 < p.size() && p[i + 1] == ':') {
      auto close = p.find(":]", i + 2);
      if (close != std::string_view::npos) {
        if (posix_class(p.substr(i + 2, close - i - 2), c)) matched = true;
        i = close + 2;
        continue;
      }
    }
    if (lo == '\\' && i + 1 < p.size()) lo = static_cast<unsigned char>(p[++i]);
    ++i;
    if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
      unsigned char hi = static_cast<unsigned char>(p[i + 1]);
      i += 2;
      if (hi == '\\' && i < p.size()) hi = static_cast<unsigned char>(p[i++]);
      if (lo <= c && c <= hi) matched = true;
    } else if (lo == c) {
      matched = true;
    }
  }
  end = std::string_view::npos;
  return false;
}

Result match(std::string_view p, size_t pi, std::string_view t, size_t ti) {
  while (pi < p.size()) {
    const char pc = p[pi];
    if (pc == '*') {
      const size_t stars_begin = pi;
      while (pi < p.size() && p[pi] == '*') ++pi;
      const bool segment_start = stars_begin == 0 || p[stars_begin - 1] == '/';
      const bool segment_end = pi == p.size() || p[pi] == '/';
      if (pi - stars_begin >= 2 && segment_start && segment_end) {
        if (pi == p.size()) return Result::match;  // trailing `**`: everything below
        // `**/`: zero or more whole directories.
        const size_t rest = pi + 1;
        for (size_t k = ti;;) {
          Result r = match(p, rest, t, k);
          if (r != Result::no_match) return r;
          auto slash = t.find('/', k);
          if (slash == std::string_view::npos) return Result::abort_all;
          k = slash + 1;
        }
      }
      if (pi == p.size()) return t.find('/', ti) == std::string_view::npos ? Result::match : Result::no_match;
      for (size_t k = ti;; ++k) {
        Result r = match(p, pi, t, k);
        if (r != Result::no_match) return r;
        if (k >= t.size()) return Result::abort_all;
        if (t[k] == '/') return Result::no_match;  // `*` cannot cross '/'; an outer `**` may retry
      }
    }
    if (ti >= t.size()) return Result::abort_all;
    const unsigned char tc = static_cast<unsigned char>(t[ti]);
    if (pc == '?') {
      if (tc == '/') return Result::no_match;
      ++pi;
    } else if (pc == '[') {
      if (tc == '/') return Result::no_match;
      size_t end = 0;
      bool ok = match_class(p, pi + 1, tc, end);
      if (end == std::string_view::npos) return Result::abort_all;
      if (!ok) return Result::no_match;
      pi = end;
    } else {
      char lit = pc;
      if (pc == '\\') {
        if (pi + 1 >= p.size()) return Result::abort_all;  // a trailing backslash is invalid
        lit = p[++pi];
      }
      if (static_cast<unsigned char>(lit) != tc) return Result::no_match;
      ++pi;
    }
    ++ti;
  }
  return ti == t.size() ? Result::match : Result::no_match;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match(pattern, 0, path, 0) == Result::match;
}

}  // namespace atscan
