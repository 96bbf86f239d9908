#pragma once
// The catalog and profiles this build was made with (format.h), handed out only when the files found
// at run time are byte for byte the ones they were parsed from; otherwise the caller loads the YAML
// (and reports its errors) as before. Nothing is done at load time of the module: the data is decoded
// on the first call.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "core/catalog/catalog.h"
#include "core/profile/profile.h"

namespace atscan::judgedata {

// What Catalog::load(rules_dir) would return, or nullopt when rules_dir/*.yaml differ from the build's.
std::optional<Catalog> prebuilt_catalog(const std::filesystem::path& rules_dir);
// What Profile::load(yaml) would return, or nullptr when the YAML or a certificate file it names differs.
std::shared_ptr<const Profile> prebuilt_profile(const std::filesystem::path& yaml);
// Host regex → full-match database compiled at build time, for those of `profile`'s host patterns
// that a profile under rules/profiles has too. For HostClassifier.
std::map<std::string, std::string_view> prebuilt_host_databases(const Profile& profile);

}  // namespace atscan::judgedata
