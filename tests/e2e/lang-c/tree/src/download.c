#include <curl/curl.h>

#define CA_BUNDLE "certs/ca.pem"

int download(const char *dest) {
  CURL *curl = curl_easy_init();
  if (!curl) return 1;
  curl_easy_setopt(curl, CURLOPT_URL, "https://downloads.s3.amazonaws.com/firmware.bin");
  curl_easy_setopt(curl, CURLOPT_CAINFO, CA_BUNDLE);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : 1;
}
