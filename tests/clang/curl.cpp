// libcurl trust options: CA files and blobs, pins, verification switches, proxy-only options.
#include <curl/curl.h>

#define BUCKET_URL "https://" "my-bucket" ".s3.amazonaws.com/object"

void private_ca_for_s3() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, BUCKET_URL);
  curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/corp-ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (CURLOPT_CAINFO certs/corp-ca.pem) [ats-custom-ca-bundle]
  curl_easy_perform(curl);
}

void verification_off() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (CURLOPT_SSL_VERIFYPEER 0) [ats-verification-disabled]
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate verification is disabled (CURLOPT_SSL_VERIFYHOST 0) [ats-verification-disabled]
}

void leaf_pin() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, "sha256//YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=;sha256//Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: certificate pinning (CURLOPT_PINNEDPUBLICKEY) [ats-certificate-pinning]
}

static const char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void blob() {
  CURL* curl = curl_easy_init();
  curl_blob ca{const_cast<char*>(kCaPem), sizeof kCaPem - 1, CURL_BLOB_COPY};
  curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &ca);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: embedded certificate used as trust [ats-embedded-certificate]
}

static CURLcode ctx_hook(CURL*, void*, void*) { return CURLE_OK; }

void ssl_ctx_callback() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, ctx_hook);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom verification callback (CURLOPT_SSL_CTX_FUNCTION) [ats-custom-verify-callback]
}

void proxy_only() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, BUCKET_URL);
  curl_easy_setopt(curl, CURLOPT_PROXY_CAINFO, "proxy-ca.pem");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: custom CA bundle replaces system trust (CURLOPT_PROXY_CAINFO proxy-ca.pem) [ats-custom-ca-bundle]
}

// Valid: the OS store is used too (CURLSSLOPT_NATIVE_CA), verification on, no callback.
void Valid() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_CAINFO, "extra-ca.pem");
  curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, CURLSSLOPT_NATIVE_CA);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, nullptr);
}
