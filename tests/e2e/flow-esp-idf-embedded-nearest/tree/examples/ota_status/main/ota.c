// Two examples of one tree embed a file of the same name (EMBED_TXTFILES certs/server_root.pem): each
// means the one of its own component, here Amazon Root CA 1 for the same S3 download.
#include <esp_http_client.h>
#include <esp_https_ota.h>

extern const char server_root_pem_start[] asm("_binary_server_root_pem_start");

esp_err_t ota_from_s3(void) {
  esp_http_client_config_t config = {
      .url = "https://firmware-bucket.s3.amazonaws.com/app.bin",
      .cert_pem = server_root_pem_start,
  };
  esp_https_ota_config_t ota = {.http_config = &config};
  return esp_https_ota(&ota);
}
