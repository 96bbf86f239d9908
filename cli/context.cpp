#include "cli/context.h"

#include <filesystem>

#include "core/util/clock.h"

namespace atscan::cli {

Catalog load_catalog(const GlobalOptions& g) {
  auto dir = g.rules_dir.empty() ? default_rules_dir(g.argv0) : std::filesystem::path(g.rules_dir);
  try {
    return Catalog::load(dir);
  } catch (const CatalogError& e) {
    throw UsageError(e.what());
  }
}

std::shared_ptr<const Profile> load_profile(const GlobalOptions& g) {
  namespace fs = std::filesystem;
  try {
    const std::string name = g.profile.empty() ? std::string("aws-ats") : g.profile;
    if (name.find('/') != std::string::npos || fs::path(name).extension() == ".yaml")
      return Profile::load(name);
    auto dir = g.rules_dir.empty() ? default_rules_dir(g.argv0) : fs::path(g.rules_dir);
    return Profile::load_named(dir, name);
  } catch (const std::exception& e) {
    throw UsageError(std::string("profile: ") + e.what());
  }
}

std::int64_t run_now(const GlobalOptions& g) {
  try {
    return resolve_now(g.now);
  } catch (const ClockError& e) {
    throw UsageError(e.what());
  }
}

}  // namespace atscan::cli
