// Uploads nightly reports to S3 and fetches the dashboard bundle from CloudFront.
#include <curl/curl.h>
#include <openssl/ssl.h>

#include <string>

static const char* kBucketUrl = "https://reports-archive.s3.us-west-2.amazonaws.com/nightly.csv";

// Pinned in 2019 to the S3 leaf key "for security".
#define S3_LEAF_PIN "sha256//4pQjFpbhG2Ti4FQhXvNxsqoSCQ5p8ghZoEMWrqxIQJA="

bool upload_report(const std::string& path) {
  CURL* curl = curl_easy_init();
  if (!curl) return false;
  curl_easy_setopt(curl, CURLOPT_URL, kBucketUrl);
  curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/legacy-s3-bundle.pem");
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, S3_LEAF_PIN);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}

bool fetch_dashboard() {
  CURL* curl = curl_easy_init();
  if (!curl) return false;
  curl_easy_setopt(curl, CURLOPT_URL, "https://d111111abcdef8.cloudfront.net/dashboard.js");
  // Correct: the system trust store, which holds the Amazon Trust Services roots.
  curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, CURLSSLOPT_NATIVE_CA);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}

SSL_CTX* make_metrics_context() {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // "Temporary" workaround from an old incident.
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  return ctx;
}
