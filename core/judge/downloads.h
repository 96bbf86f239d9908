#pragma once
// Files that build steps download (CMake file(DOWNLOAD), curl -o, wget -O, Dockerfile ADD <url>).
// A trust path that is not in the tree may be one of them; a URL where an issuer publishes a known
// certificate names what the file holds (a URL that serves the Baltimore root is that root).
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

class Downloads {
 public:
  Downloads(const std::vector<FileFacts>& files, const Profile& profile);

  // The download that produces `path`, matched by file name ("${CMAKE_BINARY_DIR}/certs/ca.pem" and
  // "/etc/ssl/ca.pem" both end in ca.pem); nullptr when none does, or when several downloads of
  // different URLs produce that name (which one the code reads is not known).
  const Download* producing(std::string_view path) const;
  // The profile certificate published at `url` (the same URL without scheme and case of host, or the
  // same file name as a published URL: AmazonRootCA1.pem); nullptr when the URL names none.
  const ProfileCert* published_at(std::string_view url) const;

 private:
  std::map<std::string, std::vector<Download>> by_name_;
  const Profile& profile_;
};

// The last path segment, without a query or fragment ("https://h/a/b.pem?x=1" → "b.pem").
std::string file_name_of(std::string_view path_or_url);

}  // namespace atscan
