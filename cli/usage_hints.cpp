#include "cli/usage_hints.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/util/suggest.h"

namespace atscan::cli {
namespace {

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const auto* s : app.get_subcommands([](const CLI::App*) { return true; })) out.push_back(s->get_name());
  return out;
}

void add_option_names(const CLI::App& app, std::vector<std::string>& out) {
  for (const auto* o : app.get_options()) {
    for (const auto& l : o->get_lnames()) out.push_back("--" + l);
    for (const auto& s : o->get_snames()) out.push_back("-" + s);
  }
}

}  // namespace

std::string usage_error_message(const CLI::App& app, int argc, const char* const* argv, const CLI::ParseError& error) {
  // Follow the words that name subcommands, so the options offered are the chosen command's.
  const CLI::App* cmd = &app;
  std::string path = "atscan";
  std::vector<std::string> options;
  add_option_names(app, options);
  bool first_word = true;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg.front() == '-') {
      const std::string name(arg.substr(0, arg.find('=')));
      if (std::find(options.begin(), options.end(), name) == options.end() && name.rfind("--", 0) == 0)
        return "unknown option '" + name + "'" + did_you_mean(name, options) + " (see " + path + " --help)";
      // An option that takes a value consumes the next word (unless given as --name=value).
      const CLI::Option* o = cmd->get_option_no_throw(name);
      if (!o && cmd != &app) o = app.get_option_no_throw(name);
      if (o && o->get_type_size_max() > 0 && arg.find('=') == std::string_view::npos) ++i;
      continue;
    }
    if (!first_word && cmd == &app) continue;
    const auto subs = subcommand_names(*cmd);
    if (subs.empty()) continue;  // a positional argument of the chosen command
    const CLI::App* next = nullptr;
    for (const auto* s : cmd->get_subcommands([](const CLI::App*) { return true; }))
      if (s->get_name() == arg) next = s;
    if (!next) {
      if (cmd == &app && first_word)
        return "unknown command '" + std::string(arg) + "'" + did_you_mean(std::string(arg), subs) + " (see atscan --help)";
      continue;
    }
    first_word = false;
    cmd = next;
    path += " " + next->get_name();
    add_option_names(*next, options);
  }
  // A bad value of a global option (--now, --rules, --profile) is explained by the top-level help.
  const std::string what = error.what();
  for (const auto* o : app.get_options())
    for (const auto& l : o->get_lnames())
      if (what.rfind("--" + l + ":", 0) == 0) path = "atscan";
  return what + " (see " + path + " --help)";
}

}  // namespace atscan::cli
