/* Mock of Mbed TLS (x509_crt.h and ssl.h, the trust calls only). */
#pragma once
#include <stddef.h>
#define MBEDTLS_SSL_VERIFY_NONE 0
#define MBEDTLS_SSL_VERIFY_OPTIONAL 1
#define MBEDTLS_SSL_VERIFY_REQUIRED 2
typedef struct mbedtls_x509_crt { int version; } mbedtls_x509_crt;
typedef struct mbedtls_x509_crl mbedtls_x509_crl;
typedef struct mbedtls_ssl_config { int endpoint; } mbedtls_ssl_config;
typedef struct mbedtls_ssl_context { int state; } mbedtls_ssl_context;
void mbedtls_x509_crt_init(mbedtls_x509_crt* crt);
int mbedtls_x509_crt_parse_file(mbedtls_x509_crt* chain, const char* path);
int mbedtls_x509_crt_parse_path(mbedtls_x509_crt* chain, const char* path);
int mbedtls_x509_crt_parse(mbedtls_x509_crt* chain, const unsigned char* buf, size_t buflen);
int mbedtls_x509_crt_parse_der(mbedtls_x509_crt* chain, const unsigned char* buf, size_t buflen);
void mbedtls_ssl_conf_ca_chain(mbedtls_ssl_config* conf, mbedtls_x509_crt* ca_chain, mbedtls_x509_crl* ca_crl);
void mbedtls_ssl_conf_authmode(mbedtls_ssl_config* conf, int authmode);
void mbedtls_ssl_conf_verify(mbedtls_ssl_config* conf, int (*f_vrfy)(void*, mbedtls_x509_crt*, int, unsigned int*), void* p_vrfy);
int mbedtls_ssl_setup(mbedtls_ssl_context* ssl, const mbedtls_ssl_config* conf);
int mbedtls_ssl_set_hostname(mbedtls_ssl_context* ssl, const char* hostname);
