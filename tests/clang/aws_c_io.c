// aws-c-io (the CRT under the AWS SDKs): trust store overrides and verify_peer.
#include <aws/io/tls_channel_handler.h>

#define CORP_CA_DIR "/etc/corp/ca.d"

static const char kCorpCa[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void override_from_file(struct aws_tls_ctx_options* opts) {
  aws_tls_ctx_options_override_default_trust_store_from_path(opts, NULL, "certs/corp-ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (aws_tls_ctx_options_override_default_trust_store_from_path certs/corp-ca.pem) [ats-custom-ca-bundle]
}

void override_from_dir(struct aws_tls_ctx_options* opts) {
  aws_tls_ctx_options_override_default_trust_store_from_path(opts, CORP_CA_DIR, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (aws_tls_ctx_options_override_default_trust_store_from_path /etc/corp/ca.d) [ats-custom-ca-bundle]
}

void override_from_memory(struct aws_tls_ctx_options* opts) {
  struct aws_byte_cursor ca = aws_byte_cursor_from_c_str(kCorpCa);
  aws_tls_ctx_options_override_default_trust_store(opts, &ca);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: embedded certificate used as trust (embedded certificate data) [ats-embedded-certificate]
}

void no_verification(struct aws_tls_ctx_options* opts) {
  aws_tls_ctx_options_set_verify_peer(opts, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (aws_tls_ctx_options_set_verify_peer(false)) [ats-verification-disabled]
}

// Valid: the default client options keep the system trust store and verify the peer.
void Valid(struct aws_tls_ctx_options* opts, struct aws_allocator* alloc) {
  aws_tls_ctx_options_init_default_client(opts, alloc);
  aws_tls_ctx_options_set_verify_peer(opts, true);
}
