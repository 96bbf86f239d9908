// wolfSSL native API: CA files, directories and buffers; verification mode and callbacks.
#include <wolfssl/ssl.h>

// ok: ats-embedded-certificate
// fallback: ruleid[note]: ats-embedded-certificate  the fallback reports the literal as well as the call that consumes it
static const unsigned char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void ca_file_for_s3(WOLFSSL_CTX* ctx) {
  // ruleid[warning]: ats-custom-ca-bundle
  wolfSSL_CTX_load_verify_locations(ctx, "certs/corp-ca.pem", 0);
  WOLFSSL* ssl = wolfSSL_new(ctx);
  // ruleid[note]: ats-s3-endpoint
  wolfSSL_check_domain_name(ssl, "my-bucket.s3.amazonaws.com");
}

void ca_dir(WOLFSSL_CTX* ctx) {
  // ruleid[warning]: ats-custom-ca-bundle
  wolfSSL_CTX_load_verify_locations(ctx, 0, "/etc/corp/ca.d");
}

void ca_buffer(WOLFSSL_CTX* ctx) {
  // ruleid[note]: ats-embedded-certificate
  wolfSSL_CTX_load_verify_buffer(ctx, kCaPem, sizeof kCaPem - 1, WOLFSSL_FILETYPE_PEM);
}

void verification_off(WOLFSSL_CTX* ctx) {
  // ruleid[warning]: ats-verification-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, 0);
}

static int accept_all(int preverify, WOLFSSL_X509_STORE_CTX* store) { return 1; }

void callback_accepts_all(WOLFSSL* ssl) {
  // ruleid[warning]: ats-verification-disabled
  // fallback: ruleid[note]: ats-custom-verify-callback — the fallback reports the callback; Clang judges its body (accepts all)
  // fallback: ok: ats-verification-disabled — the fallback does not judge the callback body
  wolfSSL_set_verify(ssl, WOLFSSL_VERIFY_PEER, accept_all);
}

// Valid: the system CA certificates stay loaded, so an extra CA file is additive; verification on.
void Valid(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_load_system_CA_certs(ctx);
  wolfSSL_CTX_load_verify_locations(ctx, "extra-ca.pem", 0);
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, 0);
}
