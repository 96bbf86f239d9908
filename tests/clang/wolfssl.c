// wolfSSL native API: CA files, directories and buffers; verification mode and callbacks.
#include <wolfssl/ssl.h>

static const unsigned char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void ca_file_for_s3(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_load_verify_locations(ctx, "certs/corp-ca.pem", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (wolfSSL_CTX_load_verify_locations certs/corp-ca.pem) [ats-custom-ca-bundle]
  WOLFSSL* ssl = wolfSSL_new(ctx);
  wolfSSL_check_domain_name(ssl, "my-bucket.s3.amazonaws.com");
}

void ca_dir(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_load_verify_locations(ctx, 0, "/etc/corp/ca.d");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (wolfSSL_CTX_load_verify_locations /etc/corp/ca.d) [ats-custom-ca-bundle]
}

void ca_buffer(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_load_verify_buffer(ctx, kCaPem, sizeof kCaPem - 1, WOLFSSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: embedded certificate used as trust (embedded certificate data) [ats-embedded-certificate]
}

void verification_off(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (wolfSSL_CTX_set_verify(WOLFSSL_VERIFY_NONE)) [ats-verification-disabled]
}

static int accept_all(int preverify, WOLFSSL_X509_STORE_CTX* store) { return 1; }

void callback_accepts_all(WOLFSSL* ssl) {
  wolfSSL_set_verify(ssl, WOLFSSL_VERIFY_PEER, accept_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (wolfSSL_set_verify (callback accepts every certificate)) [ats-verification-disabled]
}

// Valid: the system CA certificates stay loaded, so an extra CA file is additive; verification on.
void Valid(WOLFSSL_CTX* ctx) {
  wolfSSL_CTX_load_system_CA_certs(ctx);
  wolfSSL_CTX_load_verify_locations(ctx, "extra-ca.pem", 0);
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, 0);
}
