// Mock of ESP-IDF's esp_crt_bundle.h (names and shapes only).
#pragma once
typedef int esp_err_t;
esp_err_t esp_crt_bundle_attach(void* conf);
