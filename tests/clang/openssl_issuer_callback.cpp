// OpenSSL verify callbacks that compare the issuer name with constants: the judge decides from them.
#include <openssl/ssl.h>
#include <string.h>

static int digicert_only(int ok, X509_STORE_CTX* store) {
  char issuer[256];
  X509_NAME_oneline(X509_get_issuer_name(X509_STORE_CTX_get_current_cert(store)), issuer, sizeof issuer);
  if (strstr(issuer, "DigiCert") == 0) return 0;
  return ok;
}

void issuer_excludes_the_ats_anchors() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-custom-verify-callback  REJECTS: accepts only issuers containing "DigiCert"
  // fallback: ruleid[note]: ats-custom-verify-callback — the fallback does not read the callback's body (UNKNOWN)
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, digicert_only);
}
