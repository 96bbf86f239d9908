#include "core/util/test_code.h"

#include <string>

namespace atscan {

bool is_test_path(std::string_view p) {
  std::string path = "/" + std::string(p);
  for (const char* dir : {"/test/", "/tests/", "/__tests__/", "/spec/", "/testdata/", "/androidTest/"})
    if (path.find(dir) != std::string::npos) return true;
  auto slash = path.rfind('/');
  std::string_view name = std::string_view(path).substr(slash + 1);
  auto ends = [&](std::string_view s) { return name.size() >= s.size() && name.substr(name.size() - s.size()) == s; };
  if (name.rfind("test_", 0) == 0 && ends(".py")) return true;
  for (const char* suffix : {"_test.go", "_test.py", "_test.c", "_test.h", "_test.cpp", "_test.cc", "_test.hpp", "_test.rb", "_spec.rb", "Test.java", "Tests.java",
                             "Test.kt", "Tests.cs", "Tests.swift", ".test.js", ".test.ts", ".spec.js", ".spec.ts"})
    if (ends(suffix)) return true;
  return false;
}

}  // namespace atscan
