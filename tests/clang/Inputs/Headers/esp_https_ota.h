// Mock of ESP-IDF's esp_https_ota.h (names and shapes only).
#pragma once
#include "esp_http_client.h"
typedef struct {
  const esp_http_client_config_t* http_config;
} esp_https_ota_config_t;
esp_err_t esp_https_ota(const esp_https_ota_config_t* ota_config);
