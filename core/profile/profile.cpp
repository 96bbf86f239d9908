// Placeholder loader (issue 3 replaces it with the full format): id, title and hosts only.
#include "core/profile/profile.h"

#include <yaml-cpp/yaml.h>

#include <stdexcept>

namespace atscan {

std::shared_ptr<const Profile> Profile::load(const std::filesystem::path& yaml) {
  auto p = std::make_shared<Profile>();
  YAML::Node doc;
  try {
    doc = YAML::LoadFile(yaml.string());
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(yaml.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  p->id = doc["id"].as<std::string>("");
  p->title = doc["title"].as<std::string>("");
  for (const auto& h : doc["hosts"])
    p->hosts.push_back({h["regex"].as<std::string>(), h["tag"].as<std::string>(""), h["class"].as<std::string>("other"),
                        h["impact"].as<std::string>("affected")});
  return p;
}

std::shared_ptr<const Profile> Profile::load_named(const std::filesystem::path& rules_dir, const std::string& name) {
  auto path = rules_dir / "profiles" / (name + ".yaml");
  if (!std::filesystem::exists(path)) throw std::runtime_error("unknown profile '" + name + "' (" + path.string() + ")");
  return load(path);
}

}  // namespace atscan
