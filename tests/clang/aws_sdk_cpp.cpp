// AWS SDK for C++: ClientConfiguration trust fields, and the S3 client built from them.
#include <aws/s3/S3Client.h>

#include <string>

static const std::string kCaDir = "/opt/corp/ca";

void custom_ca_for_s3() {
  Aws::Client::ClientConfiguration cfg;
  // ruleid[warning]: ats-custom-ca-bundle
  cfg.caFile = std::string("certs/") + "corp.pem";
  // ruleid[note]: ats-s3-endpoint
  Aws::S3::S3Client s3(cfg);
  s3.ListBuckets();
}

void ca_path_and_verify_off() {
  Aws::Client::ClientConfiguration cfg;
  // ruleid[warning]: ats-custom-ca-bundle
  cfg.caPath = kCaDir;
  // ruleid[warning]: ats-verification-disabled
  cfg.verifySSL = false;
  cfg.endpointOverride = "https://minio.internal:9000";
  // ruleid[note]: ats-s3-endpoint
  Aws::S3::S3Client s3(cfg);
}

// Valid: default trust, an endpoint override alone is not a trust change.
void Valid() {
  Aws::Client::ClientConfiguration cfg;
  cfg.verifySSL = true;
  // ruleid[note]: ats-s3-endpoint
  cfg.endpointOverride = "https://s3.eu-west-1.amazonaws.com";
  // ruleid[note]: ats-s3-endpoint
  Aws::S3::S3Client s3(cfg);
}
