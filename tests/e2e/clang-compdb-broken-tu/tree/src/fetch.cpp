#include <curl/curl.h>
#include "vendor/missing_transport.h"

void fetch_backup() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://backups.s3.us-west-2.amazonaws.com/db.tar");
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_perform(curl);
}
