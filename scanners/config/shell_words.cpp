#include "scanners/config/shell_words.h"

#include <algorithm>

namespace atscan::config {
namespace {

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  void run(size_t begin, size_t end, std::vector<ShellCommand>& out) {
    ShellCommand cmd;
    std::string word;
    bool in_word = false;
    bool redirected = false;  // the next word is an output redirection's target
    bool word_redirected = false;
    size_t word_start = 0;
    std::vector<std::pair<std::string, bool>> heredocs;  // delimiter, strip tabs
    auto end_word = [&](size_t at) {
      if (!in_word) return;
      ShellWord w;
      w.text = std::move(word);
      w.written_to = word_redirected;
      set_pos(w, word_start, at);
      cmd.push_back(std::move(w));
      word.clear();
      in_word = false;
    };
    auto end_cmd = [&] {
      if (!cmd.empty()) out.push_back(std::move(cmd));
      cmd.clear();
    };
    auto start_word = [&](size_t at) {
      if (!in_word) {
        in_word = true;
        word_start = at;
        word_redirected = redirected;
        redirected = false;
      }
    };
    size_t i = begin;
    while (i < end) {
      char c = text_[i];
      if (c == '\\' && i + 1 < end && text_[i + 1] == '\n') { i += 2; continue; }
      if (c == '\\' && i + 2 < end && text_[i + 1] == '\r' && text_[i + 2] == '\n') { i += 3; continue; }
      if (c == '\n') {
        end_word(i);
        end_cmd();
        ++i;
        for (auto& [delim, strip] : heredocs) i = skip_heredoc(i, end, delim, strip);
        heredocs.clear();
        continue;
      }
      if (!in_word && (c == ' ' || c == '\t' || c == '\r')) { ++i; continue; }
      if (in_word && (c == ' ' || c == '\t' || c == '\r')) { end_word(i); ++i; continue; }
      if (c == '#' && !in_word) {
        while (i < end && text_[i] != '\n') ++i;
        continue;
      }
      if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')') {
        end_word(i);
        end_cmd();
        ++i;
        continue;
      }
      if (c == '<' && i + 1 < end && text_[i + 1] == '<' && !(i + 2 < end && text_[i + 2] == '<')) {
        end_word(i);
        i += 2;
        bool strip = i < end && text_[i] == '-';
        if (strip) ++i;
        while (i < end && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        std::string delim;
        while (i < end && text_[i] != '\n' && text_[i] != ' ' && text_[i] != '\t' && text_[i] != ';' && text_[i] != '|' &&
               text_[i] != '&' && text_[i] != '>') {
          if (text_[i] != '\'' && text_[i] != '"' && text_[i] != '\\') delim += text_[i];
          ++i;
        }
        if (!delim.empty()) heredocs.emplace_back(delim, strip);
        continue;
      }
      if (c == '<' || c == '>') {
        end_word(i);
        redirected = c == '>';
        ++i;
        if (redirected && i < end && text_[i] == '>') ++i;  // >>
        continue;
      }
      start_word(i);
      if (c == '\'') {
        size_t close = text_.find('\'', i + 1);
        if (close == std::string_view::npos || close >= end) close = end;
        word.append(text_.substr(i + 1, close - i - 1));
        i = std::min(close + 1, end);
        continue;
      }
      if (c == '"') {
        ++i;
        while (i < end && text_[i] != '"') {
          if (text_[i] == '\\' && i + 1 < end && std::string_view("\"\\$`\n").find(text_[i + 1]) != std::string_view::npos) {
            if (text_[i + 1] != '\n') word += text_[i + 1];
            i += 2;
            continue;
          }
          if (text_[i] == '$' && i + 1 < end && text_[i + 1] == '(') {
            i = substitution(i, end, word, out);
            continue;
          }
          word += text_[i++];
        }
        ++i;
        continue;
      }
      if (c == '\\' && i + 1 < end) {
        word += text_[i + 1];
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < end && text_[i + 1] == '(') {
        i = substitution(i, end, word, out);
        continue;
      }
      if (c == '`') {
        size_t close = text_.find('`', i + 1);
        if (close == std::string_view::npos || close >= end) close = end;
        word.append(text_.substr(i, std::min(close + 1, end) - i));
        run(i + 1, close, out);
        i = std::min(close + 1, end);
        continue;
      }
      word += c;
      ++i;
    }
    end_word(end);
    end_cmd();
  }

 private:
  // $( … ): the body is tokenized as commands of its own; the word keeps the raw text.
  size_t substitution(size_t i, size_t end, std::string& word, std::vector<ShellCommand>& out) {
    int depth = 0;
    size_t j = i + 1;
    for (; j < end; ++j) {
      if (text_[j] == '(') ++depth;
      else if (text_[j] == ')' && --depth == 0) break;
    }
    size_t close = std::min(j, end);
    word.append(text_.substr(i, std::min(close + 1, end) - i));
    std::vector<ShellCommand> inner;
    run(i + 2, close, inner);
    for (auto& c : inner) out.push_back(std::move(c));
    return std::min(close + 1, end);
  }

  size_t skip_heredoc(size_t i, size_t end, const std::string& delim, bool strip_tabs) {
    while (i < end) {
      size_t nl = text_.find('\n', i);
      size_t line_end = nl == std::string_view::npos || nl > end ? end : nl;
      std::string_view line = text_.substr(i, line_end - i);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (strip_tabs) {
        while (!line.empty() && line.front() == '\t') line.remove_prefix(1);
      }
      i = line_end == end ? end : line_end + 1;
      if (line == delim) break;
    }
    return i;
  }

  void set_pos(ShellWord& w, size_t from, size_t to) const {
    auto pos = [&](size_t off, int& line, int& col) {
      auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
      size_t idx = static_cast<size_t>(it - starts_.begin()) - 1;
      line = static_cast<int>(idx) + 1;
      col = static_cast<int>(off - starts_[idx]) + 1;
    };
    pos(from, w.line, w.column);
    pos(to, w.end_line, w.end_column);
  }

  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace

std::vector<ShellCommand> split_shell_commands(std::string_view script) {
  std::vector<ShellCommand> out;
  Tokenizer t(script);
  t.run(0, script.size(), out);
  return out;
}

}  // namespace atscan::config
