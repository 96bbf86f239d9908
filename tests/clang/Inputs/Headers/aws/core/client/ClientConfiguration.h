// Mock of Aws::Client::ClientConfiguration (the trust and endpoint fields only).
#pragma once
#include <string>
namespace Aws {
using String = std::string;
namespace Client {
struct ClientConfiguration {
  Aws::String endpointOverride;
  Aws::String caPath;
  Aws::String caFile;
  bool verifySSL = true;
};
}  // namespace Client
}  // namespace Aws
