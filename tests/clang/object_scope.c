// Object identity: a parameter or local is its own object in each function; a file-scope context is
// one object in every function of the file.
#include <mbedtls/ssl.h>

static mbedtls_x509_crt shared_ca;
static mbedtls_ssl_config shared_conf;
static mbedtls_ssl_context shared_ssl;

void init_shared(void) {
  // ruleid[warning]: ats-custom-ca-bundle  the shared context connects to S3 in connect_shared
  // fallback: ok: ats-custom-ca-bundle  the fallback reports the chain where it is installed
  mbedtls_x509_crt_parse_file(&shared_ca, "certs/corp-ca.pem");
  // ok: ats-custom-ca-bundle
  // fallback: ruleid[warning]: ats-custom-ca-bundle
  mbedtls_ssl_conf_ca_chain(&shared_conf, &shared_ca, NULL);
  mbedtls_ssl_setup(&shared_ssl, &shared_conf);
}

// ruleid[note]: ats-s3-endpoint
void connect_shared(void) { mbedtls_ssl_set_hostname(&shared_ssl, "my-bucket.s3.amazonaws.com"); }

void parameter_chain(mbedtls_x509_crt* ca) {
  // ruleid[warning]: ats-custom-ca-bundle  this `ca` is not the `ca` of local_chain_for_s3
  mbedtls_x509_crt_parse_file(ca, "certs/intranet-ca.pem");
}

void local_chain_for_s3(void) {
  mbedtls_x509_crt ca;
  mbedtls_ssl_config conf;
  mbedtls_ssl_context ssl;
  // ruleid[warning]: ats-custom-ca-bundle
  // fallback: ok: ats-custom-ca-bundle
  mbedtls_x509_crt_parse_file(&ca, "certs/corp-ca.pem");
  // ok: ats-custom-ca-bundle
  // fallback: ruleid[warning]: ats-custom-ca-bundle
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  mbedtls_ssl_setup(&ssl, &conf);
  // ruleid[note]: ats-s3-endpoint
  mbedtls_ssl_set_hostname(&ssl, "my-bucket.s3.amazonaws.com");
}
