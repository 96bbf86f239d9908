// Mock of ESP-IDF's esp_http_client.h (names and shapes only): the config is an anonymous struct.
#pragma once
#include <stdbool.h>
#include <stddef.h>
typedef int esp_err_t;
typedef struct esp_http_client* esp_http_client_handle_t;
typedef struct {
  const char* url;
  const char* host;
  const char* cert_pem;
  size_t cert_len;
  bool use_global_ca_store;
  bool skip_cert_common_name_check;
  esp_err_t (*crt_bundle_attach)(void* conf);
} esp_http_client_config_t;
esp_http_client_handle_t esp_http_client_init(const esp_http_client_config_t* config);
