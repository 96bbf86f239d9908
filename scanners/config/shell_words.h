#pragma once
// A small, tolerant shell tokenizer: enough of POSIX sh to find simple commands and their words
// (quotes, escapes, line continuations, comments, ; && || | & separators, $(…) and `…` bodies,
// here-document bodies skipped). It never fails: unbalanced quotes run to the end of the text.
#include <string>
#include <string_view>
#include <vector>

namespace atscan::config {

struct ShellWord {
  std::string text;  // after quote removal
  int line = 1;      // 1-based, relative to the tokenized text
  int column = 1;
  int end_line = 1;
  int end_column = 1;  // one past the last byte
  bool written_to = false;  // the target of an output redirection (`> f`, `>> f`, `>f`): not an argument
};

using ShellCommand = std::vector<ShellWord>;

std::vector<ShellCommand> split_shell_commands(std::string_view script);

}  // namespace atscan::config
