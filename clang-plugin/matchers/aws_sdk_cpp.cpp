// AWS SDK for C++: ClientConfiguration trust fields and endpointOverride; S3 clients and the
// TransferManager imply an S3 endpoint, and the configuration they are built from reaches it.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  if (s.kind() == SiteKind::assign) {
    const std::string cfg = s.this_object();
    if (n.ends_with("::caFile")) return bundle_path(s, 0, "ClientConfiguration.caFile", cfg);
    if (n.ends_with("::caPath")) return bundle_path(s, 0, "ClientConfiguration.caPath", cfg);
    if (n.ends_with("::verifySSL")) {
      if (auto v = s.int_arg(0); v && *v == 0) verify_off(s, "ClientConfiguration.verifySSL = false", cfg);
      return;
    }
    if (n.ends_with("::endpointOverride")) return host_endpoint(s, 0, "ClientConfiguration.endpointOverride", cfg);
    return;
  }
  // S3Client / S3CrtClient construction, TransferManager::Create: an S3 client talks to S3.
  const std::string client = s.result_object();
  if (client.empty()) return;
  for (size_t i = 0; i < s.arg_count(); ++i) s.use(s.object_arg(i), client, "the configuration is given to the S3 client here");
  s.endpoint(client, Value{"s3.amazonaws.com", false, {}}, n, true);
}

}  // namespace

Family aws_sdk_cpp_family() {
  return {"aws-sdk-cpp",
          {"Aws::Transfer::TransferManager::Create"},
          {"Aws::S3::S3Client", "Aws::S3Crt::S3CrtClient"},
          {"Aws::Client::ClientConfiguration::caFile", "Aws::Client::ClientConfiguration::caPath",
           "Aws::Client::ClientConfiguration::verifySSL", "Aws::Client::ClientConfiguration::endpointOverride",
           "Aws::S3Crt::ClientConfiguration::caFile", "Aws::S3Crt::ClientConfiguration::caPath"},
          &handle};
}

}  // namespace atscan::clangfe
