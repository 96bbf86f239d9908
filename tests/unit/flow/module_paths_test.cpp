// Which files an import names. A Python dotted path starts at an import root, as the interpreter finds
// it: `import typing` from anywhere is not numpy/typing/__init__.py (a submodule of the numpy package),
// which a match by path suffix alone made it, with the file read and linked for flows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/flow/module_paths.h"

using atscan::flow::ModuleIndex;
using Files = std::vector<std::string>;

namespace {

const ModuleIndex& tree() {
  static const ModuleIndex index(Files{
      "numpy/numpy/__init__.py", "numpy/numpy/typing/__init__.py", "numpy/numpy/core/x.py",                 //
      "lib/ansible/__init__.py", "lib/ansible/module_utils/__init__.py", "lib/ansible/module_utils/urls.py",  //
      "lib/ansible/module_utils/compat/__init__.py", "lib/ansible/module_utils/compat/typing.py",             //
      "lib/ansible/plugins/__init__.py", "lib/ansible/plugins/lookup.py",                                     //
      "tools/run.py", "tools/helper.py", "pkg/__init__.py", "pkg/json.py", "pkg/mod.py", "other/x.py",        //
      "src/com/acme/Util.java", "src/App.java"});
  return index;
}

TEST(ModulePaths, APythonModuleIsFoundFromAnImportRootOnly) {
  EXPECT_EQ(tree().resolve("lib/ansible/plugins/lookup.py", "typing", false), Files{});
  EXPECT_EQ(tree().resolve("numpy/numpy/core/x.py", "typing", false), Files{});
  EXPECT_EQ(tree().resolve("other/x.py", "json", false), Files{});
  // lib/ and numpy/ (the checkout) are no packages: the packages below them are importable.
  EXPECT_EQ(tree().resolve("lib/ansible/plugins/lookup.py", "ansible.module_utils.urls", false), Files{"lib/ansible/module_utils/urls.py"});
  EXPECT_EQ(tree().resolve("other/x.py", "numpy", false), Files{"numpy/numpy/__init__.py"});
  EXPECT_EQ(tree().resolve("other/x.py", "numpy.typing", false), Files{"numpy/numpy/typing/__init__.py"});
  EXPECT_EQ(tree().resolve("lib/ansible/plugins/lookup.py", "ansible.module_utils.compat.typing", false),
            Files{"lib/ansible/module_utils/compat/typing.py"});
}

TEST(ModulePaths, AFileImportsItsOwnFolderByName) {
  // A script's folder is on sys.path; Python 2 also imported a package's siblings by their bare name.
  EXPECT_EQ(tree().resolve("tools/run.py", "helper", false), Files{"tools/helper.py"});
  EXPECT_EQ(tree().resolve("pkg/mod.py", "json", false), Files{"pkg/json.py"});
}

TEST(ModulePaths, RelativeAndJavaImportsAreUnchanged) {
  EXPECT_EQ(tree().resolve("lib/ansible/plugins/lookup.py", "..module_utils.urls", false), Files{"lib/ansible/module_utils/urls.py"});
  EXPECT_EQ(tree().resolve("src/App.java", "com.acme.Util", false), Files{"src/com/acme/Util.java"});
}

}  // namespace
