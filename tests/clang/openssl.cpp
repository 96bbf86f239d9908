// OpenSSL trust configuration: custom CA files, stores, verify modes and callbacks.
#include <openssl/ssl.h>
#include <string.h>

#define CA_FILE "certs/private-ca.pem"
static const char* const kCaDir = "/etc/private-ca";

void custom_bundle_for_s3() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, CA_FILE, nullptr);
  // CHECK-FIXES: SSL_CTX_set_default_verify_paths(ctx);
  // CHECK-FIXES-NEXT: SSL_CTX_load_verify_locations(ctx, CA_FILE, nullptr);
  SSL* ssl = SSL_new(ctx);
  // ruleid[note]: ats-s3-endpoint
  SSL_set_tlsext_host_name(ssl, "my-bucket.s3.amazonaws.com");
  SSL_connect(ssl);
}

void custom_dir_in_condition() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-custom-ca-bundle
  if (!SSL_CTX_load_verify_locations(ctx, nullptr, kCaDir)) return;
}

void verification_off() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-verification-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
}

static int accept_all(int, X509_STORE_CTX*) { return 1; }

void callback_accepts_all(SSL* ssl) {
  // ok: ats-custom-verify-callback
  // ruleid[warning]: ats-verification-disabled
  SSL_set_verify(ssl, SSL_VERIFY_PEER, accept_all);
}

static const unsigned char kPin[32] = {0x8e, 0xcd, 0xe6, 0x88, 0x4f, 0x3d, 0x87, 0xb1, 0x12, 0x5b, 0xa3, 0x1a, 0xc3, 0xfc, 0xb1, 0x3d,
                                       0x70, 0x16, 0xde, 0x7f, 0x57, 0xcc, 0x90, 0x4f, 0xe1, 0xcb, 0x97, 0xc6, 0xae, 0x98, 0x19, 0x6e};

static int pin_leaf(int ok, X509_STORE_CTX* store) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  X509_digest(X509_STORE_CTX_get_current_cert(store), EVP_sha256(), md, &len);
  return ok && memcmp(md, kPin, sizeof kPin) == 0;
}

void pinning_callback() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-certificate-pinning
  // ok: ats-custom-verify-callback
  // fallback: ok: ats-certificate-pinning — the fallback does not see this
  // fallback: ruleid[note]: ats-custom-verify-callback — the fallback reports it; Clang does not
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, pin_leaf);
}

static int log_and_pass(int ok, X509_STORE_CTX*) {
  if (!ok) return 0;
  return ok;
}

void other_callback() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[note]: ats-custom-verify-callback
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, log_and_pass);
}

void store_replaces_system_trust() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  X509_STORE* store = X509_STORE_new();
  // ruleid[warning]: ats-custom-ca-bundle
  X509_STORE_load_locations(store, "bundle.pem", nullptr);
  // ruleid[warning]: ats-system-trust-replaced
  SSL_CTX_set_cert_store(ctx, store);
}

static const char kRootPem[] =
    // ok: ats-embedded-certificate
    // fallback: ruleid[note]: ats-embedded-certificate — the fallback reports it; Clang does not
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBszCCAVmgAwIBAgIUOnlyAFixtureNotARealCertificate0wCgYIKoZIzj0E\n"
    "-----END CERTIFICATE-----\n";

void embedded_root() {
  X509_STORE* store = X509_STORE_new();
  BIO* bio = BIO_new_mem_buf(kRootPem, -1);
  X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  // ok: ats-custom-ca-bundle
  // ruleid[note]: ats-embedded-certificate
  X509_STORE_add_cert(store, cert);
}

// Valid: the system defaults stay, whatever the order; a null callback is the library default.
void Valid() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ok: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, "extra-ca.pem", nullptr);
  SSL_CTX_set_default_verify_paths(ctx);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  X509_STORE* store = X509_STORE_new();
  X509_STORE_set_default_paths(store);
  // ok: ats-custom-ca-bundle
  X509_STORE_load_locations(store, "extra.pem", nullptr);
  // ok: ats-system-trust-replaced
  SSL_CTX_set_cert_store(ctx, store);
}
