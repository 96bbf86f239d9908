/* Mock of aws-c-io's TLS context options (the trust calls only). */
#pragma once
#include <stdbool.h>
#include <stddef.h>
struct aws_allocator;
struct aws_byte_cursor {
  unsigned long len;
  unsigned char* ptr;
};
struct aws_tls_ctx_options {
  bool verify_peer;
};
struct aws_byte_cursor aws_byte_cursor_from_c_str(const char* c_str);
int aws_tls_ctx_options_override_default_trust_store(struct aws_tls_ctx_options* options, const struct aws_byte_cursor* ca_file);
int aws_tls_ctx_options_override_default_trust_store_from_path(struct aws_tls_ctx_options* options, const char* ca_path, const char* ca_file);
void aws_tls_ctx_options_set_verify_peer(struct aws_tls_ctx_options* options, bool verify_peer);
void aws_tls_ctx_options_init_default_client(struct aws_tls_ctx_options* options, struct aws_allocator* allocator);
