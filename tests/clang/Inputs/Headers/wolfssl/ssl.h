/* Mock of wolfSSL's native API (the trust calls only). */
#pragma once
#define WOLFSSL_VERIFY_NONE 0
#define WOLFSSL_VERIFY_PEER 1
#define WOLFSSL_FILETYPE_PEM 1
#define WOLFSSL_SNI_HOST_NAME 0
typedef struct WOLFSSL_CTX WOLFSSL_CTX;
typedef struct WOLFSSL WOLFSSL;
typedef struct WOLFSSL_METHOD WOLFSSL_METHOD;
typedef struct WOLFSSL_X509_STORE_CTX WOLFSSL_X509_STORE_CTX;
typedef int (*VerifyCallback)(int, WOLFSSL_X509_STORE_CTX*);
int wolfSSL_CTX_load_verify_locations(WOLFSSL_CTX* ctx, const char* file, const char* path);
int wolfSSL_CTX_load_verify_buffer(WOLFSSL_CTX* ctx, const unsigned char* in, long sz, int format);
int wolfSSL_CTX_load_system_CA_certs(WOLFSSL_CTX* ctx);
void wolfSSL_CTX_set_verify(WOLFSSL_CTX* ctx, int mode, VerifyCallback verify_callback);
void wolfSSL_set_verify(WOLFSSL* ssl, int mode, VerifyCallback verify_callback);
int wolfSSL_UseSNI(WOLFSSL* ssl, unsigned char type, const void* data, unsigned short size);
int wolfSSL_check_domain_name(WOLFSSL* ssl, const char* dn);
WOLFSSL* wolfSSL_new(WOLFSSL_CTX* ctx);
WOLFSSL_METHOD* wolfTLSv1_2_client_method(void);
WOLFSSL_METHOD* wolfTLSv1_3_server_method(void);
WOLFSSL_CTX* wolfSSL_CTX_new(WOLFSSL_METHOD* method);
int wolfSSL_accept(WOLFSSL* ssl);
