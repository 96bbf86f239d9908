#ifndef TRANSPORT_H
#define TRANSPORT_H
typedef struct NetworkCredentials { const unsigned char * pRootCa; unsigned long rootCaSize; } NetworkCredentials_t;
typedef struct NetworkContext NetworkContext_t;
int TLS_Connect( NetworkContext_t * pCtx, const char * pHostName, int port, const NetworkCredentials_t * pCredentials );
#endif
