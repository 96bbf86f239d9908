// Mock of ESP-IDF's esp_transport_ssl.h (names and shapes only).
#pragma once
typedef struct esp_transport_item_t* esp_transport_handle_t;
void esp_transport_ssl_set_cert_data(esp_transport_handle_t t, const char* data, int len);
void esp_transport_ssl_skip_common_name_check(esp_transport_handle_t t);
