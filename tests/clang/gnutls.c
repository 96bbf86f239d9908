// GnuTLS: trust files, directories and memory versus the system trust.
#include <gnutls/gnutls.h>

// ok: ats-embedded-certificate
// fallback: ruleid[note]: ats-embedded-certificate — the fallback reports it; Clang does not
static const char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void trust_file_for_s3(gnutls_session_t session, gnutls_certificate_credentials_t cred) {
  // ruleid[warning]: ats-custom-ca-bundle
  gnutls_certificate_set_x509_trust_file(cred, "certs/corp-ca.pem", GNUTLS_X509_FMT_PEM);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred);
  // ruleid[note]: ats-s3-endpoint
  gnutls_session_set_verify_cert(session, "my-bucket.s3.amazonaws.com", 0);
}

void trust_dir(gnutls_certificate_credentials_t cred) {
  // ruleid[warning]: ats-custom-ca-bundle
  gnutls_certificate_set_x509_trust_dir(cred, "/etc/corp/ca.d", GNUTLS_X509_FMT_PEM);
}

void trust_mem(gnutls_certificate_credentials_t cred) {
  gnutls_datum_t ca = {(unsigned char*)kCaPem, sizeof kCaPem - 1};
  // ruleid[note]: ats-embedded-certificate
  gnutls_certificate_set_x509_trust_mem(cred, &ca, GNUTLS_X509_FMT_PEM);
}

static int my_verify(gnutls_session_t session) { return session != 0 ? 0 : -1; }

void verify_function(gnutls_certificate_credentials_t cred) {
  // ruleid[note]: ats-custom-verify-callback
  gnutls_certificate_set_verify_function(cred, my_verify);
}

// Valid: the system trust is kept, so an extra CA file is additive.
void Valid(gnutls_certificate_credentials_t cred) {
  gnutls_certificate_set_x509_system_trust(cred);
  gnutls_certificate_set_x509_trust_file(cred, "extra-ca.pem", GNUTLS_X509_FMT_PEM);
}
