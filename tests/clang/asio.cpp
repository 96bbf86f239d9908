// Boost.Asio ssl::context: verify files, certificate authorities, verify modes and callbacks.
#include <boost/asio/ssl.hpp>

namespace ssl = boost::asio::ssl;

static const char kAnchor[] = "-----BEGIN CERTIFICATE-----\nMIIBasio\n-----END CERTIFICATE-----\n";

void custom_file() {
  ssl::context ctx(ssl::context::tls_client);
  ctx.load_verify_file("ca/bundle.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: custom CA bundle replaces system trust (ssl::context::load_verify_file ca/bundle.pem) [ats-custom-ca-bundle]
  ctx.set_verify_mode(ssl::verify_none);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: certificate verification is disabled (set_verify_mode(verify_none)) [ats-verification-disabled]
}

void embedded_authority() {
  ssl::context ctx(ssl::context::tls_client);
  ctx.add_certificate_authority(boost::asio::buffer(kAnchor, sizeof kAnchor - 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: embedded certificate used as trust [ats-embedded-certificate]
  ctx.set_verify_callback([](bool, ssl::verify_context&) { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: certificate verification is disabled (set_verify_callback (callback accepts every certificate)) [ats-verification-disabled]
}

// Valid: system defaults plus an extra file; the library's host name verification.
void Valid() {
  ssl::context ctx(ssl::context::tls_client);
  ctx.set_default_verify_paths();
  ctx.load_verify_file("extra.pem");
  ctx.set_verify_mode(ssl::verify_peer);
  ctx.set_verify_callback(ssl::host_name_verification("my-bucket.s3.amazonaws.com"));
}
