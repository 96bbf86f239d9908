// Built with the compilation database: the Clang engine handles it (confidence "high").
#include <curl/curl.h>

#include "settings.h"

void upload() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://backups.s3.us-west-2.amazonaws.com/db.tar");
  curl_easy_setopt(curl, CURLOPT_CAINFO, kCorporateBundle);
  curl_easy_perform(curl);
}

// The OS store stays in use: additive, no finding (the fallback cannot see this through the macro below).
#define KEEP_SYSTEM_STORE(h) curl_easy_setopt(h, CURLOPT_SSL_OPTIONS, CURLSSLOPT_NATIVE_CA)
void download() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_CAINFO, "extra-ca.pem");
  KEEP_SYSTEM_STORE(curl);
}
