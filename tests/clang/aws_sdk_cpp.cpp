// AWS SDK for C++: ClientConfiguration trust fields, and the S3 client built from them.
#include <aws/s3/S3Client.h>

#include <string>

static const std::string kCaDir = "/opt/corp/ca";

void custom_ca_for_s3() {
  Aws::Client::ClientConfiguration cfg;
  cfg.caFile = std::string("certs/") + "corp.pem";
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: custom CA bundle replaces system trust (ClientConfiguration.caFile certs/corp.pem) [ats-custom-ca-bundle]
  Aws::S3::S3Client s3(cfg);
  s3.ListBuckets();
}

void ca_path_and_verify_off() {
  Aws::Client::ClientConfiguration cfg;
  cfg.caPath = kCaDir;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: custom CA bundle replaces system trust (ClientConfiguration.caPath /opt/corp/ca) [ats-custom-ca-bundle]
  cfg.verifySSL = false;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: certificate verification is disabled (ClientConfiguration.verifySSL = false) [ats-verification-disabled]
  cfg.endpointOverride = "https://minio.internal:9000";
  Aws::S3::S3Client s3(cfg);
}

// Valid: default trust, an endpoint override alone is not a trust change.
void Valid() {
  Aws::Client::ClientConfiguration cfg;
  cfg.verifySSL = true;
  cfg.endpointOverride = "https://s3.eu-west-1.amazonaws.com";
  Aws::S3::S3Client s3(cfg);
}
