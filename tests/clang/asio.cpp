// Boost.Asio ssl::context: verify files, certificate authorities, verify modes and callbacks.
#include <boost/asio/ssl.hpp>

namespace ssl = boost::asio::ssl;

// ok: ats-embedded-certificate
// fallback: ruleid[note]: ats-embedded-certificate  the fallback reports the literal as well as the call that consumes it
static const char kAnchor[] = "-----BEGIN CERTIFICATE-----\nMIIBasio\n-----END CERTIFICATE-----\n";

void custom_file() {
  ssl::context ctx(ssl::context::tls_client);
  // ruleid[warning]: ats-custom-ca-bundle
  ctx.load_verify_file("ca/bundle.pem");
  // ruleid[warning]: ats-verification-disabled
  ctx.set_verify_mode(ssl::verify_none);
}

void embedded_authority() {
  ssl::context ctx(ssl::context::tls_client);
  // ok: ats-custom-ca-bundle
  // ruleid[note]: ats-embedded-certificate
  ctx.add_certificate_authority(boost::asio::buffer(kAnchor, sizeof kAnchor - 1));
  // ok: ats-custom-verify-callback
  // ruleid[warning]: ats-verification-disabled
  // fallback: ruleid[note]: ats-custom-verify-callback — the fallback reports it; Clang does not
  // fallback: ok: ats-verification-disabled — the fallback does not see this
  ctx.set_verify_callback([](bool, ssl::verify_context&) { return true; });
}

// Valid: system defaults plus an extra file; the library's host name verification.
void Valid() {
  ssl::context ctx(ssl::context::tls_client);
  ctx.set_default_verify_paths();
  // ok: ats-custom-ca-bundle
  ctx.load_verify_file("extra.pem");
  ctx.set_verify_mode(ssl::verify_peer);
  // ruleid[note]: ats-s3-endpoint
  ctx.set_verify_callback(ssl::host_name_verification("my-bucket.s3.amazonaws.com"));
}
