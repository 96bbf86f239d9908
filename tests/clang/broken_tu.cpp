// A translation unit that does not compile: what parsed is still reported, and atscan-clang exits 3.
// EXPECT-COMPILE-ERRORS
#include <curl/curl.h>

void parsed_before_the_error() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (CURLOPT_SSL_VERIFYPEER 0) [ats-verification-disabled]
}

void broken() {
  undeclared_function(42);
  int x = "not an int";
}
