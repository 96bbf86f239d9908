// Mock of the OpenSSL declarations the atscan fixtures use (names and shapes only).
#pragma once
#include <stddef.h>  // NULL, as the real header brings it
#ifdef __cplusplus
extern "C" {
#endif
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;
typedef struct ssl_method_st SSL_METHOD;
typedef struct x509_st X509;
typedef struct x509_store_st X509_STORE;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef struct bio_st BIO;
typedef struct evp_md_st EVP_MD;
#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
#define SSL_CTRL_SET_TLSEXT_HOSTNAME 55
#define TLSEXT_NAMETYPE_host_name 0
#define EVP_MAX_MD_SIZE 64
#define X509_V_OK 0
typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX* x509_ctx);
const SSL_METHOD* TLS_client_method(void);
const SSL_METHOD* TLS_server_method(void);
const SSL_METHOD* TLS_method(void);
SSL_CTX* SSL_CTX_new(const SSL_METHOD* method);
void SSL_CTX_free(SSL_CTX* ctx);
int SSL_CTX_load_verify_locations(SSL_CTX* ctx, const char* CAfile, const char* CApath);
int SSL_CTX_load_verify_file(SSL_CTX* ctx, const char* CAfile);
int SSL_CTX_load_verify_dir(SSL_CTX* ctx, const char* CApath);
int SSL_CTX_set_default_verify_paths(SSL_CTX* ctx);
void SSL_CTX_set_verify(SSL_CTX* ctx, int mode, SSL_verify_cb callback);
void SSL_set_verify(SSL* s, int mode, SSL_verify_cb callback);
void SSL_CTX_set_cert_verify_callback(SSL_CTX* ctx, int (*cb)(X509_STORE_CTX*, void*), void* arg);
void SSL_CTX_set_cert_store(SSL_CTX* ctx, X509_STORE* store);
SSL* SSL_new(SSL_CTX* ctx);
long SSL_ctrl(SSL* ssl, int cmd, long larg, void* parg);
#define SSL_set_tlsext_host_name(s, name) SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, (void*)name)
int SSL_set1_host(SSL* s, const char* hostname);
int SSL_connect(SSL* ssl);
int SSL_accept(SSL* ssl);
void SSL_set_accept_state(SSL* ssl);
long SSL_get_verify_result(const SSL* ssl);
X509* SSL_get_peer_certificate(const SSL* ssl);
X509* SSL_get1_peer_certificate(const SSL* ssl);
void X509_free(X509* x);
X509_STORE* X509_STORE_new(void);
int X509_STORE_add_cert(X509_STORE* store, X509* x);
int X509_STORE_load_locations(X509_STORE* store, const char* file, const char* dir);
int X509_STORE_set_default_paths(X509_STORE* store);
X509* X509_STORE_CTX_get_current_cert(X509_STORE_CTX* ctx);
BIO* BIO_new_mem_buf(const void* buf, int len);
X509* PEM_read_bio_X509(BIO* bp, X509** x, void* cb, void* u);
X509* d2i_X509(X509** px, const unsigned char** in, long len);
const EVP_MD* EVP_sha256(void);
int X509_digest(const X509* data, const EVP_MD* type, unsigned char* md, unsigned int* len);
int X509_pubkey_digest(const X509* data, const EVP_MD* type, unsigned char* md, unsigned int* len);
typedef struct X509_name_st X509_NAME;
X509_NAME* X509_get_issuer_name(const X509* x);
X509_NAME* X509_get_subject_name(const X509* x);
char* X509_NAME_oneline(const X509_NAME* a, char* buf, int size);
#ifdef __cplusplus
}
#endif
