// An OpenSSL verify callback that accepts chains issued by Amazon: ACCEPTS, a note-level finding.
// Used by doors_test.cpp to check that no door reports a note as a warning.
#include <openssl/ssl.h>
#include <string.h>

static int amazon_issuer(int ok, X509_STORE_CTX* store) {
  char issuer[256];
  X509_NAME_oneline(X509_get_issuer_name(X509_STORE_CTX_get_current_cert(store)), issuer, sizeof issuer);
  return ok && strstr(issuer, "Amazon") != 0;
}

void issuer_on_every_served_path() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, amazon_issuer);
}
