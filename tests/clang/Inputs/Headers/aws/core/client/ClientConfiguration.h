// Mock of Aws::Client::ClientConfiguration (the trust and endpoint fields only).
#pragma once
#include <string>
namespace Aws {
using String = std::string;
namespace Client {
enum class FollowRedirectsPolicy { DEFAULT, ALWAYS, NEVER };
struct ClientConfiguration {
  Aws::String region;
  Aws::String endpointOverride;
  FollowRedirectsPolicy followRedirects = FollowRedirectsPolicy::DEFAULT;
  Aws::String caPath;
  Aws::String caFile;
  bool verifySSL = true;
};
}  // namespace Client
}  // namespace Aws
