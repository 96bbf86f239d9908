#include "storage.h"

#include <aws/core/client/ClientConfiguration.h>

Aws::S3::S3Client make_s3_client() {
  Aws::Client::ClientConfiguration cfg;
  cfg.region = "us-east-1";
  cfg.caFile = "/opt/acme/certs/legacy-bundle.pem";
  return Aws::S3::S3Client(cfg);
}
