#pragma once
// Files that build and deploy steps put in place: downloads (CMake file(DOWNLOAD), curl -o, wget -O,
// Dockerfile ADD <url>) and mounts (compose volumes ./certs:/etc/ssl/custom). A trust path that is not
// in the tree may be one of them: a URL where an issuer publishes a known certificate names what a
// download holds (a URL that serves the Baltimore root is that root); a mount maps a container path
// back to a folder of the tree.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/facts.h"
#include "core/profile/profile.h"

namespace atscan {

struct Download {
  std::string url;
  std::string dest;  // as the build step wrote it
  Location location;
};

// A container path that a mount maps into the tree.
struct Mounted {
  std::string tree_path;  // relative to the mount's file: "./certs/legacy.pem"
  Location location;      // the mount
};

class ProducedFiles {
 public:
  ProducedFiles(const std::vector<FileFacts>& files, const Profile& profile);

  // The download that produces `path`, matched by file name ("${CMAKE_BINARY_DIR}/certs/ca.pem" and
  // "/etc/ssl/ca.pem" both end in ca.pem); nullptr when none does, or when several downloads of
  // different URLs produce that name (which one the code reads is not known).
  const Download* producing(std::string_view path) const;
  // The profile certificate published at `url` (the same URL without scheme and case of host, or the
  // same file name as a published URL: AmazonRootCA1.pem); nullptr when the URL names none.
  const ProfileCert* published_at(std::string_view url) const;
  // Where `path` comes from when a mount of `file` (else of any file, if only one maps it) puts a tree
  // folder at a prefix of it; the longest prefix wins.
  std::vector<Mounted> mounted(std::string_view path, std::string_view file) const;
  // The README sections of `file`'s folder that name it (its file name, or the name without extension,
  // as a word): each with a host the section names (`documented` producers, scanners/config/readme_scanner).
  std::vector<const flow::Producer*> documenting(std::string_view file) const;

 private:
  struct Mount {
    std::string source, dest;
    Location location;
  };
  std::map<std::string, std::vector<Download>> by_name_;
  std::vector<Mount> mounts_;
  std::map<std::string, std::vector<const flow::Producer*>> documented_;  // folder → README hosts
  const Profile& profile_;
};

// The last path segment, without a query or fragment ("https://h/a/b.pem?x=1" → "b.pem").
std::string file_name_of(std::string_view path_or_url);

}  // namespace atscan
