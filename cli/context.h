#pragma once
// What most subcommands load first: the catalog and the profile, with exit-2 errors.
#include <cstdint>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/catalog/catalog.h"
#include "core/profile/profile.h"

namespace atscan::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Catalog load_catalog(const GlobalOptions& g);
// NAME from rules/profiles/, or a path to a profile YAML.
std::shared_ptr<const Profile> load_profile(const GlobalOptions& g);
// The run's clock: --now, else SOURCE_DATE_EPOCH, else the machine clock (seconds since the epoch).
std::int64_t run_now(const GlobalOptions& g);

}  // namespace atscan::cli
