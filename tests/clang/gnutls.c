// GnuTLS: trust files, directories and memory versus the system trust.
#include <gnutls/gnutls.h>

static const char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void trust_file_for_s3(gnutls_session_t session, gnutls_certificate_credentials_t cred) {
  gnutls_certificate_set_x509_trust_file(cred, "certs/corp-ca.pem", GNUTLS_X509_FMT_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (gnutls_certificate_set_x509_trust_file certs/corp-ca.pem) [ats-custom-ca-bundle]
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred);
  gnutls_session_set_verify_cert(session, "my-bucket.s3.amazonaws.com", 0);
}

void trust_dir(gnutls_certificate_credentials_t cred) {
  gnutls_certificate_set_x509_trust_dir(cred, "/etc/corp/ca.d", GNUTLS_X509_FMT_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (gnutls_certificate_set_x509_trust_dir /etc/corp/ca.d) [ats-custom-ca-bundle]
}

void trust_mem(gnutls_certificate_credentials_t cred) {
  gnutls_datum_t ca = {(unsigned char*)kCaPem, sizeof kCaPem - 1};
  gnutls_certificate_set_x509_trust_mem(cred, &ca, GNUTLS_X509_FMT_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: embedded certificate used as trust (embedded certificate data) [ats-embedded-certificate]
}

static int my_verify(gnutls_session_t session) { return session != 0 ? 0 : -1; }

void verify_function(gnutls_certificate_credentials_t cred) {
  gnutls_certificate_set_verify_function(cred, my_verify);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom verification callback (gnutls_certificate_set_verify_function) [ats-custom-verify-callback]
}

// Valid: the system trust is kept, so an extra CA file is additive.
void Valid(gnutls_certificate_credentials_t cred) {
  gnutls_certificate_set_x509_system_trust(cred);
  gnutls_certificate_set_x509_trust_file(cred, "extra-ca.pem", GNUTLS_X509_FMT_PEM);
}
