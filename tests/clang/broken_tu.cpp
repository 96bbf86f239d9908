// A translation unit that does not compile: what parsed is still reported, and atscan-clang exits 3.
// EXPECT-COMPILE-ERRORS
#include <curl/curl.h>

void parsed_before_the_error() {
  CURL* curl = curl_easy_init();
  // ruleid[warning]: ats-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

void broken() {
  undeclared_function(42);
  int x = "not an int";
}
