#include <curl/curl.h>

#define UPDATE_ROOT_CA "certs/update_root.pem"

int fetch_update(void) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://device-firmware.s3.amazonaws.com/latest.bin");
  curl_easy_setopt(curl, CURLOPT_CAINFO, UPDATE_ROOT_CA);
  return curl_easy_perform(curl);
}
