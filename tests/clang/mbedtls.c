// Mbed TLS: CA chains from files, directories and buffers; authmode; verify callbacks.
#include <mbedtls/ssl.h>
#include <string.h>

static const unsigned char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void ca_file_for_s3(mbedtls_ssl_config* conf, mbedtls_ssl_context* ssl) {
  mbedtls_x509_crt ca;
  mbedtls_x509_crt_init(&ca);
  mbedtls_x509_crt_parse_file(&ca, "certs/corp-ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (mbedtls_x509_crt_parse_file certs/corp-ca.pem) [ats-custom-ca-bundle]
  mbedtls_ssl_conf_ca_chain(conf, &ca, NULL);
  mbedtls_ssl_setup(ssl, conf);
  mbedtls_ssl_set_hostname(ssl, "my-bucket.s3.amazonaws.com");
}

void ca_dir(mbedtls_x509_crt* ca) {
  mbedtls_x509_crt_parse_path(ca, "/etc/corp/ca.d");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (mbedtls_x509_crt_parse_path /etc/corp/ca.d) [ats-custom-ca-bundle]
}

void embedded_ca(mbedtls_x509_crt* ca) {
  mbedtls_x509_crt_parse(ca, kCaPem, sizeof kCaPem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: embedded certificate used as trust (embedded certificate data) [ats-embedded-certificate]
}

void verification_off(mbedtls_ssl_config* conf) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (mbedtls_ssl_conf_authmode(MBEDTLS_SSL_VERIFY_NONE)) [ats-verification-disabled]
}

static int custom_check(void* ctx, mbedtls_x509_crt* crt, int depth, unsigned int* flags) {
  return crt->version == 3 ? 0 : -1;
}

void callbacks(mbedtls_ssl_config* conf) {
  mbedtls_ssl_conf_verify(conf, custom_check, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom verification callback (mbedtls_ssl_conf_verify) [ats-custom-verify-callback]
}

// Valid: verification required, no callback.
void Valid(mbedtls_ssl_config* conf) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_verify(conf, NULL, NULL);
}
