// Mock of the FreeRTOS TLS transport interface (names and shapes only).
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef struct NetworkContext NetworkContext_t;
typedef struct ServerInfo {
  const char* pHostName;
  size_t hostNameLength;
  uint16_t port;
} ServerInfo_t;
typedef struct NetworkCredentials {
  bool disableSni;
  const unsigned char* pRootCa;
  size_t rootCaSize;
  const unsigned char* pClientCert;
  size_t clientCertSize;
} NetworkCredentials_t;
typedef enum { TLS_TRANSPORT_SUCCESS = 0 } TlsTransportStatus_t;
TlsTransportStatus_t TLS_FreeRTOS_Connect(NetworkContext_t* pNetworkContext, const ServerInfo_t* pServerInfo,
                                          const NetworkCredentials_t* pNetworkCredentials, uint32_t sendTimeoutMs,
                                          uint32_t recvTimeoutMs);
