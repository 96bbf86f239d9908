// libcurl trust options: CA files and blobs, pins, verification switches, proxy-only options.
#include <curl/curl.h>

// ok: ats-s3-endpoint (the Clang engine reports the host where the macro is used)
// fallback: ruleid[note]: ats-s3-endpoint
#define BUCKET_URL "https://" "my-bucket" ".s3.amazonaws.com/object"

void private_ca_for_s3() {
  CURL* curl = curl_easy_init();
  // ruleid[note]: ats-s3-endpoint
  curl_easy_setopt(curl, CURLOPT_URL, BUCKET_URL);
  // ruleid[warning]: ats-custom-ca-bundle
  curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/corp-ca.pem");
  curl_easy_perform(curl);
}

void verification_off() {
  CURL* curl = curl_easy_init();
  // ruleid[warning]: ats-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // ruleid[warning]: ats-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
}

void leaf_pin() {
  CURL* curl = curl_easy_init();
  // ruleid[warning]: ats-certificate-pinning
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, "sha256//YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=;sha256//Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=");
}

// ok: ats-embedded-certificate
// fallback: ruleid[warning]: ats-embedded-certificate — the fallback reports it; Clang does not
static const char kCaPem[] = "-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----\n";

void blob() {
  CURL* curl = curl_easy_init();
  curl_blob ca{const_cast<char*>(kCaPem), sizeof kCaPem - 1, CURL_BLOB_COPY};
  // ok: ats-custom-ca-bundle
  // ruleid[note]: ats-embedded-certificate
  curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &ca);
}

static CURLcode ctx_hook(CURL*, void*, void*) { return CURLE_OK; }

void ssl_ctx_callback() {
  CURL* curl = curl_easy_init();
  // ruleid[note]: ats-custom-verify-callback
  curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, ctx_hook);
}

void proxy_only() {
  CURL* curl = curl_easy_init();
  // ruleid[note]: ats-s3-endpoint
  curl_easy_setopt(curl, CURLOPT_URL, BUCKET_URL);
  // ruleid[warning]: ats-custom-ca-bundle  the proxy's trust replaced by a file not in the tree
  curl_easy_setopt(curl, CURLOPT_PROXY_CAINFO, "proxy-ca.pem");
}

// Valid: the OS store is used too (CURLSSLOPT_NATIVE_CA), verification on, no callback.
void Valid() {
  CURL* curl = curl_easy_init();
  // ok: ats-custom-ca-bundle
  curl_easy_setopt(curl, CURLOPT_CAINFO, "extra-ca.pem");
  curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, CURLSSLOPT_NATIVE_CA);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, nullptr);
}
