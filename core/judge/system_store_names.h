#pragma once
// A path into the operating system's CA store names a distribution's copy of one root: Debian and its
// derivatives (and Alpine) keep each root as /etc/ssl/certs/<CN with '_' for ' '>.pem, so
// /etc/ssl/certs/Amazon_Root_CA_1.pem is Amazon Root CA 1 even though the file is not in the tree.
#include <string_view>

#include "core/profile/profile.h"

namespace atscan {

// The profile root that `path` is the system store's copy of; nullptr for any other path.
const ProfileCert* system_store_copy(std::string_view path, const Profile& profile);

}  // namespace atscan
