// cpp-httplib: CA paths and the server certificate verification switch.
#include <httplib.h>

void custom_ca_path() {
  // ruleid[note]: ats-s3-endpoint
  httplib::SSLClient cli("s3.amazonaws.com", 443);
  // ruleid[warning]: ats-custom-ca-bundle
  cli.set_ca_cert_path("certs/corp-ca.pem");
  cli.Get("/");
}

void ca_dir_through_client() {
  httplib::Client cli("https://sqs.us-east-1.amazonaws.com");
  // ruleid[warning]: ats-custom-ca-bundle
  cli.set_ca_cert_path("", "/etc/corp/certs");
}

void verification_off() {
  // ruleid[note]: ats-s3-endpoint
  httplib::SSLClient cli("s3.amazonaws.com");
  // ruleid[warning]: ats-verification-disabled
  cli.enable_server_certificate_verification(false);
  // ruleid[note]: ats-s3-endpoint
  httplib::Client other("https://s3.amazonaws.com");
  // ruleid[warning]: ats-verification-disabled
  other.enable_server_certificate_verification(false);
}

// Valid: the default CA store, verification left on.
void Valid() {
  // ruleid[note]: ats-s3-endpoint
  httplib::SSLClient cli("s3.amazonaws.com", 443);
  cli.enable_server_certificate_verification(true);
  cli.Get("/");
  // ruleid[note]: ats-s3-endpoint
  httplib::Client other("https://s3.amazonaws.com");
  other.Get("/");
}
