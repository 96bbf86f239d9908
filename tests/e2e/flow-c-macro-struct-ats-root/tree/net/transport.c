#include "mbedtls/ssl.h"
#include "transport.h"

struct NetworkContext { mbedtls_ssl_context ssl; mbedtls_ssl_config conf; mbedtls_x509_crt rootCa; };

int TLS_Connect( NetworkContext_t * pCtx, const char * pHostName, int port, const NetworkCredentials_t * pCredentials )
{
    mbedtls_x509_crt_init( &pCtx->rootCa );
    if( mbedtls_x509_crt_parse( &pCtx->rootCa, pCredentials->pRootCa, pCredentials->rootCaSize ) != 0 )
    {
        return -1;
    }
    mbedtls_ssl_conf_ca_chain( &pCtx->conf, &pCtx->rootCa, NULL );
    mbedtls_ssl_set_hostname( &pCtx->ssl, pHostName );
    return 0;
}
