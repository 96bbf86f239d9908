// Mbed TLS: CA chains from files, directories and buffers; authmode; verify callbacks.
#include <mbedtls/ssl.h>
#include <string.h>

// ok: ats-embedded-certificate
// fallback: ruleid[note]: ats-embedded-certificate  the fallback reports the literal as well as the call that consumes it
static const unsigned char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void ca_file_for_s3(mbedtls_ssl_config* conf, mbedtls_ssl_context* ssl) {
  mbedtls_x509_crt ca;
  mbedtls_x509_crt_init(&ca);
  // ruleid[warning]: ats-custom-ca-bundle
  // fallback: ok: ats-custom-ca-bundle  the fallback reports the chain where it is installed
  mbedtls_x509_crt_parse_file(&ca, "certs/corp-ca.pem");
  // ok: ats-custom-ca-bundle
  // fallback: ruleid[warning]: ats-custom-ca-bundle
  mbedtls_ssl_conf_ca_chain(conf, &ca, NULL);
  mbedtls_ssl_setup(ssl, conf);
  // ruleid[note]: ats-s3-endpoint
  mbedtls_ssl_set_hostname(ssl, "my-bucket.s3.amazonaws.com");
}

void ca_dir(mbedtls_x509_crt* ca) {
  // ruleid[warning]: ats-custom-ca-bundle
  mbedtls_x509_crt_parse_path(ca, "/etc/corp/ca.d");
}

void embedded_ca(mbedtls_x509_crt* ca) {
  // ruleid[note]: ats-embedded-certificate
  mbedtls_x509_crt_parse(ca, kCaPem, sizeof kCaPem);
}

void verification_off(mbedtls_ssl_config* conf) {
  // ruleid[warning]: ats-verification-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
}

void verification_optional(mbedtls_ssl_config* conf) {
  // ruleid[warning]: ats-verification-disabled  the handshake goes on when the chain check fails
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
}

// A transport context that holds its own chain: the chain is parsed into a field of the context.
struct tls_context { mbedtls_ssl_config config; mbedtls_ssl_context ssl; mbedtls_x509_crt rootCa; };

void context_chain_for_s3(struct tls_context* pCtx) {
  // ruleid[warning]: ats-custom-ca-bundle
  // fallback: ok: ats-custom-ca-bundle
  mbedtls_x509_crt_parse_file( &( pCtx->rootCa ), "certs/corp-ca.pem" );
  // ok: ats-custom-ca-bundle
  // fallback: ruleid[warning]: ats-custom-ca-bundle
  mbedtls_ssl_conf_ca_chain( &( pCtx->config ), &( pCtx->rootCa ), NULL );
  mbedtls_ssl_setup( &( pCtx->ssl ), &( pCtx->config ) );
  // ruleid[note]: ats-s3-endpoint
  mbedtls_ssl_set_hostname( &( pCtx->ssl ), "my-bucket.s3.amazonaws.com" );
}

static int custom_check(void* ctx, mbedtls_x509_crt* crt, int depth, unsigned int* flags) {
  return crt->version == 3 ? 0 : -1;
}

void callbacks(mbedtls_ssl_config* conf) {
  // ruleid[note]: ats-custom-verify-callback
  mbedtls_ssl_conf_verify(conf, custom_check, NULL);
}

// Valid: verification required, no callback.
void Valid(mbedtls_ssl_config* conf) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_verify(conf, NULL, NULL);
}
