// `atscan rules` lists the catalog; `atscan explain ID` prints the rule's docs page.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"

namespace atscan::cli {

void add_rules_commands(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto* rules = app.add_subcommand("rules", "List the rule catalog");
  rules->callback([&run, &g] {
    run = [&g] {
      Catalog c = load_catalog(g);
      for (const auto& r : c.rules())
        std::cout << r.id << "  " << to_string(r.severity) << "  " << r.title << '\n';
      return int{kClean};
    };
  });

  auto id = std::make_shared<std::string>();
  auto* explain = app.add_subcommand("explain", "Print a rule's documentation");
  explain->add_option("RULE-ID", *id, "Rule id (ats-…)")->required();
  explain->callback([&run, &g, id] {
    run = [&g, id] {
      Catalog c = load_catalog(g);
      const Rule* r = c.find(*id);
      if (!r) throw UsageError("unknown rule '" + *id + "' (see atscan rules)");
      // docs paths are relative to the repository, i.e. the parent of the rules folder.
      auto page = c.dir().parent_path() / r->docs;
      std::ifstream in(page);
      if (!in) throw UsageError("docs page missing for " + r->id + ": " + page.string());
      std::cout << in.rdbuf();
      return int{kClean};
    };
  });
}

}  // namespace atscan::cli
