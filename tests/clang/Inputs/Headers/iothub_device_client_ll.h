// Mock of the Azure IoT C SDK device client and its option names (names and shapes only).
#pragma once
#include <stdbool.h>
typedef struct IOTHUB_CLIENT_CORE_LL_HANDLE_DATA_TAG* IOTHUB_DEVICE_CLIENT_LL_HANDLE;
typedef IOTHUB_DEVICE_CLIENT_LL_HANDLE IOTHUB_CLIENT_LL_HANDLE;
typedef enum { IOTHUB_CLIENT_OK } IOTHUB_CLIENT_RESULT;
#define OPTION_TRUSTED_CERT "TrustedCerts"
#define OPTION_LOG_TRACE "logtrace"
IOTHUB_CLIENT_RESULT IoTHubDeviceClient_LL_SetOption(IOTHUB_DEVICE_CLIENT_LL_HANDLE h, const char* optionName, const void* value);
IOTHUB_CLIENT_RESULT IoTHubClient_LL_SetOption(IOTHUB_CLIENT_LL_HANDLE h, const char* optionName, const void* value);
