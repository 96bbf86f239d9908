// cpp-httplib: CA paths and the server certificate verification switch.
#include <httplib.h>

void custom_ca_path() {
  httplib::SSLClient cli("s3.amazonaws.com", 443);
  cli.set_ca_cert_path("certs/corp-ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: custom CA bundle replaces system trust (set_ca_cert_path certs/corp-ca.pem) [ats-custom-ca-bundle]
  cli.Get("/");
}

void ca_dir_through_client() {
  httplib::Client cli("https://sqs.us-east-1.amazonaws.com");
  cli.set_ca_cert_path("", "/etc/corp/certs");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: custom CA bundle replaces system trust (set_ca_cert_path /etc/corp/certs) [ats-custom-ca-bundle]
}

void verification_off() {
  httplib::SSLClient cli("s3.amazonaws.com");
  cli.enable_server_certificate_verification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: certificate verification is disabled (enable_server_certificate_verification(false)) [ats-verification-disabled]
  httplib::Client other("https://s3.amazonaws.com");
  other.enable_server_certificate_verification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: certificate verification is disabled (enable_server_certificate_verification(false)) [ats-verification-disabled]
}

// Valid: the default CA store, verification left on.
void Valid() {
  httplib::SSLClient cli("s3.amazonaws.com", 443);
  cli.enable_server_certificate_verification(true);
  cli.Get("/");
  httplib::Client other("https://s3.amazonaws.com");
  other.Get("/");
}
