// Server contexts: CAs loaded into an SSL_CTX made from a server method, or whose connection accepts,
// verify connecting clients. That is not the trust of an outgoing connection: nothing to report.
#include <openssl/ssl.h>
#include <wolfssl/ssl.h>

SSL_CTX* server_by_method(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
  // ok: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, "certs/client-ca.pem", NULL);
  // ok: ats-verification-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}

int server_by_accept(int fd, const char* ca_file) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  // ok: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, ca_file, NULL);
  SSL* ssl = SSL_new(ctx);
  SSL_set_accept_state(ssl);
  (void)fd;
  return SSL_accept(ssl);
}

WOLFSSL_CTX* wolf_server;

void wolf_server_init(void) {
  wolf_server = wolfSSL_CTX_new(wolfTLSv1_3_server_method());
  // ok: ats-custom-ca-bundle
  wolfSSL_CTX_load_verify_locations(wolf_server, "ca-cert.pem", 0);
}

// The client end of the same program still replaces its trust.
SSL_CTX* client(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, "certs/peer-ca.pem", NULL);
  SSL* ssl = SSL_new(ctx);
  SSL_connect(ssl);
  return ctx;
}

void wolf_client(void) {
  WOLFSSL_CTX* ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  // ruleid[warning]: ats-custom-ca-bundle
  wolfSSL_CTX_load_verify_locations(ctx, "ca-cert.pem", 0);
}
