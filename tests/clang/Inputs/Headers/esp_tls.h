// Mock of ESP-IDF's esp_tls.h (names and shapes only).
#pragma once
#include <stdbool.h>
#include <stddef.h>
typedef int esp_err_t;
typedef struct esp_tls_cfg {
  const unsigned char* cacert_buf;
  unsigned int cacert_bytes;
  const unsigned char* cacert_pem_buf;
  bool use_global_ca_store;
  bool skip_common_name;
  bool skip_cert_common_name_check;
  esp_err_t (*crt_bundle_attach)(void* conf);
} esp_tls_cfg_t;
esp_err_t esp_tls_set_global_ca_store(const unsigned char* cacert_pem_buf, const unsigned int cacert_pem_bytes);
