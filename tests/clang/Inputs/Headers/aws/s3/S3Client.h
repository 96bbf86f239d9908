// Mock of Aws::S3::S3Client.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
namespace Aws {
namespace S3 {
class S3Client {
 public:
  explicit S3Client(const Aws::Client::ClientConfiguration& config);
  void ListBuckets() const;
};
}  // namespace S3
}  // namespace Aws
