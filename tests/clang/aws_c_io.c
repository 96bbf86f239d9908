// aws-c-io (the CRT under the AWS SDKs): trust store overrides and verify_peer.
#include <aws/io/tls_channel_handler.h>

#define CORP_CA_DIR "/etc/corp/ca.d"

// ok: ats-embedded-certificate
// fallback: ruleid[note]: ats-embedded-certificate — the fallback reports it; Clang does not
static const char kCorpCa[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void override_from_file(struct aws_tls_ctx_options* opts) {
  // ruleid[warning]: ats-custom-ca-bundle
  aws_tls_ctx_options_override_default_trust_store_from_path(opts, NULL, "certs/corp-ca.pem");
}

void override_from_dir(struct aws_tls_ctx_options* opts) {
  // ruleid[warning]: ats-custom-ca-bundle
  aws_tls_ctx_options_override_default_trust_store_from_path(opts, CORP_CA_DIR, NULL);
}

void override_from_memory(struct aws_tls_ctx_options* opts) {
  struct aws_byte_cursor ca = aws_byte_cursor_from_c_str(kCorpCa);
  // ruleid[note]: ats-embedded-certificate
  aws_tls_ctx_options_override_default_trust_store(opts, &ca);
}

void no_verification(struct aws_tls_ctx_options* opts) {
  // ruleid[warning]: ats-verification-disabled
  aws_tls_ctx_options_set_verify_peer(opts, false);
}

// Valid: the default client options keep the system trust store and verify the peer.
void Valid(struct aws_tls_ctx_options* opts, struct aws_allocator* alloc) {
  aws_tls_ctx_options_init_default_client(opts, alloc);
  aws_tls_ctx_options_set_verify_peer(opts, true);
}
