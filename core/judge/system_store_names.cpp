#include "core/judge/system_store_names.h"

#include <string>

namespace atscan {

const ProfileCert* system_store_copy(std::string_view path, const Profile& profile) {
  // The folders where the distribution's ca-certificates package puts one file per root.
  static constexpr std::string_view kStores[] = {"/etc/ssl/certs/", "/usr/share/ca-certificates/mozilla/"};
  std::string_view name;
  for (auto dir : kStores)
    if (path.size() > dir.size() && path.substr(0, dir.size()) == dir) name = path.substr(dir.size());
  if (name.empty() || name.find('/') != std::string_view::npos) return nullptr;
  for (std::string_view ext : {".pem", ".crt"})
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) {
      name.remove_suffix(ext.size());
      break;
    }
  for (const auto& c : profile.certs) {
    // Roots only: the store holds no intermediates or cross-signs.
    if (c.role.find("intermediate") != std::string::npos || c.role == "cross-sign" || c.pem.empty()) continue;
    std::string file = c.name;
    for (char& ch : file)
      if (ch == ' ') ch = '_';
    if (file == name) return &c;
  }
  return nullptr;
}

}  // namespace atscan
