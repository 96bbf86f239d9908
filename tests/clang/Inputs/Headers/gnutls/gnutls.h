/* Mock of GnuTLS (the trust calls only). */
#pragma once
typedef struct gnutls_session_int* gnutls_session_t;
typedef struct gnutls_certificate_credentials_st* gnutls_certificate_credentials_t;
typedef struct {
  unsigned char* data;
  unsigned int size;
} gnutls_datum_t;
typedef enum { GNUTLS_X509_FMT_DER = 0, GNUTLS_X509_FMT_PEM = 1 } gnutls_x509_crt_fmt_t;
typedef enum { GNUTLS_CRD_CERTIFICATE = 1 } gnutls_credentials_type_t;
typedef enum { GNUTLS_NAME_DNS = 1 } gnutls_server_name_type_t;
typedef int gnutls_certificate_verify_function(gnutls_session_t);
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t* res);
int gnutls_certificate_set_x509_trust_file(gnutls_certificate_credentials_t cred, const char* cafile, gnutls_x509_crt_fmt_t type);
int gnutls_certificate_set_x509_trust_dir(gnutls_certificate_credentials_t cred, const char* ca_dir, gnutls_x509_crt_fmt_t type);
int gnutls_certificate_set_x509_trust_mem(gnutls_certificate_credentials_t res, const gnutls_datum_t* ca, gnutls_x509_crt_fmt_t type);
int gnutls_certificate_set_x509_system_trust(gnutls_certificate_credentials_t cred);
void gnutls_certificate_set_verify_function(gnutls_certificate_credentials_t cred, gnutls_certificate_verify_function* func);
int gnutls_credentials_set(gnutls_session_t session, gnutls_credentials_type_t type, void* cred);
int gnutls_server_name_set(gnutls_session_t session, gnutls_server_name_type_t type, const void* name, unsigned long name_length);
void gnutls_session_set_verify_cert(gnutls_session_t session, const char* hostname, unsigned flags);
